package com.pmosuite.risk.portfolio;

import com.pmosuite.portfolio.PlanFigures;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioFields;
import com.pmosuite.portfolio.PortfolioScope;
import com.pmosuite.portfolio.Program;
import com.pmosuite.portfolio.ProjectEntry;
import com.pmosuite.testkit.InMemoryProjectCatalog;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.pmosuite.testkit.PortfolioFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ProjectCurrenciesTest {
    private final InMemoryProjectCatalog catalog = InMemoryProjectCatalog.withFourProjects();

    @Test
    void aProjectsCurrencyIsItsOwnElseItsProgramsElseItsPortfolios() {
        PortfolioFields fields = new PortfolioFields("Money", null, null, "#0052cc",
                plan(null, "EUR", null, null, null),
                List.of(new Program(71, "Platform", null, null, plan(null, "GBP", null, null, null),
                        List.of(new ProjectEntry(10000, plan(null, "USD", null, null, null)),
                                new ProjectEntry(10001, PlanFigures.NONE)))),
                List.of(new ProjectEntry(10002, PlanFigures.NONE)),
                List.of(InMemoryProjectCatalog.DATA.id()));

        Map<String, String> currencies = ProjectCurrencies.of(PortfolioScope.resolve(
                new Portfolio(3, fields, 1, "alice", Instant.EPOCH), catalog.projects()));

        assertThat(currencies).containsOnly(entry("ALPHA", "USD"), entry("BETA", "GBP"), entry("GAMMA", "EUR"),
                entry("DELTA", "EUR"));
    }

    @Test
    void aProjectWhosePlanNamesNoCurrencyAtAnyLevelHasNone() {
        PortfolioFields fields = new PortfolioFields("No money", null, null, "#0052cc", PlanFigures.NONE,
                List.of(), List.of(new ProjectEntry(10000, PlanFigures.NONE),
                new ProjectEntry(10001, plan(null, "CHF", null, null, null))), List.of());

        Map<String, String> currencies = ProjectCurrencies.of(PortfolioScope.resolve(
                new Portfolio(4, fields, 1, "alice", Instant.EPOCH), catalog.projects()));

        assertThat(currencies).containsOnlyKeys("ALPHA", "BETA");
        assertThat(currencies.get("ALPHA")).isNull();
        assertThat(currencies.get("BETA")).isEqualTo("CHF");
    }
}
