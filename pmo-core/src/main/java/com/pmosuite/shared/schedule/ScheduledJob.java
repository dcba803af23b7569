package com.pmosuite.shared.schedule;

/**
 * Work the app does on its own, on a schedule. Implementations are safe to run on any node and more than once:
 * a cluster scheduler runs a job once per trigger, but a restart or a manual run may repeat it.
 */
public interface ScheduledJob {

    /** Stable across releases and nodes: it names the job in the host's scheduler and in the run history. */
    String id();

    /** Does the work; failures it can describe come back as {@link JobOutcome#failed}, not as exceptions. */
    JobOutcome run();
}
