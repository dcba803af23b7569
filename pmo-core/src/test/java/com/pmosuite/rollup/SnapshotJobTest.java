package com.pmosuite.rollup;

import com.pmosuite.rollup.trend.DailySnapshot;
import com.pmosuite.rollup.trend.SnapshotJob;
import com.pmosuite.shared.schedule.JobOutcome;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemorySnapshotStore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static com.pmosuite.rollup.FactBuilder.issue;
import static com.pmosuite.rollup.FactBuilder.subTask;
import static org.assertj.core.api.Assertions.assertThat;

/** The daily snapshot job, over the real engine; its test sits here for the engine's fact builders. */
class SnapshotJobTest {
    static final long ALPHA = 1001;
    static final long BETA = 1002;
    static final long EMPTY = 1003;
    static final long MANAGEMENT = 77;
    static final Instant EVENING = Instant.parse("2026-03-02T20:00:00Z");

    final ListFactStore facts = new ListFactStore();
    final RollupEngine engine = new RollupEngine(facts);
    final InMemorySnapshotStore store = new InMemorySnapshotStore();
    final FixedClock clock = FixedClock.at(EVENING);

    SnapshotJob job(ZoneId zone) {
        return new SnapshotJob(() -> engine, () -> Set.of(ALPHA, BETA, EMPTY), store, clock, zone);
    }

    @Test
    void runningTwiceOnOneDayLeavesOneRowPerProjectAndLevel() {
        facts.with(issue(1, ALPHA).points(3).hours(0, 1, 2).done(LocalDate.of(2026, 3, 1)).build(),
                issue(2, ALPHA).points(5).securityLevel(MANAGEMENT).build(),
                issue(3, BETA).build());

        JobOutcome first = job(ZoneOffset.UTC).run();
        facts.with(issue(3, BETA).inProgress().hours(0, 0, 1).build(), issue(4, BETA).build());
        JobOutcome second = job(ZoneOffset.UTC).run();

        assertThat(first.result()).isEqualTo(JobOutcome.Result.SUCCEEDED);
        assertThat(second.message()).isEqualTo("Snapshot of 2026-03-02: 3 projects, 4 rows");
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(store.range(List.of(ALPHA, BETA, EMPTY), day.minusDays(1), day.plusDays(1))).containsExactly(
                new DailySnapshot(day, ALPHA, DailySnapshot.NO_LEVEL, new FactSums(1, 1, 3, 3, 7200, 3600, null)),
                new DailySnapshot(day, ALPHA, MANAGEMENT, new FactSums(0, 1, 0, 5, 0, 0, null)),
                new DailySnapshot(day, BETA, DailySnapshot.NO_LEVEL, new FactSums(0, 2, 0, 0, 3600, 0, null)),
                new DailySnapshot(day, EMPTY, DailySnapshot.NO_LEVEL, FactSums.NONE));
    }

    @Test
    void theDayIsTheServerZonesDate() {
        facts.with(issue(1, ALPHA).build());

        job(ZoneId.of("Pacific/Auckland")).run();

        assertThat(store.range(Set.of(ALPHA), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4)))
                .extracting(DailySnapshot::day).containsExactly(LocalDate.of(2026, 3, 3));
    }

    @Test
    void storedSumsCountEachIssueOnceAndTheActualCostField() {
        facts.with(issue(1, ALPHA).points(3).hours(0, 0, 2).actualCost("100.25").build(),
                subTask(2, ALPHA, 1).points(2).hours(0, 0, 1).actualCost("50.50").done(LocalDate.of(2026, 3, 1))
                        .build());

        job(ZoneOffset.UTC).run();

        FactSums sums = store.range(Set.of(ALPHA), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)).get(0).sums();
        assertThat(sums).isEqualTo(new FactSums(1, 2, 0, 3, 3 * 3600, 0, new BigDecimal("150.75")));
    }

    @Test
    void aTrendOfTheStoredDayEqualsTheLiveRollupOfThatDay() {
        facts.with(issue(1, ALPHA).points(3).hours(0, 0, 200).done(LocalDate.of(2026, 2, 27)).build(),
                issue(2, ALPHA).points(1).hours(0, 0, 100).done(LocalDate.of(2026, 2, 28)).build(),
                issue(3, ALPHA).points(6).hours(0, 0, 100).inProgress().securityLevel(MANAGEMENT).build(),
                subTask(4, ALPHA, 3).points(2).hours(0, 0, 50).build());
        ProjectPlan plan = new ProjectPlan(new BigDecimal("100000"), "EUR", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 5, 1), new BigDecimal("100"));
        RollupScope scope = RollupScope.project("ALPHA", "Alpha", ALPHA, plan, RagThresholds.DEFAULTS);
        job(ZoneOffset.UTC).run();
        LocalDate day = LocalDate.of(2026, 3, 2);

        RollupNode.Evm live = engine.rollup(scope, Visibility.EVERYTHING, java.util.Map.of(), day).evm();
        var point = new com.pmosuite.rollup.trend.Trends(store).of(scope, Visibility.EVERYTHING, day, day)
                .points().get(0);

        assertThat(List.of(point.pv(), point.ev(), point.ac(), point.spi(), point.cpi()))
                .containsExactly(live.pv(), live.ev(), live.ac(), live.spi(), live.cpi());
        assertThat(point.spi()).contains(new BigDecimal("0.8000"));
    }
}
