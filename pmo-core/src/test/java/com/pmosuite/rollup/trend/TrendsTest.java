package com.pmosuite.rollup.trend;

import com.pmosuite.rollup.FactSums;
import com.pmosuite.rollup.ProjectPlan;
import com.pmosuite.rollup.RagThresholds;
import com.pmosuite.rollup.RollupScope;
import com.pmosuite.rollup.Visibility;
import com.pmosuite.testkit.InMemorySnapshotStore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrendsTest {
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final long ALPHA = 10000;
    static final long BETA = 10001;
    static final long GAMMA = 10002;
    static final long MANAGEMENT = 10100;

    final InMemorySnapshotStore store = new InMemorySnapshotStore();
    final Trends trends = new Trends(store);

    /** BAC 1,000 EUR over 100 days centred on DAY (PV 500 on DAY), 250 EUR an hour. */
    static final ProjectPlan HALF_WAY = new ProjectPlan(new BigDecimal("1000"), "EUR", DAY.minusDays(50),
            DAY.plusDays(50), new BigDecimal("250"));
    /** BAC 4,500 EUR with a baseline that finished yesterday (PV = BAC), 500 EUR an hour. */
    static final ProjectPlan FINISHED = new ProjectPlan(new BigDecimal("4500"), "EUR", DAY.minusDays(100),
            DAY.minusDays(1), new BigDecimal("500"));

    static RollupScope portfolio(RollupScope... projects) {
        return new RollupScope("portfolio-1", "P", RollupScope.Level.PORTFOLIO, 0, ProjectPlan.NONE,
                RagThresholds.DEFAULTS, List.of(projects));
    }

    static RollupScope project(String key, long id, ProjectPlan plan) {
        return RollupScope.project(key, key, id, plan, RagThresholds.DEFAULTS);
    }

    /** Issues counted only (no points, no time): EV on the count basis; AC from the actual-cost field. */
    static FactSums issues(long done, long total, long actualCost) {
        return new FactSums(done, total, 0, 0, 0, 0, actualCost == 0 ? null : BigDecimal.valueOf(actualCost));
    }

    void put(LocalDate day, long project, long level, FactSums sums) {
        List<DailySnapshot> rows = new java.util.ArrayList<>(store.range(Set.of(project), day, day));
        rows.add(new DailySnapshot(day, project, level, sums));
        store.put(day, project, rows);
    }

    static Visibility seeing(Set<Long> projects, boolean levels) {
        return new Visibility() {
            @Override
            public boolean projectVisible(long projectId) {
                return projects.contains(projectId);
            }

            @Override
            public boolean levelVisible(long projectId, long securityLevelId) {
                return levels;
            }
        };
    }

    static Optional<BigDecimal> is(String value) {
        return Optional.of(new BigDecimal(value));
    }

    @Test
    void indicesAreComputedFromTheDaysSumsNotAveraged() {
        // ALPHA: PV 500, EV 1 of 4 done × 1,000 = 250 (SPI 0.5), AC 250 (CPI 1.0).
        put(DAY, ALPHA, 0, issues(1, 4, 250));
        // BETA: PV 4,500, EV 4,500 (SPI 1.0), AC 5,000 (CPI 0.9).
        put(DAY, BETA, 0, issues(4, 4, 5000));

        Trend trend = trends.of(portfolio(project("ALPHA", ALPHA, HALF_WAY), project("BETA", BETA, FINISHED)),
                Visibility.EVERYTHING, DAY, DAY);

        Trend.Point point = trend.points().get(0);
        assertThat(point.pv()).isEqualTo(is("5000.00"));
        assertThat(point.ev()).isEqualTo(is("4750.00"));
        assertThat(point.ac()).isEqualTo(is("5250.00"));
        // Averages would say SPI 0.75 and CPI 0.95.
        assertThat(point.spi()).isEqualTo(is("0.9500"));
        assertThat(point.cpi()).isEqualTo(is("0.9048"));
        assertThat(trend.currency()).contains("EUR");
        assertThat(trend.bac()).isEqualTo(is("5500.00"));
        assertThat(trend.scopeUnit()).isEqualTo(Trend.ScopeUnit.ISSUES);
        assertThat(point.scopeDone()).isEqualByComparingTo("5");
        assertThat(point.scopeTotal()).isEqualByComparingTo("8");
    }

    @Test
    void pvFollowsTheBaselineDayByDay() {
        for (int i = 0; i < 3; i++) {
            put(DAY.plusDays(i), ALPHA, 0, issues(0, 4, 0));
        }

        Trend trend = trends.of(portfolio(project("ALPHA", ALPHA, HALF_WAY)), Visibility.EVERYTHING, DAY,
                DAY.plusDays(2));

        assertThat(trend.points()).extracting(Trend.Point::pv)
                .containsExactly(is("500.00"), is("510.00"), is("520.00"));
        assertThat(trend.points()).extracting(Trend.Point::cpi).containsOnly(Optional.empty());
    }

    @Test
    void projectsTheReaderMayNotBrowseAreLeftOutOfTheSumsAndCounted() {
        put(DAY, ALPHA, 0, issues(1, 4, 250));
        put(DAY, BETA, 0, issues(4, 4, 5000));

        Trend trend = trends.of(portfolio(project("ALPHA", ALPHA, HALF_WAY), project("BETA", BETA, FINISHED)),
                seeing(Set.of(ALPHA), true), DAY, DAY);

        assertThat(trend.hiddenProjects()).isEqualTo(1);
        assertThat(trend.bac()).isEqualTo(is("1000.00"));
        Trend.Point point = trend.points().get(0);
        assertThat(point.pv()).isEqualTo(is("500.00"));
        assertThat(point.ev()).isEqualTo(is("250.00"));
        assertThat(point.spi()).isEqualTo(is("0.5000"));
        assertThat(point.scopeTotal()).isEqualByComparingTo("4");
    }

    @Test
    void issuesAtASecurityLevelTheReaderCannotSeeAreLeftOutAndEvIsMeasuredOnTheRest() {
        put(DAY, ALPHA, 0, issues(1, 2, 250));
        put(DAY, ALPHA, MANAGEMENT, issues(0, 2, 750));

        RollupScope scope = portfolio(project("ALPHA", ALPHA, HALF_WAY));
        Trend.Point all = trends.of(scope, seeing(Set.of(ALPHA), true), DAY, DAY).points().get(0);
        Trend.Point withoutLevel = trends.of(scope, seeing(Set.of(ALPHA), false), DAY, DAY).points().get(0);

        assertThat(all.scopeTotal()).isEqualByComparingTo("4");
        assertThat(all.ev()).isEqualTo(is("250.00"));
        assertThat(all.ac()).isEqualTo(is("1000.00"));
        assertThat(withoutLevel.scopeTotal()).isEqualByComparingTo("2");
        assertThat(withoutLevel.ev()).isEqualTo(is("500.00"));
        assertThat(withoutLevel.ac()).isEqualTo(is("250.00"));
    }

    @Test
    void currenciesThatMixLeaveMoneyAndIndicesUndefinedWithANote() {
        ProjectPlan dollars = new ProjectPlan(new BigDecimal("4500"), "USD", DAY.minusDays(100), DAY.minusDays(1),
                new BigDecimal("500"));
        put(DAY, ALPHA, 0, issues(1, 4, 250));
        put(DAY, BETA, 0, issues(4, 4, 5000));

        Trend trend = trends.of(portfolio(project("ALPHA", ALPHA, HALF_WAY), project("BETA", BETA, dollars)),
                Visibility.EVERYTHING, DAY, DAY);

        assertThat(trend.currency()).isEmpty();
        assertThat(trend.bac()).isEmpty();
        Trend.Point point = trend.points().get(0);
        assertThat(List.of(point.pv(), point.ev(), point.ac(), point.spi(), point.cpi())).containsOnly(Optional.empty());
        assertThat(point.scopeDone()).isEqualByComparingTo("5");
        assertThat(trend.notes()).anyMatch(note -> note.contains("different currencies (EUR, USD)"));
    }

    @Test
    void theBurnUpCountsPointsWhenEarnedValueIsMeasuredOnPoints() {
        put(DAY, ALPHA, 0, new FactSums(2, 5, 8.5, 20, 0, 0, null));

        Trend trend = trends.of(portfolio(project("ALPHA", ALPHA, HALF_WAY)), Visibility.EVERYTHING, DAY, DAY);

        assertThat(trend.scopeUnit()).isEqualTo(Trend.ScopeUnit.POINTS);
        assertThat(trend.points().get(0).scopeDone()).isEqualByComparingTo("8.5");
        assertThat(trend.points().get(0).scopeTotal()).isEqualByComparingTo("20");
        assertThat(trend.points().get(0).ev()).isEqualTo(is("425.00"));
    }

    @Test
    void theBurnUpCountsHoursWhenEarnedValueIsMeasuredOnTime() {
        put(DAY, ALPHA, 0, new FactSums(0, 5, 0, 0, 5400, 9000, null));

        Trend trend = trends.of(portfolio(project("ALPHA", ALPHA, HALF_WAY)), Visibility.EVERYTHING, DAY, DAY);

        assertThat(trend.scopeUnit()).isEqualTo(Trend.ScopeUnit.HOURS);
        assertThat(trend.points().get(0).scopeDone()).isEqualByComparingTo("1.5");
        assertThat(trend.points().get(0).scopeTotal()).isEqualByComparingTo("4");
    }

    @Test
    void daysWithoutASnapshotOfSomeProjectSumTheOthersAndSaySo() {
        put(DAY, ALPHA, 0, issues(1, 4, 250));
        put(DAY.plusDays(1), ALPHA, 0, issues(1, 4, 250));
        put(DAY.plusDays(1), GAMMA, 0, issues(0, 1, 0));

        Trend trend = trends.of(portfolio(project("ALPHA", ALPHA, HALF_WAY), project("GAMMA", GAMMA, HALF_WAY)),
                Visibility.EVERYTHING, DAY, DAY.plusDays(1));

        assertThat(trend.points()).extracting(Trend.Point::scopeTotal)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(BigDecimal.valueOf(4), BigDecimal.valueOf(5));
        assertThat(trend.notes()).contains("days without a snapshot of some project (they sum the projects that have"
                + " one): 1 of 2");
    }

    @Test
    void aProjectInTwoProgramsCountsOnce() {
        put(DAY, ALPHA, 0, issues(1, 4, 250));
        RollupScope program1 = new RollupScope("program-1", "1", RollupScope.Level.PROGRAM, 0, ProjectPlan.NONE,
                RagThresholds.DEFAULTS, List.of(project("ALPHA", ALPHA, HALF_WAY)));
        RollupScope program2 = new RollupScope("program-2", "2", RollupScope.Level.PROGRAM, 0, ProjectPlan.NONE,
                RagThresholds.DEFAULTS, List.of(project("ALPHA", ALPHA, HALF_WAY)));

        Trend trend = trends.of(portfolio(program1, program2), Visibility.EVERYTHING, DAY, DAY);

        assertThat(trend.points().get(0).scopeTotal()).isEqualByComparingTo("4");
        assertThat(trend.bac()).isEqualTo(is("1000.00"));
    }

    @Test
    void onlyTheAskedDaysAreRead() {
        for (int i = 0; i < 5; i++) {
            put(DAY.plusDays(i), ALPHA, 0, issues(i, 4, 0));
        }

        Trend trend = trends.of(portfolio(project("ALPHA", ALPHA, HALF_WAY)), Visibility.EVERYTHING,
                DAY.plusDays(1), DAY.plusDays(3));

        assertThat(trend.points()).extracting(Trend.Point::date)
                .containsExactly(DAY.plusDays(1), DAY.plusDays(2), DAY.plusDays(3));
    }

    @Test
    void aRangeBackwardsOrLongerThanTenYearsIsRefused() {
        RollupScope scope = portfolio(project("ALPHA", ALPHA, HALF_WAY));

        assertThatThrownBy(() -> trends.of(scope, Visibility.EVERYTHING, DAY, DAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trends.of(scope, Visibility.EVERYTHING, DAY, DAY.plusDays(Trends.MAX_DAYS)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(trends.of(scope, Visibility.EVERYTHING, DAY, DAY.plusDays(Trends.MAX_DAYS - 1)).points()).isEmpty();
    }
}
