package com.pmosuite.shared.schedule;

/**
 * Port: runs jobs on a schedule. In Jira, atlassian-scheduler runs each trigger on one node of the cluster; in the
 * workbench, a timer. Every run goes through a {@link JobRecorder}, so it lands in the run history.
 */
public interface JobScheduler {

    /** Makes the job runnable on this node and schedules it; scheduling the same id again replaces the schedule. */
    void schedule(ScheduledJob job, JobSchedule schedule);

    /** Stops running the job on this node (the plugin is going away); the cluster-wide schedule stays. */
    void release(String jobId);
}
