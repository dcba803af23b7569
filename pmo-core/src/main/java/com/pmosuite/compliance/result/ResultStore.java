package com.pmosuite.compliance.result;

import com.pmosuite.compliance.ProjectScan;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the compliance scans' run history and each project's latest result. Runs and results are written only by
 * scans, which hold the global scan lock, so writes never race each other.
 */
public interface ResultStore {

    /** Stores a new run, {@link ScanRun.Status#RUNNING} from {@code at}, and gives it an id. */
    ScanRun begin(ScanRun.Trigger trigger, String actorKey, String scope, Instant at);

    /**
     * Stores a run a person asked for that the scheduler will start: {@link ScanRun.Status#QUEUED} from {@code at}
     * (when it was asked for), with an id. Written outside the scan lock: asking must not wait for a running scan.
     */
    ScanRun queue(ScanRun.Trigger trigger, String actorKey, String scope, Instant at);

    /**
     * Starts the oldest queued run (by id): it becomes RUNNING from {@code at}, keeping its trigger, actor and scope.
     * For the scan that holds the lock; empty when nothing is queued.
     */
    Optional<ScanRun> startQueued(Instant at);

    /** The queued runs, oldest first. */
    List<ScanRun> queued();

    /**
     * Records a run's results, in <b>one transaction</b>: each scanned project's latest result is replaced by its scan
     * (bounded as {@link RecordedResult} says, first-seen carried by {@link RecordedResult#of}, scanned at the run's
     * start), the results of the projects in {@code dropProjects} are removed (no longer in any set's scope), and the
     * run becomes SUCCEEDED with its counts. Other projects' results stay as they were. If anything fails, nothing
     * of it is written.
     *
     * @throws IllegalStateException when the run is not RUNNING
     */
    ScanRun record(long runId, List<ProjectScan> scans, Set<Long> dropProjects, Instant finishedAt);

    /** Marks a running run FAILED with the reason (cut to {@link ScanRun#MAX_FAILURE}); results stay untouched. */
    ScanRun fail(long runId, String reason, Instant finishedAt);

    /** Marks every RUNNING run FAILED with the reason: for the next scan, which holds the lock they held. */
    int abandonRunning(String reason, Instant at);

    /**
     * Deletes the runs older than the newest {@code keep} (by start, then id), in one transaction, except a run that
     * is still queued or running and a run some project's latest result still names (its {@code runId}): a result
     * keeps its run. For the scan holding the lock, after it recorded.
     *
     * @return how many runs were deleted
     */
    int pruneRuns(int keep);

    Optional<ScanRun> run(long runId);

    /** The latest runs, newest first (by start, then id), at most {@code limit} ({@code 1..1000}). */
    List<ScanRun> runs(int limit);

    Optional<ProjectResult> latest(long projectId);

    /** The latest results of those of these projects that have one, by project id. */
    Map<Long, ProjectResult> latest(Collection<Long> projectIds);

    /** Every project with a recorded result. */
    Set<Long> projectsWithResults();

    /**
     * The violations that run {@code runId} found first: failed results it recorded whose first-seen is its start,
     * among the projects whose latest result is still that run's; by project, then standard.
     */
    List<NewViolation> newViolations(long runId);
}
