package com.pmosuite.facts;

import com.pmosuite.shared.LockBusy;
import com.pmosuite.shared.PmoLocks;
import com.pmosuite.shared.ProjectLocks;
import com.pmosuite.shared.schedule.JobOutcome;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryIssueFactStore;
import com.pmosuite.testkit.InMemoryIssueSource;
import com.pmosuite.testkit.InMemoryRebuildProgressStore;
import com.pmosuite.testkit.InMemoryTrackedProjects;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static com.pmosuite.testkit.IssueFactFixture.bare;
import static com.pmosuite.testkit.IssueFactFixture.inProject;
import static com.pmosuite.testkit.IssueFactFixture.story;
import static com.pmosuite.testkit.IssueFactFixture.withPoints;
import static com.pmosuite.testkit.IssueFactFixture.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

class IssueFactsTest {
    private static final long ALPHA = 10_000;
    private static final long BETA = 10_001;
    private static final long OUTSIDE = 10_099;

    private final InMemoryIssueFactStore store = new InMemoryIssueFactStore();
    private final InMemoryIssueSource jira = new InMemoryIssueSource();
    private final InMemoryTrackedProjects tracked = InMemoryTrackedProjects.of(ALPHA, BETA);
    private final InMemoryRebuildProgressStore checkpoints = new InMemoryRebuildProgressStore();
    private final FixedClock clock = FixedClock.atStart();
    private final RecordingLocks locks = new RecordingLocks(PmoLocks.inThisJvm());

    private IssueFacts facts(int pageSize) {
        return new IssueFacts(store, jira, tracked, checkpoints, locks, clock, pageSize);
    }

    private IssueFacts facts() {
        return facts(IssueFacts.PAGE_SIZE);
    }

    @Test
    void anEventForATrackedProjectStoresTheFact() {
        facts().changed(story(1, ALPHA));

        assertThat(store.find(1)).contains(story(1, ALPHA));
    }

    @Test
    void anEventForAnIssueOutsideEveryPortfolioIsIgnored() {
        facts().changed(story(1, OUTSIDE));

        assertThat(store.find(1)).isEmpty();
        assertThat(store.stamp()).isZero();
    }

    @Test
    void anIssueMovedToAnUntrackedProjectLosesItsFact() {
        facts().changed(story(1, ALPHA));
        facts().changed(inProject(story(1, ALPHA), OUTSIDE));

        assertThat(store.find(1)).isEmpty();
        assertThat(store.changesSince(store.stamp() - 1, 10).deleted()).containsExactly(1L);
    }

    @Test
    void anIssueMovedBetweenTrackedProjectsFollowsIt() {
        facts().changed(story(1, ALPHA));
        facts().changed(inProject(story(1, ALPHA), BETA));

        assertThat(store.page(List.of(BETA), 0, 10)).containsExactly(inProject(story(1, ALPHA), BETA));
    }

    @Test
    void aDeletedIssueLosesItsFact() {
        facts().changed(story(1, ALPHA));
        facts().deleted(1);

        assertThat(store.find(1)).isEmpty();
    }

    @Test
    void reconcileWritesMissingFactsFixesStaleOnesAndDeletesExtraOnes() {
        IssueFact unchanged = story(1, ALPHA);
        IssueFact stale = story(2, ALPHA);
        IssueFact fresh = withStatus(stale, StatusCategory.DONE, stale.updated().plusSeconds(5));
        IssueFact missing = story(3, BETA);
        IssueFact gone = story(4, ALPHA);
        IssueFact movedOut = story(5, BETA);
        IssueFact leftBehind = story(6, 55);
        jira.put(unchanged).put(fresh).put(missing).put(inProject(movedOut, OUTSIDE)).put(story(7, OUTSIDE));
        store.upsert(List.of(unchanged, stale, gone, movedOut, leftBehind));
        long unchangedStamp = stampOf(1);

        RebuildProgress walk = facts().reconcile();

        assertThat(store.changesSince(0, 100).upserted()).containsExactlyInAnyOrder(unchanged, fresh, missing);
        assertThat(stampOf(1)).as("an equal fact is not rewritten").isEqualTo(unchangedStamp);
        assertThat(walk.state()).isEqualTo(RebuildProgress.State.FINISHED);
        assertThat(walk.seen()).isEqualTo(3);
        assertThat(walk.total()).isEqualTo(3);
        assertThat(walk.upserted()).isEqualTo(2);
        assertThat(walk.deleted()).isEqualTo(3);
        assertThat(walk.finishedAt()).isEqualTo(clock.instant());
    }

