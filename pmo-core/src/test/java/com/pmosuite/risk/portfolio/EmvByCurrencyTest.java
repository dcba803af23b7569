package com.pmosuite.risk.portfolio;

import com.pmosuite.risk.RiskExposure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmvByCurrencyTest {
    private static final Map<String, String> CURRENCIES = new HashMap<>();

    static {
        CURRENCIES.put("ALPHA", "EUR");
        CURRENCIES.put("BETA", "USD");
        CURRENCIES.put("GAMMA", "EUR");
        CURRENCIES.put("DELTA", null);
    }

    @Test
    void projectsPlanningInOneCurrencyAreAddedUpAndOthersNever() {
        List<CurrencyTotal> totals = EmvByCurrency.of(List.of("ALPHA", "BETA", "GAMMA"), CURRENCIES::get, Map.of(
                "ALPHA", exposure("1000.00", "250.50"),
                "BETA", exposure("7.00", "0.00"),
                "GAMMA", exposure("0.10", "99.50")));

        assertThat(totals).containsExactly(
                new CurrencyTotal("EUR", List.of("ALPHA", "GAMMA"), money("1000.10"), money("350.00"),
                        money("-650.10")),
                new CurrencyTotal("USD", List.of("BETA"), money("7.00"), money("0.00"), money("-7.00")));
    }

    @Test
    void projectsWithoutACurrencyAreSummedApartAndListedLast() {
        List<CurrencyTotal> totals = EmvByCurrency.of(List.of("DELTA", "BETA"), CURRENCIES::get, Map.of(
                "DELTA", exposure("10.00", "30.00"),
                "BETA", exposure("5.00", "0.00")));

        assertThat(totals).extracting(CurrencyTotal::currency).containsExactly("USD", null);
        assertThat(totals.get(1)).isEqualTo(new CurrencyTotal(null, List.of("DELTA"), money("10.00"),
                money("30.00"), money("20.00")));
    }

    @Test
    void aCurrencyWhoseProjectsHaveNoValuedRiskStillHasATotalOfZero() {
        List<CurrencyTotal> totals = EmvByCurrency.of(List.of("BETA"), CURRENCIES::get, Map.of());

        assertThat(totals).containsExactly(new CurrencyTotal("USD", List.of("BETA"), money("0.00"), money("0.00"),
                money("0.00")));
    }

    @Test
    void noProjectsGiveNoTotals() {
        assertThat(EmvByCurrency.of(List.of(), CURRENCIES::get, Map.of())).isEmpty();
    }

    @Test
    void aProjectListedTwiceCountsOnce() {
        List<CurrencyTotal> totals = EmvByCurrency.of(List.of("ALPHA", "ALPHA"), CURRENCIES::get,
                Map.of("ALPHA", exposure("1.00", "0.00")));

        assertThat(totals).containsExactly(new CurrencyTotal("EUR", List.of("ALPHA"), money("1.00"), money("0.00"),
                money("-1.00")));
    }

    private static RiskExposure exposure(String threats, String opportunities) {
        return new RiskExposure(money(threats), money(opportunities));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
