package com.pmosuite.facts;

import com.pmosuite.shared.LockBusy;
import com.pmosuite.shared.schedule.JobOutcome;
import com.pmosuite.shared.schedule.ScheduledJob;

import java.util.Objects;

/**
 * The scheduled reconcile of the issue facts ({@link IssueFacts#reconcile()}): continues an unfinished walk or
 * starts a new one, and reports what it changed in the job-run history.
 */
public final class FactsReconcileJob implements ScheduledJob {
    /** The job's id in the host's scheduler and in the run history. */
    public static final String JOB_ID = "com.pmosuite.facts.reconcile";

    private final IssueFacts facts;

    public FactsReconcileJob(IssueFacts facts) {
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    @Override
    public String id() {
        return JOB_ID;
    }

    @Override
    public JobOutcome run() {
        RebuildProgress walk;
        try {
            walk = facts.reconcile();
        } catch (LockBusy busy) {
            return JobOutcome.aborted("Another walk over the issue facts is running");
        }
        String counts = walk.seen() + " of " + walk.total() + " issues read, " + walk.upserted() + " facts written, "
                + walk.deleted() + " deleted";
        return switch (walk.state()) {
            case FINISHED -> JobOutcome.succeeded(walk.kind() + " finished: " + counts);
            case INTERRUPTED -> JobOutcome.aborted(walk.kind() + " interrupted after issue " + walk.lastIssueId()
                    + ": " + counts);
            case FAILED -> JobOutcome.failed(walk.kind() + " failed after issue " + walk.lastIssueId() + ": "
                    + walk.message());
            case RUNNING -> throw new IllegalStateException("a walk returned while running");
        };
    }
}
