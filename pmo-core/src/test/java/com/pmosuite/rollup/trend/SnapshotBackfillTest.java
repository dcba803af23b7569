package com.pmosuite.rollup.trend;

import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.StatusCategory;
import com.pmosuite.rollup.FactSums;
import com.pmosuite.rollup.ProjectPlan;
import com.pmosuite.rollup.RagThresholds;
import com.pmosuite.rollup.RollupScope;
import com.pmosuite.rollup.Visibility;
import com.pmosuite.testkit.InMemoryIssueFactStore;
import com.pmosuite.testkit.InMemorySnapshotStore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotBackfillTest {
    static final long ALPHA = 10000;
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    final InMemoryIssueFactStore facts = new InMemoryIssueFactStore();
    final InMemorySnapshotStore store = new InMemorySnapshotStore();
    final SnapshotBackfill backfill = new SnapshotBackfill(facts, store, ZoneOffset.UTC);

    static IssueFact issue(long id, int level, LocalDate created, LocalDate resolved, Double points, Long securityLevel) {
        Instant at = created.atTime(10, 0).toInstant(ZoneOffset.UTC);
        return new IssueFact(id, ALPHA, "10001", level, null, null,
                resolved == null ? StatusCategory.IN_PROGRESS : StatusCategory.DONE, at,
                resolved == null ? null : resolved.atTime(16, 0).toInstant(ZoneOffset.UTC), null, null, points,
                3600L, 7200L, 3600L, null, null, securityLevel, at);
    }

    @Test
    void issuesCountFromTheirCreationAndAreDoneFromTheirResolution() {
        facts.upsert(List.of(issue(1, IssueFact.STANDARD, DAY.minusDays(3), DAY.minusDays(1), 3.0, null),
                issue(2, IssueFact.STANDARD, DAY.minusDays(2), null, 5.0, null),
                issue(3, IssueFact.EPIC, DAY.minusDays(3), null, 40.0, null),
                issue(4, IssueFact.STANDARD, DAY.minusDays(3), null, 8.0, 77L)));

        backfill.backfill(Set.of(ALPHA), DAY.minusDays(3), DAY.minusDays(1));

        assertThat(store.range(Set.of(ALPHA), DAY.minusDays(3), DAY.minusDays(1))).containsExactly(
                new DailySnapshot(DAY.minusDays(3), ALPHA, 0, new FactSums(0, 2, 0, 3, 0, 0, null), DailySnapshot.Source.BACKFILLED),
                new DailySnapshot(DAY.minusDays(3), ALPHA, 77, new FactSums(0, 1, 0, 8, 0, 0, null), DailySnapshot.Source.BACKFILLED),
                new DailySnapshot(DAY.minusDays(2), ALPHA, 0, new FactSums(0, 3, 0, 8, 0, 0, null), DailySnapshot.Source.BACKFILLED),
                new DailySnapshot(DAY.minusDays(2), ALPHA, 77, new FactSums(0, 1, 0, 8, 0, 0, null), DailySnapshot.Source.BACKFILLED),
                new DailySnapshot(DAY.minusDays(1), ALPHA, 0, new FactSums(1, 3, 3, 8, 0, 0, null), DailySnapshot.Source.BACKFILLED),
                new DailySnapshot(DAY.minusDays(1), ALPHA, 77, new FactSums(0, 1, 0, 8, 0, 0, null), DailySnapshot.Source.BACKFILLED));
    }

    @Test
    void daysTheJobRecordedAreLeftAlone() {
        facts.upsert(List.of(issue(1, IssueFact.STANDARD, DAY.minusDays(3), null, 3.0, null)));
        DailySnapshot recorded = new DailySnapshot(DAY.minusDays(1), ALPHA, 0, new FactSums(0, 1, 0, 3, 60, 60, null));
        store.put(DAY.minusDays(1), ALPHA, List.of(recorded));

        backfill.backfill(Set.of(ALPHA), DAY.minusDays(2), DAY.minusDays(1));

        assertThat(store.range(Set.of(ALPHA), DAY.minusDays(1), DAY.minusDays(1))).containsExactly(recorded);
        assertThat(store.range(Set.of(ALPHA), DAY.minusDays(2), DAY.minusDays(2))).singleElement()
                .matches(DailySnapshot::backfilled);
    }

    @Test
    void aTrendShowsNoActualCostOnBackfilledDaysAndSaysWhy() {
        facts.upsert(List.of(issue(1, IssueFact.STANDARD, DAY.minusDays(3), DAY.minusDays(1), 3.0, null),
                issue(2, IssueFact.STANDARD, DAY.minusDays(3), null, 1.0, null)));
        backfill.backfill(Set.of(ALPHA), DAY.minusDays(1), DAY.minusDays(1));
        store.put(DAY, ALPHA, List.of(new DailySnapshot(DAY, ALPHA, 0, new FactSums(1, 2, 3, 4, 7200, 0, null))));
        ProjectPlan plan = new ProjectPlan(new BigDecimal("1000"), "EUR", DAY.minusDays(50), DAY.plusDays(50),
                new BigDecimal("100"));
        RollupScope scope = RollupScope.project("ALPHA", "Alpha", ALPHA, plan, RagThresholds.DEFAULTS);

        Trend trend = new Trends(store).of(scope, Visibility.EVERYTHING, DAY.minusDays(1), DAY);

        Trend.Point past = trend.points().get(0);
        assertThat(past.ev()).contains(new BigDecimal("750.00"));
        assertThat(past.pv()).contains(new BigDecimal("490.00"));
        assertThat(past.ac()).isEmpty();
        assertThat(past.cpi()).isEmpty();
        Trend.Point today = trend.points().get(1);
        assertThat(today.ac()).contains(new BigDecimal("200.00"));
        assertThat(today.cpi()).isEqualTo(Optional.of(new BigDecimal("3.7500")));
        assertThat(trend.notes()).contains("days filled in afterwards from the issues' created and resolved dates"
                + " (AC and CPI not known): 1 of 2");
    }
}
