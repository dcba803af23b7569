package com.pmosuite.shared.schedule;

import java.time.Duration;
import java.util.Objects;

/** When a job runs: first after {@code firstRunDelay}, then every {@code interval}. */
public record JobSchedule(Duration interval, Duration firstRunDelay) {
    public JobSchedule {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(firstRunDelay, "firstRunDelay");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("A job's interval must be positive: " + interval);
        }
        if (firstRunDelay.isNegative()) {
            throw new IllegalArgumentException("A job's first run cannot be in the past: " + firstRunDelay);
        }
    }

    public static JobSchedule every(Duration interval, Duration firstRunDelay) {
        return new JobSchedule(interval, firstRunDelay);
    }
}
