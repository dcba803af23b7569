package com.pmosuite.facts;

import java.time.Instant;
import java.util.Objects;

/**
 * The checkpoint of a walk over the tracked issues (a scheduled reconcile or a full rebuild): how far it got, what
 * it changed, and whether it is still going. Saved after every page, so a restarted node continues from here.
 *
 * @param kind        who started the walk
 * @param state       where the walk is
 * @param lastIssueId the highest issue id whose page is written; the walk continues above it
 * @param seen        issues read from the tracker so far
 * @param total       how many issues the tracked projects held when the walk started ({@link IssueSource#count})
 * @param upserted    facts written because they were missing or differed
 * @param deleted     facts removed because their issue is gone or left the tracked projects
 * @param startedAt   when the walk started (a resumed walk keeps its start)
 * @param finishedAt  when it finished, failed or was interrupted; {@code null} while running
 * @param message     why it failed or was interrupted; empty otherwise
 */
public record RebuildProgress(Kind kind, State state, long lastIssueId, long seen, long total, long upserted,
                              long deleted, Instant startedAt, Instant finishedAt, String message) {

    /** Longest message kept, as the job-run history keeps it. */
    public static final int MAX_MESSAGE = 1000;

    /** Who started a walk: the hourly job, or a PMO admin asking for a full rebuild. */
    public enum Kind { RECONCILE, REBUILD }

    /** Running, or how it ended; anything but finished is continued by the next walk. */
    public enum State { RUNNING, FINISHED, FAILED, INTERRUPTED }

    public RebuildProgress {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        message = message == null ? "" : message;
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "…";
        }
    }

    /** A walk that starts now from the lowest issue id. */
    public static RebuildProgress starting(Kind kind, long total, Instant at) {
        return new RebuildProgress(kind, State.RUNNING, 0, 0, total, 0, 0, at, null, "");
    }

    /** Whether the next walk continues this one instead of starting afresh. */
    public boolean isUnfinished() {
        return state != State.FINISHED;
    }

    /** This walk, running again (after a failure, an interruption or a node's restart). */
    public RebuildProgress resumed() {
        return new RebuildProgress(kind, State.RUNNING, lastIssueId, seen, total, upserted, deleted, startedAt, null,
                "");
    }

    /** This walk after one more page. */
    public RebuildProgress advanced(long reachedIssueId, long read, long written, long removed) {
        return new RebuildProgress(kind, state, Math.max(lastIssueId, reachedIssueId), seen + read, total,
                upserted + written, deleted + removed, startedAt, finishedAt, message);
    }

    /** This walk, ended in the given state. */
    public RebuildProgress ended(State end, Instant at, String why) {
        return new RebuildProgress(kind, end, lastIssueId, seen, total, upserted, deleted, startedAt, at, why);
    }
}
