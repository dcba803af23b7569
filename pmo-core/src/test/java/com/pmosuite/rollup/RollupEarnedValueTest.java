package com.pmosuite.rollup;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.pmosuite.rollup.FactBuilder.issue;
import static com.pmosuite.rollup.FactBuilder.subTask;
import static com.pmosuite.rollup.RollupEngineTest.ALPHA;
import static com.pmosuite.rollup.RollupEngineTest.BETA;
import static com.pmosuite.rollup.RollupEngineTest.GAMMA;
import static com.pmosuite.rollup.RollupEngineTest.TODAY;
import static com.pmosuite.rollup.RollupEngineTest.d;
import static com.pmosuite.rollup.RollupEngineTest.group;
import static com.pmosuite.rollup.RollupEngineTest.is;
import static com.pmosuite.rollup.RollupEngineTest.project;
import static org.assertj.core.api.Assertions.assertThat;

class RollupEarnedValueTest {
    /** 120 days from 1 January to 1 May 2026; today (2 March) is day 60. */
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate FINISH = LocalDate.of(2026, 5, 1);

    static final long DELTA = 1004;

    final ListFactStore store = new ListFactStore();
    final RollupEngine engine = new RollupEngine(store);

    RollupNode rollup(RollupScope scope) {
        engine.refresh();
        return engine.rollup(scope, Visibility.EVERYTHING, Map.of(), TODAY);
    }

    static ProjectPlan plan(String bac, String currency, String rate) {
        return new ProjectPlan(d(bac), currency, START, FINISH, rate == null ? null : d(rate));
    }

    /** The worked example of docs/evm.md: 4 of 10 points done, 450 hours logged at 100 an hour. */
    @Test
    void workedExampleFromPlanAndFacts() {
        store.with(issue(1, ALPHA).points(3).hours(0, 0, 200).done(TODAY.minusDays(3)).build(),
                issue(2, ALPHA).points(1).hours(0, 0, 100).done(TODAY.minusDays(2)).build(),
                issue(3, ALPHA).points(6).hours(0, 0, 100).inProgress().build(),
                subTask(4, ALPHA, 3).points(2).hours(0, 0, 50).build());

        RollupNode.Evm evm = rollup(project("ALPHA", ALPHA, plan("100000", "EUR", "100"))).evm();

        assertThat(evm.currency()).contains("EUR");
        assertThat(evm.basis()).isEqualTo(EvBasis.POINTS);
        assertThat(evm.bac()).isEqualTo(is("100000.00"));
        assertThat(evm.pv()).isEqualTo(is("50000.00"));
        assertThat(evm.ev()).isEqualTo(is("40000.00"));
        assertThat(evm.ac()).isEqualTo(is("45000.00"));
        assertThat(evm.sv()).isEqualTo(is("-10000.00"));
        assertThat(evm.cv()).isEqualTo(is("-5000.00"));
        assertThat(evm.spi()).isEqualTo(is("0.8000"));
        assertThat(evm.cpi()).isEqualTo(is("0.8889"));
        assertThat(evm.eac()).isEqualTo(is("112500.00"));
        assertThat(evm.etc()).isEqualTo(is("67500.00"));
        assertThat(evm.vac()).isEqualTo(is("-12500.00"));
        assertThat(evm.tcpi()).isEqualTo(is("1.0909"));
    }

    @Test
    void workedExampleIsRedOnScheduleAndAmberOnCostWithItsReasons() {
        store.with(issue(1, ALPHA).points(4).hours(0, 0, 450).done(TODAY).build(),
                issue(2, ALPHA).points(6).build());

        RollupNode.Rag rag = rollup(project("ALPHA", ALPHA, plan("100000", "EUR", "100"))).rag();

        assertThat(rag.status()).isEqualTo(RollupNode.RagStatus.RED);
        assertThat(rag.reasons()).containsExactly("SPI 0.80 < 0.85", "CPI 0.89 < 0.95",
                "overdue 0 of 1 open (0.0%) ≤ 10.0%");
    }

    @Test
    void plannedValueIsZeroBeforeTheBaselineAndTheBudgetAfterIt() {
        store.with(issue(1, ALPHA).build());
        engine.refresh();
        RollupScope early = project("ALPHA", ALPHA, new ProjectPlan(d("1000"), "EUR", TODAY, TODAY.plusDays(10), null));
        RollupScope late = project("ALPHA", ALPHA, new ProjectPlan(d("1000"), "EUR", START, TODAY, null));

        assertThat(engine.rollup(early, Visibility.EVERYTHING, Map.of(), TODAY).evm().pv()).isEqualTo(is("0.00"));
        assertThat(engine.rollup(late, Visibility.EVERYTHING, Map.of(), TODAY).evm().pv()).isEqualTo(is("1000.00"));
    }

