package com.pmosuite.portfolio;

import com.pmosuite.rollup.ProjectPlan;
import com.pmosuite.rollup.RagThresholds;
import com.pmosuite.rollup.RollupScope;
import com.pmosuite.testkit.InMemoryProjectCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.pmosuite.testkit.InMemoryProjectCatalog.ALPHA;
import static com.pmosuite.testkit.InMemoryProjectCatalog.BETA;
import static com.pmosuite.testkit.InMemoryProjectCatalog.DELTA;
import static com.pmosuite.testkit.InMemoryProjectCatalog.GAMMA;
import static com.pmosuite.testkit.PortfolioFixtures.STRICT;
import static com.pmosuite.testkit.PortfolioFixtures.digitalTransformation;
import static com.pmosuite.testkit.PortfolioFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PortfolioScopeTest {
    private final InMemoryProjectCatalog catalog = InMemoryProjectCatalog.withFourProjects();

    private static Portfolio stored(PortfolioFields fields) {
        List<Program> programs = new java.util.ArrayList<>();
        for (int i = 0; i < fields.programs().size(); i++) {
            programs.add(fields.programs().get(i).withId(70 + i));
        }
        return new Portfolio(3, fields.withPrograms(programs), 1, "alice", Instant.EPOCH);
    }

    @Test
    void theTreeIsPortfolioThenProgramsWithTheirProjectsThenDirectProjects() {
        RollupScope scope = PortfolioScope.resolve(stored(digitalTransformation()), catalog.projects());

        assertThat(scope.key()).isEqualTo("portfolio-3");
        assertThat(scope.level()).isEqualTo(RollupScope.Level.PORTFOLIO);
        assertThat(scope.name()).isEqualTo("Digital Transformation");
        assertThat(scope.children()).extracting(RollupScope::key, RollupScope::level, RollupScope::projectId)
                .containsExactly(tuple("program-70", RollupScope.Level.PROGRAM, 0L),
                        tuple("GAMMA", RollupScope.Level.PROJECT, GAMMA.id()),
                        tuple("DELTA", RollupScope.Level.PROJECT, DELTA.id()));
        assertThat(scope.children().get(0).children()).extracting(RollupScope::key, RollupScope::name)
                .containsExactly(tuple("ALPHA", "Apollo Platform"), tuple("BETA", "Billing Revamp"));
    }

    @Test
    void eachPlanFigureComesFromTheProjectElseItsProgramElseThePortfolio() {
        RollupScope scope = PortfolioScope.resolve(stored(digitalTransformation()), catalog.projects());
        RollupScope alpha = scope.children().get(0).children().get(0);
        RollupScope beta = scope.children().get(0).children().get(1);

        // ALPHA: its own BAC; the program's cost rate; the portfolio's currency and baseline.
        assertThat(alpha.plan()).isEqualTo(new ProjectPlan(new BigDecimal("120000.00"), "EUR",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("95.00")));
        // BETA has nothing of its own: no BAC anywhere, so BAC stays undefined.
        assertThat(beta.plan()).isEqualTo(new ProjectPlan(null, "EUR", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), new BigDecimal("95.00")));
    }

    @Test
    void aDirectProjectSkipsTheProgramLevel() {
        RollupScope gamma = PortfolioScope.resolve(stored(digitalTransformation()), catalog.projects())
                .children().get(1);

        assertThat(gamma.plan()).isEqualTo(new ProjectPlan(new BigDecimal("50000.00"), "USD",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30), new BigDecimal("80.00")));
    }

    @Test
    void aProjectJoinedByCategoryGetsThePortfolioDefaults() {
        RollupScope delta = PortfolioScope.resolve(stored(digitalTransformation()), catalog.projects())
                .children().get(2);

        assertThat(delta.plan()).isEqualTo(new ProjectPlan(null, "EUR", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), new BigDecimal("80.00")));
    }

    @Test
    void thresholdsComeFromTheNearestLevelThatSetsThemElseTheDefaults() {
        PortfolioFields base = digitalTransformation();
        PlanFigures strictProgram = new PlanFigures(null, null, null, null, null, STRICT);
        RagThresholds loose = new RagThresholds(new BigDecimal("0.80"), new BigDecimal("0.70"),
                new BigDecimal("0.80"), new BigDecimal("0.70"), new BigDecimal("0.30"), new BigDecimal("0.50"));
        Program platform = base.programs().get(0);
        PortfolioFields fields = base.withPrograms(List.of(new Program(0, platform.name(), null, null, strictProgram,
                List.of(new ProjectEntry(ALPHA.id(), new PlanFigures(null, null, null, null, null, loose)),
                        new ProjectEntry(BETA.id(), PlanFigures.NONE)))));

        RollupScope scope = PortfolioScope.resolve(stored(fields), catalog.projects());

        assertThat(scope.thresholds()).isEqualTo(RagThresholds.DEFAULTS);
        assertThat(scope.children().get(0).thresholds()).isEqualTo(STRICT);
        assertThat(scope.children().get(0).children()).extracting(RollupScope::thresholds)
                .containsExactly(loose, STRICT);
        assertThat(scope.children().get(1).thresholds()).isEqualTo(RagThresholds.DEFAULTS);
    }

    @Test
    void aChosenProjectOfAChosenCategoryAppearsOnceWhereItWasChosen() {
        PortfolioFields base = digitalTransformation();
        PortfolioFields fields = new PortfolioFields(base.name(), null, null, base.colour(), base.defaults(),
                base.programs(), base.projects(), List.of(InMemoryProjectCatalog.PLATFORM.id()));

        List<PortfolioMember> members = PortfolioScope.members(stored(fields), catalog.projects());

        assertThat(members).extracting(PortfolioMember::projectKey, PortfolioMember::programId,
                        PortfolioMember::joined)
                .containsExactly(tuple("ALPHA", 70L, PortfolioMember.Joined.EXPLICIT),
                        tuple("BETA", 70L, PortfolioMember.Joined.EXPLICIT),
                        tuple("GAMMA", 0L, PortfolioMember.Joined.EXPLICIT));
    }

    @Test
    void aProjectMovedIntoAChosenCategoryJoinsAndOneMovedOutLeaves() {
        Portfolio portfolio = stored(digitalTransformation());
        catalog.put(new ProjectCatalog.Project(DELTA.id(), DELTA.key(), DELTA.name(), null));
        catalog.put(new ProjectCatalog.Project(10009, "EPSILON", "Edge Analytics", InMemoryProjectCatalog.DATA.id()));

        assertThat(PortfolioScope.members(portfolio, catalog.projects()))
                .extracting(PortfolioMember::projectKey, PortfolioMember::joined)
                .containsExactly(tuple("ALPHA", PortfolioMember.Joined.EXPLICIT),
                        tuple("BETA", PortfolioMember.Joined.EXPLICIT),
                        tuple("GAMMA", PortfolioMember.Joined.EXPLICIT),
                        tuple("EPSILON", PortfolioMember.Joined.CATEGORY));
    }

    @Test
    void categoryProjectsAreOrderedByName() {
        PortfolioFields fields = new PortfolioFields("By category", null, null, "#000000", PlanFigures.NONE,
                List.of(), List.of(), List.of(InMemoryProjectCatalog.PLATFORM.id()));

        assertThat(PortfolioScope.members(stored(fields), catalog.projects()))
                .extracting(PortfolioMember::projectName).containsExactly("Apollo Platform", "Billing Revamp");
    }

    @Test
    void aDeletedProjectIsLeftOutAndAnEmptyProgramStays() {
        catalog.remove(ALPHA.id()).remove(BETA.id());

        RollupScope scope = PortfolioScope.resolve(stored(digitalTransformation()), catalog.projects());

        assertThat(scope.children().get(0).key()).isEqualTo("program-70");
        assertThat(scope.children().get(0).children()).isEmpty();
    }

    @Test
    void aPortfolioWithoutAnyPlanGivesProjectsNoPlanAndDefaultThresholds() {
        PortfolioFields fields = new PortfolioFields("Bare", null, null, "#000000", PlanFigures.NONE, List.of(),
                List.of(new ProjectEntry(GAMMA.id(), PlanFigures.NONE)), List.of());

        RollupScope gamma = PortfolioScope.resolve(stored(fields), catalog.projects()).children().get(0);

        assertThat(gamma.plan()).isEqualTo(ProjectPlan.NONE);
        assertThat(gamma.thresholds()).isEqualTo(RagThresholds.DEFAULTS);
    }

    @Test
    void planFiguresFallBackFieldByFieldNotAsAWhole() {
        PlanFigures own = plan("10.00", null, null, "2026-05-01", null);
        PlanFigures fallback = plan("99.00", "CHF", "2026-01-01", "2026-12-31", "70.00");

        assertThat(own.orElse(fallback)).isEqualTo(plan("10.00", "CHF", "2026-01-01", "2026-05-01", "70.00"));
    }

    @Test
    void aProjectsPlanCurrencyIsTheOneItsPortfolioResolvesForIt() {
        List<Portfolio> portfolios = List.of(stored(digitalTransformation()));

        assertThat(PortfolioScope.planCurrency(ALPHA.id(), portfolios, catalog.projects())).contains("EUR");
        assertThat(PortfolioScope.planCurrency(GAMMA.id(), portfolios, catalog.projects())).contains("USD");
    }

    @Test
    void aProjectInNoPortfolioHasNoPlanCurrency() {
        PortfolioFields onlyGamma = new PortfolioFields("Gamma only", null, null, "#000000",
                plan(null, "CHF", null, null, null), List.of(), List.of(new ProjectEntry(GAMMA.id(), PlanFigures.NONE)),
                List.of());

        assertThat(PortfolioScope.planCurrency(ALPHA.id(), List.of(stored(onlyGamma)), catalog.projects())).isEmpty();
    }

    @Test
    void portfoliosThatDisagreeOnAProjectsCurrencyGiveItNone() {
        PortfolioFields inFrancs = new PortfolioFields("In francs", null, null, "#000000",
                plan(null, "CHF", null, null, null), List.of(), List.of(new ProjectEntry(ALPHA.id(), PlanFigures.NONE)),
                List.of());
        PortfolioFields silent = new PortfolioFields("No currency", null, null, "#000000", PlanFigures.NONE,
                List.of(), List.of(new ProjectEntry(ALPHA.id(), PlanFigures.NONE)), List.of());

        assertThat(PortfolioScope.planCurrency(ALPHA.id(),
                List.of(stored(digitalTransformation()), stored(inFrancs)), catalog.projects())).isEmpty();
        assertThat(PortfolioScope.planCurrency(ALPHA.id(), List.of(stored(inFrancs), stored(silent)),
                catalog.projects())).as("a portfolio without a currency does not disagree").contains("CHF");
    }
}
