package com.pmosuite.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it on, so time-dependent behaviour is tested without sleeping.
 * Instants are whole milliseconds, as databases keep them.
 */
public final class FixedClock extends Clock {
    /** When tests happen unless they say otherwise: a Monday morning in UTC. */
    public static final Instant START = Instant.parse("2026-03-02T09:30:00.250Z");
    /** The date of {@link #START} in UTC. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private FixedClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A clock standing at {@link #START} in UTC. */
    public static FixedClock atStart() {
        return at(START);
    }

    public static FixedClock at(Instant instant) {
        return new FixedClock(new AtomicReference<>(instant.truncatedTo(ChronoUnit.MILLIS)), ZoneOffset.UTC);
    }

    /** A clock standing at 09:30 UTC of the given day. */
    public static FixedClock on(LocalDate date) {
        return at(date.atTime(9, 30).toInstant(ZoneOffset.UTC));
    }

    /** Moves the clock on; every clock made from this one by {@link #withZone} moves with it. */
    public FixedClock advance(Duration step) {
        now.updateAndGet(instant -> instant.plus(step).truncatedTo(ChronoUnit.MILLIS));
        return this;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return otherZone.equals(zone) ? this : new FixedClock(now, otherZone);
    }
}