    @Test
    void anEditMadeWhileTheWalkReadsItsPageIsNotUndoneByTheWalk() {
        IssueFact before = story(1, ALPHA);
        IssueFact edited = withStatus(before, StatusCategory.DONE, clock.instant().plusSeconds(1));
        IssueFact created = story(2, ALPHA);
        jira.put(before);
        IssueFacts[] service = new IssueFacts[1];
        IssueSource editedDuringTheRead = new IssueSource() {
            @Override
            public List<IssueFact> page(Collection<Long> projectIds, long afterIssueId, int pageSize) {
                List<IssueFact> page = jira.page(projectIds, afterIssueId, pageSize);
                // Jira changes both issues after the page was read; their events arrive before the walk writes.
                clock.advance(Duration.ofSeconds(2));
                service[0].changed(edited);
                service[0].changed(withStatus(created, StatusCategory.TODO, clock.instant()));
                return page;
            }

            @Override
            public Optional<IssueFact> fact(long issueId) {
                return jira.fact(issueId);
            }

            @Override
            public long count(Collection<Long> projectIds) {
                return jira.count(projectIds);
            }
        };
        service[0] = new IssueFacts(store, editedDuringTheRead, tracked, checkpoints, locks, clock, 10);

        service[0].reconcile();

        assertThat(store.find(1)).contains(edited);
        assertThat(store.find(2)).as("created after the page was read: not deleted").isPresent();
    }

    @Test
    void aSecondReconcileOfAnUnchangedTrackerWritesNothing() {
        for (long id = 1; id <= 30; id++) {
            jira.put(story(id, id % 2 == 0 ? ALPHA : BETA));
        }
        facts(7).reconcile();
        long stamp = store.stamp();

        RebuildProgress again = facts(7).reconcile();

        assertThat(store.stamp()).isEqualTo(stamp);
        assertThat(again.upserted()).isZero();
        assertThat(again.deleted()).isZero();
        assertThat(again.seen()).isEqualTo(30);
    }

    @Test
    void factsThatDifferOnlyInMoneyScaleOrNanosecondsAreTheSame() {
        IssueFact stored = story(1, ALPHA);
        IssueFact read = new IssueFact(1, ALPHA, stored.issueTypeId(), stored.hierarchyLevel(), stored.parentId(),
                stored.epicId(), stored.statusCategory(), stored.created().plusNanos(300), null, stored.start(),
                stored.due(), stored.storyPoints(), stored.originalEstimateSeconds(),
                stored.remainingEstimateSeconds(), stored.timeSpentSeconds(), new BigDecimal("1234.5000"),
                stored.assigneeKey(), stored.securityLevelId(), stored.updated());

        assertThat(IssueFacts.same(read, stored)).isTrue();
        assertThat(IssueFacts.same(withPoints(read, 5.0), stored)).isFalse();
    }

    @Test
    void aWalkThatFailsPartWayIsContinuedFromItsCheckpointAfterARestart() {
        for (long id = 1; id <= 1_000; id++) {
            jira.put(bare(id * 3, ALPHA));
        }
        store.upsert(List.of(bare(2, ALPHA), bare(2_999, ALPHA), bare(3_500, ALPHA)));
        jira.failAfter(3);

        RebuildProgress failed = facts(100).reconcile();

        assertThat(failed.state()).isEqualTo(RebuildProgress.State.FAILED);
        assertThat(failed.message()).contains("cannot be reached");
        assertThat(failed.lastIssueId()).isEqualTo(900);
        assertThat(failed.seen()).isEqualTo(300);
        assertThat(store.find(2)).as("below the checkpoint: reconciled").isEmpty();
        assertThat(store.find(2_999)).as("above it: not yet").isPresent();

        jira.recover();
        jira.put(bare(3_001, ALPHA)).remove(1_500);
        clock.advance(Duration.ofMinutes(10));
        IssueFacts restarted = facts(100);
        int pagesBefore = jira.pagesAskedAfter().size();
        RebuildProgress finished = restarted.reconcile();

        assertThat(jira.pagesAskedAfter().get(pagesBefore)).as("continues after the checkpoint").isEqualTo(900L);
        assertThat(finished.state()).isEqualTo(RebuildProgress.State.FINISHED);
        assertThat(finished.startedAt()).isEqualTo(failed.startedAt());
        assertThat(finished.seen()).isEqualTo(1_000);
        assertThat(liveIds()).isEqualTo(trackerIds());
    }

