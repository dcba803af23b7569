package com.pmosuite.facts.contract;

import com.pmosuite.facts.FactChanges;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.IssueFactStore;
import com.pmosuite.facts.StatusCategory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import static com.pmosuite.testkit.IssueFactFixture.bare;
import static com.pmosuite.testkit.IssueFactFixture.inProject;
import static com.pmosuite.testkit.IssueFactFixture.story;
import static com.pmosuite.testkit.IssueFactFixture.withPoints;
import static com.pmosuite.testkit.IssueFactFixture.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link IssueFactStore} must do; subclasses return an empty store from {@link #store()}, and from
 * {@link #otherNode()} a second store over the same data (another node of the cluster) where they have one.
 */
public abstract class IssueFactStoreContract {
    private static final long ALPHA = 10_000;
    private static final long BETA = 10_001;

    protected abstract IssueFactStore store();

    /** A second store over the same table, as another node has; the same store where there is no other. */
    protected IssueFactStore otherNode() {
        return store();
    }

    @Test
    void anUpsertedFactComesBackWithEveryField() {
        IssueFact story = story(101, ALPHA);
        IssueFact bare = bare(102, ALPHA);
        store().upsert(List.of(story, bare));

        assertThat(store().find(101)).contains(story);
        assertThat(store().find(102)).contains(bare);
        assertThat(store().find(103)).isEmpty();
    }

    @Test
    void extremeValuesSurviveTheRoundTrip() {
        IssueFact f = story(Long.MAX_VALUE - 1, Long.MAX_VALUE - 2);
        IssueFact extreme = new IssueFact(f.issueId(), f.projectId(), "x".repeat(255), 7, Long.MAX_VALUE,
                Long.MIN_VALUE + 1, StatusCategory.DONE, f.created(), f.updated(), f.start(), f.due(), 0.1 + 0.2,
                Long.MAX_VALUE, 0L, -1L, new BigDecimal("-98765432109876543210.0001"), "ü".repeat(255), 0L,
                f.updated());
        store().upsert(List.of(extreme));

        assertThat(store().find(extreme.issueId())).contains(extreme);
    }

    @Test
    void anUpsertReplacesTheStoredFact() {
        IssueFact before = story(101, ALPHA);
        store().upsert(List.of(before));
        IssueFact after = withPoints(withStatus(before, StatusCategory.DONE, before.updated().plusSeconds(60)), 8.0);
        store().upsert(List.of(after));

        assertThat(store().find(101)).contains(after);
        assertThat(store().page(List.of(ALPHA), 0, 10)).containsExactly(after);
    }

    @Test
    void theLastFactOfAnIssueInOneUpsertWins() {
        IssueFact first = story(101, ALPHA);
        IssueFact second = withPoints(first, 13.0);
        store().upsert(List.of(first, second));

        assertThat(store().find(101)).contains(second);
        assertThat(store().changesSince(0, 10).upserted()).containsExactly(second);
    }

    @Test
    void anEmptyWriteChangesNothing() {
        store().upsert(List.of());
        store().delete(List.of());
        store().delete(List.of(404L));

        assertThat(store().stamp()).isZero();
        assertThat(store().changesSince(0, 10)).isEqualTo(new FactChanges(List.of(), List.of(), 0, false));
    }

    @Test
    void deletingRemovesTheFactAndIgnoresUnknownIds() {
        store().upsert(List.of(story(101, ALPHA), story(102, ALPHA)));
        store().delete(List.of(101L, 999L));

        assertThat(store().find(101)).isEmpty();
        assertThat(store().page(List.of(ALPHA), 0, 10)).extracting(IssueFact::issueId).containsExactly(102L);
    }

    @Test
    void pagesAreTheProjectsFactsAboveTheIdInIdOrder() {
        store().upsert(List.of(story(105, ALPHA), story(101, BETA), story(103, ALPHA), story(102, ALPHA),
                story(104, BETA), story(106, 77)));

        assertThat(store().page(List.of(ALPHA), 0, 10)).extracting(IssueFact::issueId)
                .containsExactly(102L, 103L, 105L);
        assertThat(store().page(List.of(ALPHA, BETA), 101, 3)).extracting(IssueFact::issueId)
                .containsExactly(102L, 103L, 104L);
        assertThat(store().page(List.of(ALPHA, BETA), 104, 3)).extracting(IssueFact::issueId)
                .containsExactly(105L);
        assertThat(store().page(List.of(99L), 0, 10)).isEmpty();
    }

    @Test
    void aFactThatMovedIsPagedUnderItsNewProject() {
        store().upsert(List.of(story(101, ALPHA)));
        store().upsert(List.of(inProject(story(101, ALPHA), BETA)));

        assertThat(store().page(List.of(ALPHA), 0, 10)).isEmpty();
        assertThat(store().page(List.of(BETA), 0, 10)).extracting(IssueFact::issueId).containsExactly(101L);
        assertThat(store().projectsWithFacts()).containsExactly(BETA);
    }

    @Test
    void pagingCoversManyProjects() {
        List<Long> projects = LongStream.rangeClosed(1, 1_200).boxed().toList();
        store().upsert(projects.stream().map(project -> bare(50_000 + project, project)).toList());

        assertThat(store().page(projects, 0, 2_000)).hasSize(1_200);
        assertThat(store().page(projects, 51_100, 2_000)).extracting(IssueFact::issueId)
                .first().isEqualTo(51_101L);
    }

    @Test
    void everyWriteTakesAHigherStamp() {
        assertThat(store().stamp()).isZero();
        store().upsert(List.of(story(101, ALPHA)));
        long first = store().stamp();
        store().upsert(List.of(story(101, ALPHA)));
        long second = store().stamp();
        store().delete(List.of(101L));
        long third = store().stamp();

        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
    }

    @Test
    void changesSinceZeroAreEveryLiveFact() {
        store().upsert(List.of(story(101, ALPHA), story(102, BETA), story(103, ALPHA)));
        store().delete(List.of(102L));

        FactChanges all = store().changesSince(0, 100);

        assertThat(all.upserted()).extracting(IssueFact::issueId).containsExactlyInAnyOrder(101L, 103L);
        assertThat(all.deleted()).isEmpty();
        assertThat(all.more()).isFalse();
    }

    @Test
    void changesComeInStampOrderWithinTheLimitAndSayIfMoreFollow() {
        store().upsert(List.of(story(103, ALPHA)));
        store().upsert(List.of(story(101, ALPHA)));
        store().upsert(List.of(story(102, ALPHA)));
        store().delete(List.of(103L));
        store().upsert(List.of(story(104, ALPHA)));

        FactChanges first = store().changesSince(0, 2);
        FactChanges second = store().changesSince(first.stamp(), 2);
        FactChanges third = store().changesSince(second.stamp(), 2);

        assertThat(first.upserted()).extracting(IssueFact::issueId).containsExactly(101L, 102L);
        assertThat(first.more()).isTrue();
        assertThat(second.deleted()).containsExactly(103L);
        assertThat(second.upserted()).extracting(IssueFact::issueId).containsExactly(104L);
        assertThat(second.stamp()).isEqualTo(store().stamp());
        assertThat(second.more()).isFalse();
        assertThat(third).isEqualTo(new FactChanges(List.of(), List.of(), store().stamp(), false));
    }

    @Test
    void aFactChangedTwiceAppearsOnceInItsLatestState() {
        store().upsert(List.of(story(101, ALPHA)));
        long since = store().stamp();
        store().upsert(List.of(story(102, ALPHA)));
        IssueFact latest = withPoints(story(101, ALPHA), 1.0);
        store().upsert(List.of(withPoints(story(101, ALPHA), 3.0)));
        store().upsert(List.of(latest));

        FactChanges changes = store().changesSince(since, 10);

        assertThat(changes.upserted()).containsExactly(story(102, ALPHA), latest);
        assertThat(changes.stamp()).isEqualTo(store().stamp());
    }

    @Test
    void aDeletedFactIsATombstoneForThoseWhoSawIt() {
        store().upsert(List.of(story(101, ALPHA), story(102, ALPHA)));
        long since = store().stamp();
        store().delete(List.of(101L));

        FactChanges changes = store().changesSince(since, 10);

        assertThat(changes.upserted()).isEmpty();
        assertThat(changes.deleted()).containsExactly(101L);
        assertThat(store().find(101)).isEmpty();
    }

    @Test
    void deletingTwiceLeavesOneTombstone() {
        store().upsert(List.of(story(101, ALPHA)));
        long since = store().stamp();
        store().delete(List.of(101L));
        long afterDelete = store().stamp();
        store().delete(List.of(101L));

        assertThat(store().stamp()).isEqualTo(afterDelete);
        assertThat(store().changesSince(since, 10).deleted()).containsExactly(101L);
    }

    @Test
    void aFactDeletedThenWrittenAgainIsLiveOnceMore() {
        store().upsert(List.of(story(101, ALPHA)));
        long since = store().stamp();
        store().delete(List.of(101L));
        IssueFact back = withPoints(story(101, ALPHA), 2.0);
        store().upsert(List.of(back));

        FactChanges changes = store().changesSince(since, 10);

        assertThat(changes.upserted()).containsExactly(back);
        assertThat(changes.deleted()).isEmpty();
        assertThat(store().find(101)).contains(back);
        assertThat(store().page(List.of(ALPHA), 0, 10)).containsExactly(back);
        assertThat(store().changesSince(0, 10).upserted()).containsExactly(back);
    }

    @Test
    void projectsWithFactsLeaveOutProjectsWhoseFactsAreAllDeleted() {
        store().upsert(List.of(story(101, ALPHA), story(102, BETA)));
        store().delete(List.of(102L));

        assertThat(store().projectsWithFacts()).containsExactly(ALPHA);
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> store().changesSince(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Two nodes write while a third reads the change log from where it got to. If stamps were handed out before
     * commit without serialising writers (a sequence, say), the reader could see stamp n+1 committed while n is
     * still in flight, move its position past n, and never see that change.
     */
    @Test
    void concurrentWritersNeverMakeAReaderSkipACommittedChange() throws Exception {
        int batches = 40;
        int perBatch = 10;
        ExecutorService threads = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (IssueFactStore node : List.of(store(), otherNode())) {
                long base = writers.size() * 1_000_000L;
                writers.add(threads.submit(() -> {
                    start.await();
                    for (int b = 0; b < batches; b++) {
                        List<IssueFact> batch = new ArrayList<>();
                        for (int i = 0; i < perBatch; i++) {
                            batch.add(bare(base + b * perBatch + i + 1, ALPHA));
                        }
                        node.upsert(batch);
                    }
                    return null;
                }));
            }
            Future<Set<Long>> reader = threads.submit(() -> {
                Set<Long> seen = new HashSet<>();
                long since = 0;
                start.await();
                while (true) {
                    // Read once more after the writers stopped, so their last commits are in the reader's view.
                    boolean last = !writing.get();
                    FactChanges slice;
                    do {
                        slice = store().changesSince(since, 7);
                        slice.upserted().forEach(fact -> seen.add(fact.issueId()));
                        if (!slice.upserted().isEmpty() || !slice.deleted().isEmpty()) {
                            assertThat(slice.stamp()).isGreaterThan(since);
                        }
                        since = slice.stamp();
                    } while (slice.more());
                    if (last) {
                        return seen;
                    }
                }
            });
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);

            Set<Long> seen = reader.get(120, TimeUnit.SECONDS);
            Set<Long> written = new HashSet<>();
            store().changesSince(0, 10_000).upserted().forEach(fact -> written.add(fact.issueId()));
            assertThat(written).hasSize(2 * batches * perBatch);
            assertThat(seen).isEqualTo(written);
        } finally {
            threads.shutdownNow();
        }
    }
}
