package com.pmosuite.shared.schedule;

/**
 * Port: runs jobs on a schedule. In Jira, atlassian-scheduler runs each trigger on one node of the cluster; in the
 * workbench, a timer. Every run goes through a {@link JobRecorder}, so it lands in the run history.
 */
public interface JobScheduler {

    /** Makes the job runnable on this node and schedules it; scheduling the same id again replaces the schedule. */
    void schedule(ScheduledJob job, JobSchedule schedule);

    /**
     * Runs a job {@linkplain #schedule scheduled} on some node once more, as soon as possible, in the background on
     * one node of the cluster (a PMO admin's "now"), with its regular schedule unchanged. Returns at once.
     */
    void runSoon(String jobId);

    /** Stops running the job on this node (the plugin is going away); the cluster-wide schedule stays. */
    void release(String jobId);
}
