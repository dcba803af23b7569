package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.plugin.portfolio.rest.PortfolioBody;
import com.pmosuite.portfolio.PlanFigures;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioMember;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.risk.RiskDraft;
import com.pmosuite.risk.RiskMatrix;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.SeverityBands;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryPortfolioStore;
import com.pmosuite.testkit.InMemoryProjectCatalog;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.pmosuite.plugin.platform.rest.JsonContract.assertMatches;

/**
 * Pins the bodies of a portfolio's risks to checked-in JSON under {@code contract/}: two 3x3 projects whose bands
 * disagree on some cells (so those cells have no single severity), one hidden project, money as decimal strings.
 */
class PortfolioRiskApiContractTest {
    private static final String GEMINI = "GEMINI";
    private static final String HERMES = "HERMES";

    private RiskRegister register;
    private Portfolio portfolio;

    @BeforeEach
    void createRegisterAndPortfolio() {
        InMemoryPeople people = InMemoryPeople.withAliceBobAndCarol();
        InMemoryRiskSettingsStore settings = new InMemoryRiskSettingsStore();
        settings.use(GEMINI, new RiskSettings(RiskMatrix.THREE_BY_THREE,
                SeverityBands.defaultsFor(RiskMatrix.THREE_BY_THREE)));
        settings.use(HERMES, new RiskSettings(RiskMatrix.THREE_BY_THREE, new SeverityBands(2, 4, 9)));
        register = new RiskRegister(new InMemoryRiskStore(), settings, people, FixedClock.atStart());
        register.create(GEMINI, risk("threat", 3, 2, null, null, "1000.00"), "alice");
        register.create(HERMES, risk("opportunity", 1, 2, 1, 1, "300.00"), "alice");
        portfolio = new Portfolios(new InMemoryPortfolioStore(), InMemoryProjectCatalog.withFourProjects(), people,
                FixedClock.atStart()).create(PmoJson.read("{\"name\": \"Digital Transformation\", "
                + "\"projects\": [{\"projectId\": 10000}]}", PortfolioBody.class).toDraft(), "alice");
    }

    @Test
    void aPortfolioHeatMapIsWrittenAsTheContractSays() {
        assertMatches("portfolio-risk-heatmap.json", PmoJson.write(PortfolioRiskViews.heatMap(portfolio, false, 1,
                register.combinedHeatMap(List.of(GEMINI, HERMES), false),
                Map.of(GEMINI, "Gemini", HERMES, "Hermes")::get)));
    }

    @Test
    void portfolioRiskTotalsAreWrittenAsTheContractSays() {
        List<PortfolioMember> members = List.of(member(10000, GEMINI, "Gemini"), member(10001, HERMES, "Hermes"));

        assertMatches("portfolio-risk-totals.json", PmoJson.write(PortfolioRiskViews.totals(portfolio, 1, members,
                register.totals(Set.of(GEMINI, HERMES)), register.exposure(Set.of(GEMINI, HERMES)))));
    }

    private static PortfolioMember member(long id, String key, String name) {
        return new PortfolioMember(id, key, name, 0, PortfolioMember.Joined.EXPLICIT, PlanFigures.NONE);
    }

    private static RiskDraft risk(String kind, int probability, int impact, Integer residualProbability,
                                  Integer residualImpact, String cost) {
        return new RiskDraft("A risk", null, null, null, null, kind, probability, impact, null, null, null, null,
                null, null, null, null, null, residualProbability, residualImpact, cost, null);
    }
}
