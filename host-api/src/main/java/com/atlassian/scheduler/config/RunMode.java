package com.atlassian.scheduler.config;

/** Compile-time stand-in for atlassian-scheduler's {@code RunMode}. Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html */
public enum RunMode {
    /** Each trigger runs on one node of the cluster; the schedule survives restarts. */
    RUN_ONCE_PER_CLUSTER,
    /** Runs on this node only and is forgotten on restart. */
    RUN_LOCALLY
}
