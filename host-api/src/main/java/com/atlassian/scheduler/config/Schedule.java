package com.atlassian.scheduler.config;

import java.util.Date;

/** Compile-time stand-in for atlassian-scheduler's {@code Schedule}. Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html */
public final class Schedule {
    /** Negative for a run-once schedule (the real class tells them apart by its {@code Type}). */
    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime;
    }

    /** {@code firstRunTime} {@code null} means as soon as possible. */
    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime == null ? null : new Date(firstRunTime.getTime()));
    }

    /**
     * Runs once at {@code runTime}; {@code null} means as soon as possible. Not in the 1.6.0 javadoc (a later
     * scheduler API); Jira's own {@code DefaultServiceManager.runNow} calls it (see docs/host-api.md).
     */
    public static Schedule runOnce(Date runTime) {
        return new Schedule(-1, runTime == null ? null : new Date(runTime.getTime()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule other && intervalInMillis == other.intervalInMillis
                && java.util.Objects.equals(firstRunTime, other.firstRunTime);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(intervalInMillis);
    }

    @Override
    public String toString() {
        return intervalInMillis < 0 ? "once at " + firstRunTime
                : "every " + intervalInMillis + " ms from " + firstRunTime;
    }
}
