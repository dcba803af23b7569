package com.pmosuite.risk.portfolio;

import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskMatrix;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.RiskSort;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.Severity;
import com.pmosuite.risk.SeverityBands;
import com.pmosuite.shared.Page;
import com.pmosuite.shared.PageRequest;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static com.pmosuite.testkit.RiskDraftFixture.anOpportunity;
import static org.assertj.core.api.Assertions.assertThat;

class PortfolioRisksTest {
    private static final List<String> VISIBLE = List.of("ALPHA", "BETA");
    private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_LIMIT);

    private final InMemoryRiskStore store = new InMemoryRiskStore();
    private final InMemoryRiskSettingsStore settings = new InMemoryRiskSettingsStore();
    private final RiskRegister register = new RiskRegister(store, settings, InMemoryPeople.withAliceBobAndCarol(),
            FixedClock.atStart());
    private final PortfolioRisks risks = new PortfolioRisks(register, store);

    @Test
    void theListHoldsOnlyTheVisibleProjectsRisks() {
        Risk alpha = stored("ALPHA", aThreat());
        Risk beta = stored("BETA", anOpportunity());
        stored("HIDDEN", aThreat());

        Page<Risk> page = risks.list(VISIBLE, PortfolioRiskFilter.ALL, ALL);

        assertThat(page.items()).containsExactlyInAnyOrder(alpha, beta);
    }

    @Test
    void aProjectFilterNarrowsTheVisibleProjectsAndCannotReachAHiddenOne() {
        Risk beta = stored("BETA", aThreat());
        stored("ALPHA", aThreat());
        stored("HIDDEN", aThreat());

        Page<Risk> page = risks.list(VISIBLE, new PortfolioRiskFilter(Set.of("BETA", "HIDDEN"), Set.of(), Set.of(),
                null, false, RiskSort.SCORE, true), ALL);

        assertThat(page.items()).containsExactly(beta);
    }

    @Test
    void aSeverityMeansEachRisksSeverityUnderItsOwnProjectsBands() {
        // Score 12 is high on the default bands and critical on BETA's stricter ones.
        settings.use("BETA", new RiskSettings(RiskMatrix.FIVE_BY_FIVE, new SeverityBands(3, 6, 12)));
        Risk alphaTwelve = stored("ALPHA", aThreat().withProbability(3).withImpact(4));
        Risk betaTwelve = stored("BETA", aThreat().withProbability(3).withImpact(4));
        Risk alphaTwenty = stored("ALPHA", aThreat().withProbability(4).withImpact(5));

        Page<Risk> critical = risks.list(VISIBLE, new PortfolioRiskFilter(Set.of(), Set.of(), Set.of(Severity.CRITICAL),
                null, false, RiskSort.SCORE, true), ALL);
        Page<Risk> high = risks.list(VISIBLE, new PortfolioRiskFilter(Set.of(), Set.of(), Set.of(Severity.HIGH),
                null, false, RiskSort.SCORE, true), ALL);

        assertThat(critical.items()).containsExactly(alphaTwenty, betaTwelve);
        assertThat(high.items()).containsExactly(alphaTwelve);
    }

    @Test
    void topRisksAreLiveOnesByInherentScoreHighestFirst() {
        stored("ALPHA", aThreat().withProbability(5).withImpact(5).withStatus(RiskStatus.CLOSED));
        Risk twenty = stored("BETA", aThreat().withProbability(4).withImpact(5));
        Risk sixteen = stored("ALPHA", aThreat().withProbability(4).withImpact(4).withStatus(RiskStatus.MONITORING));
        stored("ALPHA", aThreat().withProbability(1).withImpact(1));

        assertThat(risks.top(VISIBLE, 2)).containsExactly(twenty, sixteen);
    }

    @Test
    void overdueReviewsAreLiveRisksReviewedBeforeTodayLongestOverdueFirst() {
        Risk yesterday = stored("ALPHA", aThreat().withNextReviewDate(FixedClock.TODAY.minusDays(1)));
        Risk lastMonth = stored("BETA", aThreat().withNextReviewDate(FixedClock.TODAY.minusMonths(1)));
        stored("ALPHA", aThreat().withNextReviewDate(FixedClock.TODAY));
        stored("BETA", aThreat().withNextReviewDate(FixedClock.TODAY.minusDays(3)).withStatus(RiskStatus.CLOSED));
        stored("HIDDEN", aThreat().withNextReviewDate(FixedClock.TODAY.minusDays(9)));

        Page<Risk> overdue = risks.overdue(VISIBLE, ALL);

        assertThat(overdue.items()).containsExactly(lastMonth, yesterday);
        assertThat(overdue.total()).isEqualTo(2);
    }

    @Test
    void anOverdueFilterWithOnlyClosedStatusesFindsNothing() {
        stored("ALPHA", aThreat().withNextReviewDate(FixedClock.TODAY.minusDays(3)).withStatus(RiskStatus.CLOSED));

        Page<Risk> page = risks.list(VISIBLE, new PortfolioRiskFilter(Set.of(), Set.of(RiskStatus.CLOSED), Set.of(),
                null, true, RiskSort.SCORE, true), ALL);

        assertThat(page.total()).isZero();
    }

    @Test
    void emvIsAddedUpPerCurrencyOverLiveRisksOnly() {
        // 5x5: probability 3 stands for 50%, 1 for 10%.
        stored("ALPHA", aThreat().withProbability(3).withCostImpact("1000.00"));
        stored("ALPHA", anOpportunity().withProbability(1).withCostImpact("500.00"));
        stored("BETA", aThreat().withProbability(3).withCostImpact("80.00"));
        stored("BETA", aThreat().withProbability(3).withCostImpact("999.00").withStatus(RiskStatus.CLOSED));
        Map<String, String> currencies = Map.of("ALPHA", "EUR", "BETA", "USD");

        List<CurrencyTotal> totals = risks.emvByCurrency(VISIBLE, currencies::get);

        assertThat(totals).containsExactly(
                new CurrencyTotal("EUR", List.of("ALPHA"), money("500.00"), money("50.00"), money("-450.00")),
                new CurrencyTotal("USD", List.of("BETA"), money("40.00"), money("0.00"), money("-40.00")));
    }

    @Test
    void bothHeatMapsCountEachLiveRiskOnceInItsCell() {
        stored("ALPHA", aThreat().withProbability(5).withImpact(5).withResidual(2, 2));
        stored("BETA", aThreat().withProbability(5).withImpact(5));
        stored("BETA", aThreat().withProbability(1).withImpact(1).withStatus(RiskStatus.CLOSED));

        PortfolioRisks.HeatMaps maps = risks.heatMaps(VISIBLE);

        assertThat(countIn(maps.inherent(), 5, 5)).isEqualTo(2);
        assertThat(countIn(maps.residual(), 5, 5)).isEqualTo(1);
        assertThat(countIn(maps.residual(), 2, 2)).isEqualTo(1);
        assertThat(countIn(maps.inherent(), 1, 1)).isZero();
    }

    private static int countIn(com.pmosuite.risk.CombinedHeatMap map, int probability, int impact) {
        return map.scales().get(0).cells().stream()
                .filter(c -> c.probability() == probability && c.impact() == impact)
                .mapToInt(com.pmosuite.risk.CombinedHeatMap.Cell::count).sum();
    }

    private Risk stored(String project, RiskDraftFixture draft) {
        return store.create(project, draft.fields(), "alice", FixedClock.START);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
