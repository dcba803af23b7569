package com.pmosuite.facts;

import com.pmosuite.shared.PmoLocks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The issue-facts service: keeps one fact per issue of the tracked projects, current through issue events
 * ({@link IssueChanges}) and repaired by walks over the tracker ({@link #reconcile()}, {@link #rebuild()}).
 * <p>
 * A walk is a merge of two id-ordered streams: the tracker's issues ({@link IssueSource#page}) and the stored
 * facts ({@link IssueFactStore#page}), both over the tracked projects. Per page of the tracker it writes the facts
 * that are missing or differ, deletes the stored facts in the same id range that the tracker no longer has there
 * (deleted, or moved to an untracked project), and saves a checkpoint; at the end it deletes the facts of projects
 * that are no longer tracked at all. A full rebuild is the same walk started from the lowest id at once, even over
 * an unfinished one: because the comparison covers every field, it ends with exactly the tracker's facts without
 * marking rows or rewriting the unchanged ones (which would restamp them and make every node reload them).
 * <p>
 * Walks take the global job lock {@value #JOB}, so only one runs in the cluster at a time. Events keep flowing
 * meanwhile, so a walk never replaces a stored fact that Jira updated later than the copy it read, nor deletes one
 * written after it read the page: an edit made while a walk runs stays, whichever is written last. (What remains
 * is the moment between reading the stored page and writing it; the next event or walk repairs that.)
 */
public final class IssueFacts implements IssueChanges {
    /** The walk's job name: its lock is {@code jobs.facts-reconcile}, its runs are in the job-run history. */
    public static final String JOB = "facts-reconcile";
    /** Issues read per tracker page, and so facts written per transaction. */
    public static final int PAGE_SIZE = 500;

    private final IssueFactStore store;
    private final IssueSource source;
    private final TrackedProjects tracked;
    private final RebuildProgressStore checkpoints;
    private final PmoLocks locks;
    private final Clock clock;
    private final int pageSize;

    public IssueFacts(IssueFactStore store, IssueSource source, TrackedProjects tracked,
                      RebuildProgressStore checkpoints, PmoLocks locks, Clock clock) {
        this(store, source, tracked, checkpoints, locks, clock, PAGE_SIZE);
    }

    /** @param pageSize issues per tracker page, {@code 1..IssueSource.MAX_PAGE} */
    public IssueFacts(IssueFactStore store, IssueSource source, TrackedProjects tracked,
                      RebuildProgressStore checkpoints, PmoLocks locks, Clock clock, int pageSize) {
        this.store = Objects.requireNonNull(store, "store");
        this.source = Objects.requireNonNull(source, "source");
        this.tracked = Objects.requireNonNull(tracked, "tracked");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (pageSize < 1 || pageSize > IssueSource.MAX_PAGE) {
            throw new IllegalArgumentException("page size outside 1.." + IssueSource.MAX_PAGE + ": " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** Stores the fact if its project is tracked; otherwise forgets the issue, which may have moved out. */
    @Override
    public void changed(IssueFact fact) {
        Objects.requireNonNull(fact, "fact");
        if (tracked.tracks(fact.projectId())) {
            store.upsert(List.of(fact));
        } else {
            // An issue moved to an untracked project arrives with its new project: its old fact must go. For an
            // issue that was never tracked this deletes nothing and writes no tombstone.
            store.delete(List.of(fact.issueId()));
        }
    }

    @Override
    public void deleted(long issueId) {
        store.delete(List.of(issueId));
    }

    /**
     * The scheduled walk: continues an unfinished walk from its checkpoint, or starts a new reconcile.
     *
     * @throws com.pmosuite.shared.LockBusy when another walk holds the lock for longer than the bounded wait
     */
    public RebuildProgress reconcile() {
        return locks.withJobLock(JOB, () -> walk(checkpoints.current()
                .filter(RebuildProgress::isUnfinished)
                .map(RebuildProgress::resumed)
                .orElseGet(() -> start(RebuildProgress.Kind.RECONCILE))));
    }

    /**
     * A full rebuild, started by a PMO admin: a new walk from the lowest issue id, even over an unfinished one.
     * If it stops part-way, the next {@link #reconcile()} continues it.
     *
     * @throws com.pmosuite.shared.LockBusy when another walk holds the lock for longer than the bounded wait
     */
    public RebuildProgress rebuild() {
        return locks.withJobLock(JOB, () -> walk(start(RebuildProgress.Kind.REBUILD)));
    }

    /**
     * Asks for a full rebuild without running it here: saves a new rebuild's checkpoint at the lowest id, which the
     * next {@link #reconcile()} (the scheduled job, or a run started at once) carries out. For a PMO admin's
     * request, which must not wait for a walk over every issue.
     *
     * @throws com.pmosuite.shared.LockBusy when a walk is running (it would overwrite the request)
     */
    public RebuildProgress requestRebuild() {
        return locks.withJobLock(JOB, () -> {
            RebuildProgress requested = start(RebuildProgress.Kind.REBUILD)
                    .ended(RebuildProgress.State.INTERRUPTED, clock.instant(), "Requested; the next run starts it");
            checkpoints.save(requested);
            return requested;
        });
    }

    /** The latest walk's progress, running or ended: seen of total, what it changed. */
    public Optional<RebuildProgress> progress() {
        return checkpoints.current();
    }

    private RebuildProgress start(RebuildProgress.Kind kind) {
        Set<Long> projects = tracked.projectIds();
        long total = projects.isEmpty() ? 0 : source.count(projects);
        return RebuildProgress.starting(kind, total, clock.instant());
    }

    private RebuildProgress walk(RebuildProgress from) {
        RebuildProgress progress = from;
        checkpoints.save(progress);
        try {
            Set<Long> projects = Set.copyOf(tracked.projectIds());
            boolean last = projects.isEmpty();
            while (!last) {
                if (Thread.currentThread().isInterrupted()) {
                    progress = progress.ended(RebuildProgress.State.INTERRUPTED, clock.instant(),
                            "Interrupted after issue " + progress.lastIssueId() + "; the next run continues");
                    checkpoints.save(progress);
                    return progress;
                }
                long after = progress.lastIssueId();
                Instant readAt = clock.instant();
                List<IssueFact> issues = source.page(projects, after, pageSize);
                requireAscending(issues, after);
                // Only an empty page ends the walk: the port promises at most a page, and Jira's source answers
                // short pages when its id range held fewer. Ending on a short page would delete every stored fact
                // above it as gone from the tracker.
                last = issues.isEmpty();
                long upTo = last ? Long.MAX_VALUE : issues.get(issues.size() - 1).issueId();
                PageChanges changes = compare(issues, storedBetween(projects, after, upTo), readAt);
                if (!changes.upserts.isEmpty()) {
                    store.upsert(changes.upserts);
                }
                if (!changes.deletes.isEmpty()) {
                    store.delete(changes.deletes);
                }
                long reached = issues.isEmpty() ? after : issues.get(issues.size() - 1).issueId();
                progress = progress.advanced(reached, issues.size(), changes.upserts.size(), changes.deletes.size());
                if (!last) {
                    checkpoints.save(progress);
                }
            }
            progress = progress.advanced(progress.lastIssueId(), 0, 0, dropUntracked(projects));
            progress = progress.ended(RebuildProgress.State.FINISHED, clock.instant(), "");
            checkpoints.save(progress);
            return progress;
        } catch (RuntimeException failure) {
            // The checkpoint keeps the last page written, so the next run continues after it.
            progress = progress.ended(RebuildProgress.State.FAILED, clock.instant(),
                    failure.getClass().getSimpleName() + ": " + failure.getMessage());
            checkpoints.save(progress);
            return progress;
        }
    }

    // An id at or below the cursor, or out of order, would make the walk loop or skip: refuse the page instead.
    private void requireAscending(List<IssueFact> issues, long after) {
        if (issues.size() > pageSize) {
            throw new IllegalStateException("The issue source returned " + issues.size() + " issues for a page of "
                    + pageSize);
        }
        long previous = after;
        for (IssueFact issue : issues) {
            if (issue.issueId() <= previous) {
                throw new IllegalStateException("The issue source returned issue " + issue.issueId() + " after "
                        + previous + ": pages must ascend by id");
            }
            previous = issue.issueId();
        }
    }

    /** The stored facts of the tracked projects with {@code after < id <= upTo}, ascending by id. */
    private List<IssueFact> storedBetween(Set<Long> projects, long after, long upTo) {
        List<IssueFact> between = new ArrayList<>();
        long cursor = after;
        while (true) {
            List<IssueFact> page = store.page(projects, cursor, pageSize);
            for (IssueFact fact : page) {
                if (fact.issueId() > upTo) {
                    return between;
                }
                between.add(fact);
            }
            if (page.size() < pageSize) {
                return between;
            }
            cursor = page.get(page.size() - 1).issueId();
        }
    }

    private record PageChanges(List<IssueFact> upserts, List<Long> deletes) {
    }

    /**
     * The merge step: both lists ascend by id and cover the same id range. A stored fact newer than the tracker's
     * copy, or written after the page was read, came from an event during the walk and is left alone.
     */
    private static PageChanges compare(List<IssueFact> issues, List<IssueFact> stored, Instant readAt) {
        List<IssueFact> upserts = new ArrayList<>();
        List<Long> deletes = new ArrayList<>();
        int i = 0;
        int s = 0;
        while (i < issues.size() || s < stored.size()) {
            IssueFact issue = i < issues.size() ? issues.get(i) : null;
            IssueFact fact = s < stored.size() ? stored.get(s) : null;
            if (fact == null || (issue != null && issue.issueId() < fact.issueId())) {
                upserts.add(issue);
                i++;
            } else if (issue == null || fact.issueId() < issue.issueId()) {
                if (!fact.updated().isAfter(readAt)) {
                    deletes.add(fact.issueId());
                }
                s++;
            } else {
                if (!same(issue, fact) && !fact.updated().isAfter(issue.updated())) {
                    upserts.add(issue);
                }
                i++;
                s++;
            }
        }
        return new PageChanges(upserts, deletes);
    }

    /**
     * Equal as a store keeps them: instants to the millisecond (what databases hold) and money by value (a cost
     * of 12.5 read back as 12.50 is the same cost). Anything else differs and is written again.
     */
    static boolean same(IssueFact a, IssueFact b) {
        return a.equals(b) || normalised(a).equals(normalised(b));
    }

    private static IssueFact normalised(IssueFact f) {
        return new IssueFact(f.issueId(), f.projectId(), f.issueTypeId(), f.hierarchyLevel(), f.parentId(),
                f.epicId(), f.statusCategory(), f.created().truncatedTo(ChronoUnit.MILLIS),
                f.resolved() == null ? null : f.resolved().truncatedTo(ChronoUnit.MILLIS), f.start(), f.due(),
                f.storyPoints(), f.originalEstimateSeconds(), f.remainingEstimateSeconds(), f.timeSpentSeconds(),
                f.actualCost() == null ? null : f.actualCost().stripTrailingZeros(), f.assigneeKey(),
                f.securityLevelId(), f.updated().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Deletes every fact of projects that hold facts but are no longer tracked; returns how many. */
    private long dropUntracked(Set<Long> projects) {
        Set<Long> untracked = new HashSet<>(store.projectsWithFacts());
        untracked.removeAll(projects);
        long removed = 0;
        if (untracked.isEmpty()) {
            return 0;
        }
        while (true) {
            // Always from the start: the previous page is deleted, so what remains begins at the lowest id.
            List<Long> ids = store.page(untracked, 0, pageSize).stream().map(IssueFact::issueId).toList();
            if (ids.isEmpty()) {
                return removed;
            }
            store.delete(ids);
            removed += ids.size();
        }
    }
}
