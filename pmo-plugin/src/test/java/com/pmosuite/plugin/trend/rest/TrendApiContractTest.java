package com.pmosuite.plugin.trend.rest;

import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.rollup.FactSums;
import com.pmosuite.rollup.ProjectPlan;
import com.pmosuite.rollup.RagThresholds;
import com.pmosuite.rollup.RollupScope;
import com.pmosuite.rollup.Visibility;
import com.pmosuite.rollup.trend.DailySnapshot;
import com.pmosuite.rollup.trend.Trends;
import com.pmosuite.testkit.InMemorySnapshotStore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.pmosuite.plugin.platform.rest.JsonContract.assertMatches;

/**
 * Pins the trend body to {@code contract/trend.json}: names and order as {@code PMO.charts} reads them, money and
 * indices as decimal strings, {@code null} for "not defined" (written, not left out), each day's source.
 */
class TrendApiContractTest {
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final long ALPHA = 10000;

    @Test
    void aTrendHasExactlyTheContractsProperties() {
        InMemorySnapshotStore store = new InMemorySnapshotStore();
        store.put(DAY.minusDays(1), ALPHA, List.of(new DailySnapshot(DAY.minusDays(1), ALPHA, 0,
                new FactSums(1, 4, 2, 10, 0, 0, null), DailySnapshot.Source.BACKFILLED)));
        store.put(DAY, ALPHA, List.of(new DailySnapshot(DAY, ALPHA, 0,
                new FactSums(2, 4, 4, 10, 36_000, 7200, null))));
        ProjectPlan plan = new ProjectPlan(new BigDecimal("1000"), "EUR", DAY.minusDays(50), DAY.plusDays(50),
                new BigDecimal("25"));
        RollupScope scope = new RollupScope("portfolio-1", "P", RollupScope.Level.PORTFOLIO, 0, ProjectPlan.NONE,
                RagThresholds.DEFAULTS, List.of(RollupScope.project("ALPHA", "Alpha", ALPHA, plan,
                RagThresholds.DEFAULTS)));

        String json = PmoJson.write(TrendViews.json(new Trends(store).of(scope, Visibility.EVERYTHING,
                DAY.minusDays(1), DAY)));

        assertMatches("trend.json", json);
    }
}
