package com.pmosuite.rollup.trend.contract;

import com.pmosuite.rollup.FactSums;
import com.pmosuite.rollup.trend.DailySnapshot;
import com.pmosuite.rollup.trend.SnapshotStore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link SnapshotStore} must do; {@link #store()} returns an empty store and {@link #otherNode()} a second
 * one over the same storage, as another cluster node would have.
 */
public abstract class SnapshotStoreContract {
    protected static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final long ALPHA = 10000;
    private static final long BETA = 10001;
    private static final long GAMMA = 10002;
    private static final long MANAGEMENT = 10100;

    protected abstract SnapshotStore store();

    protected abstract SnapshotStore otherNode();

    private static DailySnapshot row(LocalDate day, long project, long level, long done, long total) {
        return new DailySnapshot(day, project, level,
                new FactSums(done, total, done * 2.5, total * 2.5, done * 3600, (total - done) * 7200, null));
    }

    @Test
    void storedRowsComeBackOrderedByDayProjectAndLevel() {
        store().put(DAY.plusDays(1), ALPHA, List.of(row(DAY.plusDays(1), ALPHA, 0, 2, 4)));
        store().put(DAY, BETA, List.of(row(DAY, BETA, 0, 1, 1)));
        store().put(DAY, ALPHA, List.of(row(DAY, ALPHA, MANAGEMENT, 0, 2), row(DAY, ALPHA, 0, 1, 3)));

        assertThat(store().range(List.of(ALPHA, BETA), DAY, DAY.plusDays(1))).containsExactly(
                row(DAY, ALPHA, 0, 1, 3), row(DAY, ALPHA, MANAGEMENT, 0, 2), row(DAY, BETA, 0, 1, 1),
                row(DAY.plusDays(1), ALPHA, 0, 2, 4));
    }

    @Test
    void everyFigureIsKeptExactly() {
        DailySnapshot row = new DailySnapshot(DAY, ALPHA, MANAGEMENT,
                new FactSums(7, 12, 13.5, 40.25, 123_456_789L, 987_654L, new BigDecimal("12345678.91")));
        store().put(DAY, ALPHA, List.of(row));

        assertThat(store().range(Set.of(ALPHA), DAY, DAY)).containsExactly(row);
    }

    @Test
    void everyRowKeepsItsSource() {
        store().put(DAY, ALPHA, List.of(new DailySnapshot(DAY, ALPHA, 0, new FactSums(1, 2, 0, 0, 0, 0, null),
                DailySnapshot.Source.BACKFILLED)));
        store().put(DAY, BETA, List.of(row(DAY, BETA, 0, 1, 2)));
        store().put(DAY, GAMMA, List.of(new DailySnapshot(DAY, GAMMA, 0, new FactSums(1, 2, 0, 0, 0, 0, null),
                DailySnapshot.Source.DEMO)));

        assertThat(store().range(List.of(ALPHA, BETA, GAMMA), DAY, DAY)).extracting(DailySnapshot::source)
                .containsExactly(DailySnapshot.Source.BACKFILLED, DailySnapshot.Source.RECORDED,
                        DailySnapshot.Source.DEMO);
    }

    @Test
    void aSecondPutOnTheSameDayReplacesTheProjectsRows() {
        store().put(DAY, ALPHA, List.of(row(DAY, ALPHA, 0, 1, 3), row(DAY, ALPHA, MANAGEMENT, 0, 2)));

        store().put(DAY, ALPHA, List.of(row(DAY, ALPHA, 0, 2, 3)));

        assertThat(store().range(Set.of(ALPHA), DAY, DAY)).containsExactly(row(DAY, ALPHA, 0, 2, 3));
    }

    @Test
    void anotherNodesPutOnTheSameDayLeavesOneSetOfRows() {
        store().put(DAY, ALPHA, List.of(row(DAY, ALPHA, 0, 1, 3)));

        otherNode().put(DAY, ALPHA, List.of(row(DAY, ALPHA, 0, 1, 3)));

        assertThat(store().range(Set.of(ALPHA), DAY, DAY)).hasSize(1);
    }

    @Test
    void otherDaysAndProjectsAreLeftAlone() {
        store().put(DAY, ALPHA, List.of(row(DAY, ALPHA, 0, 1, 3)));
        store().put(DAY, BETA, List.of(row(DAY, BETA, 0, 1, 1)));
        store().put(DAY.minusDays(1), ALPHA, List.of(row(DAY.minusDays(1), ALPHA, 0, 0, 3)));

        store().put(DAY, ALPHA, List.of(row(DAY, ALPHA, 0, 3, 3)));

        assertThat(store().range(List.of(ALPHA, BETA), DAY.minusDays(1), DAY)).containsExactly(
                row(DAY.minusDays(1), ALPHA, 0, 0, 3), row(DAY, ALPHA, 0, 3, 3), row(DAY, BETA, 0, 1, 1));
    }

    @Test
    void aRangeIncludesBothEndsAndOnlyTheAskedProjects() {
        for (int i = 0; i < 5; i++) {
            LocalDate day = DAY.plusDays(i);
            store().put(day, ALPHA, List.of(row(day, ALPHA, 0, i, 5)));
            store().put(day, BETA, List.of(row(day, BETA, 0, i, 5)));
        }

        assertThat(store().range(Set.of(BETA), DAY.plusDays(1), DAY.plusDays(3)))
                .extracting(DailySnapshot::day, DailySnapshot::projectId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DAY.plusDays(1), BETA),
                        org.assertj.core.groups.Tuple.tuple(DAY.plusDays(2), BETA),
                        org.assertj.core.groups.Tuple.tuple(DAY.plusDays(3), BETA));
        assertThat(store().range(Set.of(), DAY, DAY.plusDays(4))).isEmpty();
    }

    @Test
    void twoNodesRacingTheSameDayLeaveOneRowPerLevel() throws Exception {
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Void>> puts = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                SnapshotStore node = i % 2 == 0 ? store() : otherNode();
                Callable<Void> put = () -> {
                    start.await();
                    node.put(DAY, ALPHA, List.of(row(DAY, ALPHA, 0, 1, 3), row(DAY, ALPHA, MANAGEMENT, 0, 2)));
                    return null;
                };
                puts.add(pool.submit(put));
            }
            start.countDown();
            for (Future<Void> put : puts) {
                put.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store().range(Set.of(ALPHA), DAY, DAY))
                .containsExactly(row(DAY, ALPHA, 0, 1, 3), row(DAY, ALPHA, MANAGEMENT, 0, 2));
    }
}
