package com.atlassian.scheduler.config;

import java.util.Objects;

/** Compile-time stand-in for atlassian-scheduler's {@code JobRunnerKey}. Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobRunnerKey.html */
public final class JobRunnerKey {
    private final String id;

    private JobRunnerKey(String key) {
        this.id = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerKey other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