    @Test
    void earnedValueFallsBackToTimeWithoutPointsAndToCountWithoutTime() {
        store.with(issue(1, ALPHA).hours(10, 3, 1).build(), issue(2, BETA).done(TODAY).build(),
                issue(3, BETA).build(), issue(4, BETA).build(), issue(5, BETA).build());

        RollupNode.Evm byTime = rollup(project("ALPHA", ALPHA, plan("1000", "EUR", null))).evm();
        RollupNode.Evm byCount = rollup(project("BETA", BETA, plan("1000", "EUR", null))).evm();

        assertThat(byTime.basis()).isEqualTo(EvBasis.TIME);
        // 1 h spent of 1 + 3
        assertThat(byTime.ev()).isEqualTo(is("250.00"));
        assertThat(byCount.basis()).isEqualTo(EvBasis.COUNT);
        assertThat(byCount.ev()).isEqualTo(is("250.00"));
    }

    @Test
    void actualCostFieldReplacesTheCostRateWhenAnyIssueHasIt() {
        store.with(issue(1, ALPHA).hours(0, 0, 10).actualCost("1200.50").build(),
                issue(2, ALPHA).hours(0, 0, 10).actualCost("99.495").build(),
                issue(3, ALPHA).hours(0, 0, 10).build());

        RollupNode.Evm evm = rollup(project("ALPHA", ALPHA, plan("10000", "EUR", "100"))).evm();

        // 1,200.50 + 99.50 (the field rounded to cents), not 30 h × 100
        assertThat(evm.ac()).isEqualTo(is("1300.00"));
    }

    @Test
    void withoutCostRateOrActualCostTheCostFiguresAreUndefined() {
        store.with(issue(1, ALPHA).points(2).done(TODAY).build(), issue(2, ALPHA).points(2).build());

        RollupNode node = rollup(project("ALPHA", ALPHA, plan("1000", "EUR", null)));

        assertThat(node.evm().ev()).isEqualTo(is("500.00"));
        assertThat(node.evm().ac()).isEmpty();
        assertThat(node.evm().cpi()).isEmpty();
        assertThat(node.evm().eac()).isEmpty();
        assertThat(node.evm().notes()).containsExactly("no cost rate and no actual cost: AC not defined");
        assertThat(node.rag().reasons()).contains("CPI not defined");
    }

    @Test
    void noLoggedTimeGivesZeroActualCostAndNoCostIndex() {
        store.with(issue(1, ALPHA).points(2).done(TODAY).build());

        RollupNode.Evm evm = rollup(project("ALPHA", ALPHA, plan("1000", "EUR", "80"))).evm();

        assertThat(evm.ac()).isEqualTo(is("0.00"));
        assertThat(evm.cpi()).isEmpty();
        assertThat(evm.tcpi()).isEqualTo(is("0.0000"));
    }

    @Test
    void aProjectWithoutPlanHasNoEarnedValueButStillRollsUp() {
        store.with(issue(1, ALPHA).done(TODAY).build(), issue(2, ALPHA).due(TODAY.minusDays(1)).build());

        RollupNode node = rollup(project("ALPHA", ALPHA));

        assertThat(node.evm().bac()).isEmpty();
        assertThat(node.evm().ev()).isEmpty();
        assertThat(node.evm().notes()).containsExactly("no budget at completion: earned value not defined");
        assertThat(node.counts().total()).isEqualTo(2);
        assertThat(node.rag().status()).isEqualTo(RollupNode.RagStatus.RED);
        // The crossed bound sets the colour, so it comes first.
        assertThat(node.rag().reasons()).containsExactly("overdue 1 of 1 open (100.0%) > 25.0%",
                "SPI not defined", "CPI not defined");
    }

    @Test
    void ragIsGreyWhenNothingCanBeJudged() {
        store.with(issue(1, ALPHA).done(TODAY).build());

        RollupNode.Rag rag = rollup(project("ALPHA", ALPHA)).rag();

        assertThat(rag.status()).isEqualTo(RollupNode.RagStatus.GREY);
        assertThat(rag.reasons()).containsExactly("SPI not defined", "CPI not defined",
                "no open issues: overdue share not judged");
    }

    /**
     * Both measured by count (no points, no time logged), costs from the actual-cost field. ALPHA: PV 500, EV 250,
     * AC 500 (SPI 0.5, CPI 0.5); BETA: PV 4,500, EV 4,500, AC 3,000 (SPI 1, CPI 1.5).
     */
    void twoProjectsHalfwayThroughTheirBaseline() {
        store.with(issue(1, ALPHA).actualCost("500").done(TODAY).build(), issue(2, ALPHA).build(),
                issue(3, ALPHA).build(), issue(4, ALPHA).build(),
                issue(5, BETA).actualCost("3000").done(TODAY).build(), issue(6, BETA).build());
    }

