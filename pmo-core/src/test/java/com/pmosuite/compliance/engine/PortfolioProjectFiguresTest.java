package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.engine.ProjectFigures.Figures;
import com.pmosuite.facts.StatusCategory;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioDraft;
import com.pmosuite.portfolio.PortfolioFields;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.portfolio.ProjectEntry;
import com.pmosuite.rollup.RollupEngine;
import com.pmosuite.rollup.RollupNode;
import com.pmosuite.rollup.Visibility;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryIssueFactStore;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryPortfolioStore;
import com.pmosuite.testkit.InMemoryProjectCatalog;
import com.pmosuite.testkit.IssueFactFixture;
import com.pmosuite.testkit.PortfolioFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.pmosuite.testkit.PortfolioFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

/** Plan figures resolved project → program → portfolio, and SPI/CPI as the project's rollup computes them. */
class PortfolioProjectFiguresTest {
    private static final long ALPHA = InMemoryProjectCatalog.ALPHA.id();
    private static final long BETA = InMemoryProjectCatalog.BETA.id();
    private static final long GAMMA = InMemoryProjectCatalog.GAMMA.id();
    private static final long DELTA = InMemoryProjectCatalog.DELTA.id();
    private static final LocalDate TODAY = FixedClock.TODAY;

    private final InMemoryProjectCatalog catalog = InMemoryProjectCatalog.withFourProjects();
    private final Portfolios portfolios = new Portfolios(new InMemoryPortfolioStore(), catalog,
            InMemoryPeople.withAliceBobAndCarol(), FixedClock.atStart());
    private final InMemoryIssueFactStore facts = new InMemoryIssueFactStore();
    private final RollupEngine engine = new RollupEngine(facts);
    private final PortfolioProjectFigures figures = new PortfolioProjectFigures(portfolios, engine);

    private Portfolio create(PortfolioFields fields) {
        return portfolios.create(PortfolioDraft.of(fields), "alice");
    }

    private Map<Long, Figures> figuresOf(Long... projects) {
        return figures.of(List.of(projects), TODAY);
    }

    @Test
    void aProjectsPlanFallsBackToItsProgramThenItsPortfolio() {
        create(PortfolioFixtures.digitalTransformation());

        Map<Long, Figures> found = figuresOf(ALPHA, BETA, GAMMA, DELTA);

        assertThat(found.get(ALPHA).budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("120000"));
        assertThat(found.get(ALPHA).baselineStart()).contains(LocalDate.of(2026, 1, 1));
        assertThat(found.get(ALPHA).baselineFinish()).contains(LocalDate.of(2026, 12, 31));
        assertThat(found.get(BETA).budget()).isEmpty();
        assertThat(found.get(BETA).baselineStart()).contains(LocalDate.of(2026, 1, 1));
        assertThat(found.get(GAMMA).baselineStart()).contains(LocalDate.of(2026, 3, 1));
        // DELTA joined by category: the portfolio's defaults only.
        assertThat(found.get(DELTA).budget()).isEmpty();
        assertThat(found.get(DELTA).baselineFinish()).contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aProjectInNoPortfolioHasNoFigures() {
        assertThat(figuresOf(ALPHA)).containsEntry(ALPHA, Figures.NONE);
    }

    @Test
    void theFirstPortfolioThatPlansTheProjectFullyCounts() {
        create(portfolioWith(new ProjectEntry(BETA, plan(null, "EUR", "2026-01-01", "2026-12-31", null))));
        create(portfolioWith(new ProjectEntry(BETA, plan("5000.00", "EUR", "2026-02-01", "2026-11-30", null))));
        create(portfolioWith(new ProjectEntry(BETA, plan("9000.00", "EUR", "2026-01-15", "2026-10-31", null))));

        Figures beta = figuresOf(BETA).get(BETA);

        assertThat(beta.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("5000"));
        assertThat(beta.baselineStart()).contains(LocalDate.of(2026, 2, 1));
    }

    @Test
    void withoutAFullPlanAnywhereTheLowestPortfolioCounts() {
        create(portfolioWith(new ProjectEntry(BETA, plan(null, "EUR", "2026-01-01", null, null))));
        create(portfolioWith(new ProjectEntry(BETA, plan("5000.00", "EUR", null, null, null))));

        Figures beta = figuresOf(BETA).get(BETA);

        assertThat(beta.budget()).isEmpty();
        assertThat(beta.baselineStart()).contains(LocalDate.of(2026, 1, 1));
    }

    @Test
    void indicesAreThoseOfTheProjectsOwnRollupOverEveryIssue() {
        Portfolio portfolio = create(PortfolioFixtures.digitalTransformation());
        Instant resolved = Instant.parse("2026-02-20T10:00:00Z");
        facts.upsert(List.of(IssueFactFixture.story(1, ALPHA),
                IssueFactFixture.withStatus(IssueFactFixture.story(2, ALPHA), StatusCategory.DONE, resolved),
                IssueFactFixture.withStatus(IssueFactFixture.story(3, ALPHA), StatusCategory.DONE, resolved)));

        Figures alpha = figuresOf(ALPHA).get(ALPHA);

        engine.refresh();
        RollupNode expected = engine.rollup(portfolios.scope(portfolio), Visibility.EVERYTHING, Map.of(), TODAY)
                .children().stream().flatMap(n -> n.level() == RollupNode.Level.PROJECT ? java.util.stream.Stream.of(n)
                        : n.children().stream()).filter(n -> n.key().equals("ALPHA")).findFirst().orElseThrow();
        assertThat(alpha.spi()).isPresent().isEqualTo(expected.evm().spi());
        assertThat(alpha.cpi()).isPresent().isEqualTo(expected.evm().cpi());
    }

    @Test
    void aProjectWithoutBudgetHasNoIndices() {
        create(PortfolioFixtures.digitalTransformation());
        facts.upsert(List.of(IssueFactFixture.story(1, BETA)));

        Figures beta = figuresOf(BETA).get(BETA);

        assertThat(beta.spi()).isEqualTo(Optional.empty());
        assertThat(beta.cpi()).isEmpty();
    }

    private static PortfolioFields portfolioWith(ProjectEntry entry) {
        PortfolioFields named = PortfolioFixtures.named("Portfolio");
        return new PortfolioFields(named.name(), null, null, named.colour(), named.defaults(), List.of(),
                List.of(entry), List.of());
    }
}
