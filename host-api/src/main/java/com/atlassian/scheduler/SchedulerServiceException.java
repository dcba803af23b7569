package com.atlassian.scheduler;

/**
 * Compile-time stand-in for atlassian-scheduler's checked {@code SchedulerServiceException}.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerServiceException.html
 */
public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }
}