    @Test
    void aWalkOfANodeThatDiedIsContinuedByTheNextRun() {
        for (long id = 1; id <= 50; id++) {
            jira.put(bare(id, ALPHA));
        }
        checkpoints.save(RebuildProgress.starting(RebuildProgress.Kind.REBUILD, 50, clock.instant())
                .advanced(20, 20, 20, 0));
        store.upsert(java.util.stream.LongStream.rangeClosed(1, 20).mapToObj(id -> bare(id, ALPHA)).toList());

        RebuildProgress walk = facts(10).reconcile();

        assertThat(jira.pagesAskedAfter()).startsWith(20L, 30L);
        assertThat(walk.kind()).isEqualTo(RebuildProgress.Kind.REBUILD);
        assertThat(walk.state()).isEqualTo(RebuildProgress.State.FINISHED);
        assertThat(walk.seen()).isEqualTo(50);
        assertThat(liveIds()).isEqualTo(trackerIds());
    }

    @Test
    void anInterruptedWalkStopsAtAPageBoundaryAndTheNextRunContinuesIt() {
        for (long id = 1; id <= 100; id++) {
            jira.put(bare(id, BETA));
        }
        IssueSource interruptingAfterTwoPages = new IssueSource() {
            private int pages;

            @Override
            public List<IssueFact> page(Collection<Long> projectIds, long afterIssueId, int pageSize) {
                if (++pages == 2) {
                    Thread.currentThread().interrupt();
                }
                return jira.page(projectIds, afterIssueId, pageSize);
            }

            @Override
            public Optional<IssueFact> fact(long issueId) {
                return jira.fact(issueId);
            }

            @Override
            public long count(Collection<Long> projectIds) {
                return jira.count(projectIds);
            }
        };
        RebuildProgress interrupted;
        try {
            interrupted = new IssueFacts(store, interruptingAfterTwoPages, tracked, checkpoints, locks, clock, 10)
                    .reconcile();
        } finally {
            Thread.interrupted();
        }

        assertThat(interrupted.state()).isEqualTo(RebuildProgress.State.INTERRUPTED);
        assertThat(interrupted.lastIssueId()).isEqualTo(20);
        assertThat(liveIds()).hasSize(20);

        RebuildProgress continued = facts(10).reconcile();

        assertThat(continued.state()).isEqualTo(RebuildProgress.State.FINISHED);
        assertThat(continued.seen()).isEqualTo(100);
        assertThat(liveIds()).isEqualTo(trackerIds());
    }

    @Test
    void aRebuildStartsFromTheLowestIdEvenOverAnUnfinishedWalk() {
        for (long id = 1; id <= 30; id++) {
            jira.put(bare(id, ALPHA));
        }
        checkpoints.save(RebuildProgress.starting(RebuildProgress.Kind.RECONCILE, 30, clock.instant())
                .advanced(25, 25, 0, 0).ended(RebuildProgress.State.FAILED, clock.instant(), "tracker down"));

        RebuildProgress rebuild = facts(10).rebuild();

        assertThat(jira.pagesAskedAfter()).startsWith(0L);
        assertThat(rebuild.kind()).isEqualTo(RebuildProgress.Kind.REBUILD);
        assertThat(rebuild.seen()).isEqualTo(30);
        assertThat(liveIds()).isEqualTo(trackerIds());
        assertThat(facts().progress()).contains(rebuild);
    }

