package com.pmosuite.compliance.result;

import java.time.Instant;
import java.util.Objects;

/**
 * One compliance scan as the run history keeps it: who or what started it, over which projects, when, how it ended.
 *
 * @param actorKey        who started it; {@code null} for the scheduler
 * @param scope           what was asked for, in words: {@code all}, {@code project ALPHA}, {@code portfolio 3}
 * @param finishedAt      {@code null} while queued or running
 * @param failure         why it failed, in at most {@value #MAX_FAILURE} characters; {@code null} unless failed
 * @param projectsScanned the projects whose results it recorded (0 unless succeeded)
 * @param violationsFound the failed standard results it recorded, over all those projects
 */
public record ScanRun(long id, Trigger trigger, String actorKey, String scope, Instant startedAt, Instant finishedAt,
                      Status status, String failure, int projectsScanned, int violationsFound) {
    public static final int MAX_SCOPE = 255;
    public static final int MAX_FAILURE = 1000;

    /** Who started a run: the schedule, or a person on demand. */
    public enum Trigger { SCHEDULED, MANUAL }

    /**
     * Where a run stands. QUEUED: a person asked for it and the scheduler has not started it yet (its start is when
     * it was asked for until it starts). A run left RUNNING by a node that stopped is marked FAILED by the next run.
     */
    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    public ScanRun {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        scope = cut(scope, MAX_SCOPE);
        failure = failure == null ? null : cut(failure, MAX_FAILURE);
    }

    /** How long it ran, in milliseconds; {@code null} while queued or running. */
    public Long durationMillis() {
        return finishedAt == null ? null : finishedAt.toEpochMilli() - startedAt.toEpochMilli();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
