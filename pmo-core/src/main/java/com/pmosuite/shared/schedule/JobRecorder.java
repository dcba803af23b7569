package com.pmosuite.shared.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Runs a job and writes the run history: start, end, node, outcome, message. A job that throws is recorded as
 * failed rather than lost, and the exception goes no further, so the host's scheduler keeps the schedule.
 */
public final class JobRecorder {
    private final JobRunStore runs;
    private final Clock clock;
    private final String node;

    public JobRecorder(JobRunStore runs, Clock clock, String node) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.node = Objects.requireNonNull(node, "node");
    }

    public JobOutcome run(ScheduledJob job) {
        Instant start = clock.instant();
        JobOutcome outcome;
        try {
            outcome = Objects.requireNonNull(job.run(), "a job's outcome");
        } catch (RuntimeException e) {
            outcome = JobOutcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        runs.record(new JobRun(job.id(), start, clock.instant(), node, outcome.result(), outcome.message()));
        return outcome;
    }
}