    @Test
    void aShortPageFromTheTrackerIsNotTheEndOfTheWalk() {
        for (long id = 1; id <= 30; id++) {
            jira.put(bare(id, ALPHA));
        }
        facts(10).reconcile();
        jira.shortPages(3);

        RebuildProgress rebuild = facts(10).rebuild();

        assertThat(rebuild.seen()).isEqualTo(30);
        assertThat(rebuild.deleted()).isZero();
        jira.shortPages(IssueSource.MAX_PAGE);
        assertThat(liveIds()).hasSize(30).isEqualTo(trackerIds());
    }

    @Test
    void aRequestedRebuildIsCarriedOutByTheNextRun() {
        for (long id = 1; id <= 30; id++) {
            jira.put(bare(id, ALPHA));
        }
        facts(10).reconcile();
        store.delete(List.of(7L));

        RebuildProgress requested = facts(10).requestRebuild();

        assertThat(requested.kind()).isEqualTo(RebuildProgress.Kind.REBUILD);
        assertThat(requested.lastIssueId()).isZero();
        assertThat(requested.total()).isEqualTo(30);
        assertThat(store.find(7)).as("nothing walked yet").isEmpty();

        RebuildProgress done = facts(10).reconcile();

        assertThat(done.kind()).isEqualTo(RebuildProgress.Kind.REBUILD);
        assertThat(done.state()).isEqualTo(RebuildProgress.State.FINISHED);
        assertThat(done.seen()).isEqualTo(30);
        assertThat(store.find(7)).isPresent();
    }

    @Test
    void progressIsSavedAfterEveryPageWithSeenOfTotal() {
        for (long id = 1; id <= 25; id++) {
            jira.put(bare(id, ALPHA));
        }

        facts(10).reconcile();

        assertThat(checkpoints.saved()).extracting(p -> p.state() + " " + p.seen() + "/" + p.total())
                .containsExactly("RUNNING 0/25", "RUNNING 10/25", "RUNNING 20/25", "RUNNING 25/25",
                        "FINISHED 25/25");
    }

    @Test
    void walksRunUnderTheGlobalFactsReconcileLock() {
        jira.put(bare(1, ALPHA));
        IssueSource checking = new IssueSource() {
            @Override
            public List<IssueFact> page(Collection<Long> projectIds, long afterIssueId, int pageSize) {
                assertThat(locks.holding).isEqualTo("facts-reconcile");
                return jira.page(projectIds, afterIssueId, pageSize);
            }

            @Override
            public Optional<IssueFact> fact(long issueId) {
                return jira.fact(issueId);
            }

            @Override
            public long count(Collection<Long> projectIds) {
                return jira.count(projectIds);
            }
        };
        IssueFacts facts = new IssueFacts(store, checking, tracked, checkpoints, locks, clock, 10);

        assertThat(facts.reconcile().state()).isEqualTo(RebuildProgress.State.FINISHED);
        assertThat(facts.rebuild().state()).isEqualTo(RebuildProgress.State.FINISHED);
        assertThat(locks.taken).containsExactly("facts-reconcile", "facts-reconcile");
    }

    @Test
    void aSourceThatPagesOutOfOrderFailsTheWalkInsteadOfLooping() {
        IssueSource repeating = new IssueSource() {
            @Override
            public List<IssueFact> page(Collection<Long> projectIds, long afterIssueId, int pageSize) {
                return List.of(bare(5, ALPHA), bare(5, ALPHA));
            }

            @Override
            public Optional<IssueFact> fact(long issueId) {
                return Optional.empty();
            }

            @Override
            public long count(Collection<Long> projectIds) {
                return 2;
            }
        };

        RebuildProgress walk = new IssueFacts(store, repeating, tracked, checkpoints, locks, clock, 2).reconcile();

        assertThat(walk.state()).isEqualTo(RebuildProgress.State.FAILED);
        assertThat(walk.message()).contains("ascend");
    }

    @Test
    void noTrackedProjectsMeansNoFacts() {
        store.upsert(List.of(story(1, ALPHA)));
        tracked.untrack(ALPHA).untrack(BETA);

        RebuildProgress walk = facts().reconcile();

        assertThat(jira.pagesAskedAfter()).isEmpty();
        assertThat(liveIds()).isEmpty();
        assertThat(walk.deleted()).isEqualTo(1);
    }

