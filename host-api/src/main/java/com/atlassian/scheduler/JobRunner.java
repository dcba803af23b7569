package com.atlassian.scheduler;

/**
 * Compile-time stand-in for atlassian-scheduler's {@code JobRunner} SPI (its only method).
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html
 */
public interface JobRunner {
    /** A {@code null} response counts as success. */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
