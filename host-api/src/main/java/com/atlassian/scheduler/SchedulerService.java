package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Compile-time stand-in for atlassian-scheduler's {@code SchedulerService}, declaring only the members the plugin
 * calls. Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html
 */
public interface SchedulerService {
    /** Runners live in memory on each node: every node registers its own when the plugin is enabled. */
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    /** Creates or replaces the job with this id; {@code RUN_ONCE_PER_CLUSTER} schedules persist in the database. */
    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;
}