    @Test
    void pagingWalksPastTenThousandIssues() {
        for (long id = 1; id <= 25_000; id++) {
            jira.put(bare(100_000 + id * 2, id % 3 == 0 ? BETA : ALPHA));
        }
        for (long id = 1; id <= 40; id++) {
            jira.put(bare(100_000 + id * 2 + 1, OUTSIDE));
        }

        RebuildProgress walk = facts().reconcile();

        assertThat(walk.seen()).isEqualTo(25_000);
        assertThat(walk.total()).isEqualTo(25_000);
        assertThat(jira.pagesAskedAfter()).hasSize(25_000 / IssueFacts.PAGE_SIZE + 1).isSorted();
        assertThat(liveIds()).isEqualTo(trackerIds());
    }

    @Test
    void theScheduledJobReportsTheWalkInTheRunHistory() {
        jira.put(bare(1, ALPHA)).put(bare(2, BETA));
        FactsReconcileJob job = new FactsReconcileJob(facts());

        JobOutcome outcome = job.run();

        assertThat(job.id()).isEqualTo("com.pmosuite.facts.reconcile");
        assertThat(outcome.result()).isEqualTo(JobOutcome.Result.SUCCEEDED);
        assertThat(outcome.message()).isEqualTo("RECONCILE finished: 2 of 2 issues read, 2 facts written, 0 deleted");
    }

    @Test
    void theScheduledJobReportsAFailedWalkAsFailed() {
        jira.put(bare(1, ALPHA)).failAfter(0);

        JobOutcome outcome = new FactsReconcileJob(facts()).run();

        assertThat(outcome.result()).isEqualTo(JobOutcome.Result.FAILED);
        assertThat(outcome.message()).contains("cannot be reached");
    }

    @Test
    void theScheduledJobStepsAsideWhileAnotherWalkHoldsTheLock() {
        PmoLocks busy = new PmoLocks() {
            @Override
            public ProjectLocks projects(String capability) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> T withJobLock(String jobName, Supplier<T> work) {
                throw new LockBusy(PmoLocks.jobLockName(jobName));
            }
        };
        IssueFacts facts = new IssueFacts(store, jira, tracked, checkpoints, busy, clock);

        JobOutcome outcome = new FactsReconcileJob(facts).run();

        assertThat(outcome.result()).isEqualTo(JobOutcome.Result.ABORTED);
        assertThat(checkpoints.saved()).isEmpty();
    }

    private long stampOf(long issueId) {
        long since = 0;
        long stampOf = -1;
        FactChanges slice;
        do {
            slice = store.changesSince(since, 1);
            if (slice.upserted().stream().anyMatch(f -> f.issueId() == issueId)) {
                stampOf = slice.stamp();
            }
            since = slice.stamp();
        } while (slice.more());
        return stampOf;
    }

    private List<Long> liveIds() {
        return store.changesSince(0, 1_000_000).upserted().stream().map(IssueFact::issueId).sorted().toList();
    }

    private List<Long> trackerIds() {
        List<Long> ids = new ArrayList<>();
        long after = 0;
        List<IssueFact> page;
        do {
            page = jira.page(tracked.projectIds(), after, IssueSource.MAX_PAGE);
            page.forEach(f -> ids.add(f.issueId()));
            after = page.isEmpty() ? after : page.get(page.size() - 1).issueId();
        } while (page.size() == IssueSource.MAX_PAGE);
        return ids;
    }

    /** Locks that say which job lock is held, around the real in-JVM ones. */
    private static final class RecordingLocks implements PmoLocks {
        private final PmoLocks locks;
        private final List<String> taken = new ArrayList<>();
        private volatile String holding;

        RecordingLocks(PmoLocks locks) {
            this.locks = locks;
        }

        @Override
        public ProjectLocks projects(String capability) {
            return locks.projects(capability);
        }

        @Override
        public <T> T withJobLock(String jobName, Supplier<T> work) {
            return locks.withJobLock(jobName, () -> {
                taken.add(jobName);
                holding = jobName;
                try {
                    return work.get();
                } finally {
                    holding = null;
                }
            });
        }
    }
}