    @Test
    void programIndicesComeFromSummedValuesNotFromAveragedIndices() {
        twoProjectsHalfwayThroughTheirBaseline();
        RollupScope program = group(RollupScope.Level.PROGRAM, "program-1",
                project("ALPHA", ALPHA, plan("1000", "EUR", "100")), project("BETA", BETA, plan("9000", "EUR", "100")));

        RollupNode node = rollup(program);

        assertThat(node.children().get(0).evm().spi()).isEqualTo(is("0.5000"));
        assertThat(node.children().get(1).evm().cpi()).isEqualTo(is("1.5000"));
        assertThat(node.evm().bac()).isEqualTo(is("10000.00"));
        assertThat(node.evm().pv()).isEqualTo(is("5000.00"));
        assertThat(node.evm().ev()).isEqualTo(is("4750.00"));
        assertThat(node.evm().ac()).isEqualTo(is("3500.00"));
        // 4,750 / 5,000 and 4,750 / 3,500; the averages would be 0.75 and 1.0
        assertThat(node.evm().spi()).isEqualTo(is("0.9500"));
        assertThat(node.evm().cpi()).isEqualTo(is("1.3571"));
        assertThat(node.evm().basis()).isEqualTo(EvBasis.COUNT);
        assertThat(node.evm().currency()).contains("EUR");
    }

    @Test
    void moneyInDifferentCurrenciesIsNotSummed() {
        twoProjectsHalfwayThroughTheirBaseline();
        RollupScope program = group(RollupScope.Level.PROGRAM, "program-1",
                project("ALPHA", ALPHA, plan("1000", "EUR", "100")), project("BETA", BETA, plan("9000", "USD", "100")));

        RollupNode.Evm evm = rollup(program).evm();

        assertThat(evm.currency()).isEmpty();
        assertThat(List.of(evm.bac(), evm.pv(), evm.ev(), evm.ac(), evm.spi(), evm.cpi())).allMatch(o -> o.isEmpty());
        assertThat(evm.notes()).containsExactly("projects in different currencies (EUR, USD): money is not summed");
    }

    @Test
    void projectsWithoutBudgetAreLeftOutOfTheSumWithANote() {
        twoProjectsHalfwayThroughTheirBaseline();
        store.with(issue(7, GAMMA).build(), issue(8, DELTA).build());
        RollupScope portfolio = group(RollupScope.Level.PORTFOLIO, "portfolio-1",
                project("ALPHA", ALPHA, plan("1000", "EUR", "100")), project("BETA", BETA, plan("9000", "EUR", null)),
                project("GAMMA", GAMMA, plan("2000", "EUR", null)), project("DELTA", DELTA));

        RollupNode.Evm evm = rollup(portfolio).evm();

        // GAMMA earned nothing yet and has no cost rate nor cost field
        assertThat(evm.bac()).isEqualTo(is("12000.00"));
        assertThat(evm.ev()).isEqualTo(is("4750.00"));
        assertThat(evm.ac()).isEmpty();
        assertThat(evm.cpi()).isEmpty();
        assertThat(evm.notes()).containsExactly("1 of 4 projects have no budget and are left out",
                "AC not defined for 1 of 3 budgeted projects: not summed");
    }

    @Test
    void aProjectInTwoProgramsCountsOnceInThePortfolio() {
        twoProjectsHalfwayThroughTheirBaseline();
        RollupScope alpha = project("ALPHA", ALPHA, plan("1000", "EUR", "100"));
        RollupScope portfolio = group(RollupScope.Level.PORTFOLIO, "portfolio-1",
                group(RollupScope.Level.PROGRAM, "one", alpha), group(RollupScope.Level.PROGRAM, "two", alpha,
                        project("BETA", BETA, plan("9000", "EUR", "100"))));

        RollupNode root = rollup(portfolio);

        assertThat(root.counts().total()).isEqualTo(6);
        assertThat(root.evm().bac()).isEqualTo(is("10000.00"));
    }

    @Test
    void aProgramIsJudgedOnItsOwnSumsNotOnItsWorstProject() {
        twoProjectsHalfwayThroughTheirBaseline();
        RollupScope program = group(RollupScope.Level.PROGRAM, "program-1",
                project("ALPHA", ALPHA, plan("1000", "EUR", "100")), project("BETA", BETA, plan("9000", "EUR", "100")));

        RollupNode node = rollup(program);

        assertThat(node.children().get(0).rag().status()).isEqualTo(RollupNode.RagStatus.RED);
        assertThat(node.rag().status()).isEqualTo(RollupNode.RagStatus.GREEN);
        assertThat(node.rag().reasons()).containsExactly("SPI 0.95 ≥ 0.95", "CPI 1.36 ≥ 0.95",
                "overdue 0 of 4 open (0.0%) ≤ 10.0%");
    }
}
