package com.atlassian.scheduler;

/**
 * Compile-time stand-in for atlassian-scheduler's {@code JobRunnerRequest}; the plugin reads none of its members.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerRequest.html
 */
public interface JobRunnerRequest {
}
