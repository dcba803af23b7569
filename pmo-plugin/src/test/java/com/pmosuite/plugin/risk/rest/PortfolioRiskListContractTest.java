package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.plugin.portfolio.rest.PortfolioBody;
import com.pmosuite.portfolio.PlanFigures;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioMember;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskAssessment;
import com.pmosuite.risk.RiskDraft;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.portfolio.PortfolioRiskFilter;
import com.pmosuite.risk.portfolio.PortfolioRisks;
import com.pmosuite.shared.PageRequest;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryPortfolioStore;
import com.pmosuite.testkit.InMemoryProjectCatalog;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static com.pmosuite.plugin.platform.rest.JsonContract.assertMatches;

/**
 * Pins a portfolio's risk list and summary to checked-in JSON under {@code contract/}: GEMINI plans in EUR, HERMES
 * names no currency, one project is hidden; one risk is overdue for review and one has a residual assessment.
 */
class PortfolioRiskListContractTest {
    private static final String GEMINI = "GEMINI";
    private static final String HERMES = "HERMES";
    private static final Map<String, String> CURRENCIES = new java.util.HashMap<>(Map.of(GEMINI, "EUR"));

    private PortfolioRisks risks;
    private RiskRegister register;
    private Portfolio portfolio;
    private final InMemoryPeople people = InMemoryPeople.withAliceBobAndCarol();

    @BeforeEach
    void createRisksAndPortfolio() {
        InMemoryRiskStore store = new InMemoryRiskStore();
        register = new RiskRegister(store, new InMemoryRiskSettingsStore(), people, FixedClock.atStart());
        risks = new PortfolioRisks(register, store);
        register.create(GEMINI, risk("threat", 4, 5, null, null, "1000.00", "alice", "2026-02-20"), "alice");
        register.create(HERMES, risk("opportunity", 2, 3, 1, 1, "300.00", null, "2026-04-01"), "alice");
        portfolio = new Portfolios(new InMemoryPortfolioStore(), InMemoryProjectCatalog.withFourProjects(), people,
                FixedClock.atStart()).create(PmoJson.read("{\"name\": \"Digital Transformation\", "
                + "\"projects\": [{\"projectId\": 10000}]}", PortfolioBody.class).toDraft(), "alice");
    }

    @Test
    void aPortfolioRiskListIsWrittenAsTheContractSays() {
        var page = risks.list(List.of(GEMINI, HERMES), PortfolioRiskFilter.ALL, PageRequest.first(50));

        assertMatches("portfolio-risk-list.json", PmoJson.write(PortfolioRiskViews.list(portfolio, 1, page,
                context(page.items()))));
    }

    @Test
    void aPortfolioRiskSummaryIsWrittenAsTheContractSays() {
        List<String> keys = List.of(GEMINI, HERMES);
        List<Risk> top = risks.top(keys, 10);
        var overdue = risks.overdue(keys, PageRequest.first(10));
        List<Risk> listed = new ArrayList<>(top);
        listed.addAll(overdue.items());

        assertMatches("portfolio-risk-summary.json", PmoJson.write(PortfolioRiskViews.summary(portfolio, 1,
                risks.today(), List.of(member(10000, GEMINI, "Gemini"), member(10001, HERMES, "Hermes")),
                risks.emvByCurrency(keys, CURRENCIES::get), top, overdue, context(listed))));
    }

    private PortfolioRiskViews.RowContext context(Collection<Risk> listed) {
        Map<Long, RiskAssessment> assessed = risks.assess(listed);
        return new PortfolioRiskViews.RowContext() {
            @Override
            public String projectName(String projectKey) {
                return projectKey.equals(GEMINI) ? "Gemini" : "Hermes";
            }

            @Override
            public String currency(String projectKey) {
                return CURRENCIES.get(projectKey);
            }

            @Override
            public String personName(String userKey) {
                return people.byKey(userKey).map(p -> p.displayName()).orElse(userKey);
            }

            @Override
            public RiskAssessment assessment(Risk risk) {
                return assessed.get(risk.id());
            }
        };
    }

    private static PortfolioMember member(long id, String key, String name) {
        return new PortfolioMember(id, key, name, 0, PortfolioMember.Joined.EXPLICIT, PlanFigures.NONE);
    }

    private static RiskDraft risk(String kind, int probability, int impact, Integer residualProbability,
                                  Integer residualImpact, String cost, String owner, String nextReview) {
        return new RiskDraft("A " + kind, null, null, null, null, kind, probability, impact, owner, null, null, null,
                null, null, null, null, nextReview, residualProbability, residualImpact, cost, null);
    }
}
