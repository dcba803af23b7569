package com.pmosuite.risk.portfolio;

import com.pmosuite.risk.RiskExposure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Adds up the risk exposure of a portfolio's projects one currency at a time. Amounts in different currencies are
 * never added to each other (there is no exchange rate to add them by), and projects whose plan names no currency
 * are summed apart, under a {@code null} currency, because nobody can say which of the others they belong to.
 */
public final class EmvByCurrency {
    private static final int CENTS = 2;

    private EmvByCurrency() {
    }

    /**
     * One total per currency the projects plan in, ordered by currency code with the {@code null} currency last; a
     * currency whose projects have no valued live risk still has its total, of zero.
     *
     * @param projectKeys the projects to count, in the order their keys are listed in each total
     * @param currencyOf  each project's plan currency, {@code null} when its plan names none
     * @param exposure    each project's exposure; a project without an entry has none
     */
    public static List<CurrencyTotal> of(List<String> projectKeys, Function<String, String> currencyOf,
                                         Map<String, RiskExposure> exposure) {
        Map<String, List<String>> keysByCurrency = new LinkedHashMap<>();
        Map<String, RiskExposure> sums = new LinkedHashMap<>();
        for (String key : projectKeys.stream().distinct().toList()) {
            String currency = currencyOf.apply(key);
            keysByCurrency.computeIfAbsent(currency, c -> new ArrayList<>()).add(key);
            sums.merge(currency, exposure.getOrDefault(key, RiskExposure.NONE), RiskExposure::plus);
        }
        List<CurrencyTotal> totals = new ArrayList<>();
        keysByCurrency.forEach((currency, keys) -> {
            RiskExposure sum = sums.get(currency);
            BigDecimal threats = sum.threats().setScale(CENTS, RoundingMode.HALF_UP);
            BigDecimal opportunities = sum.opportunities().setScale(CENTS, RoundingMode.HALF_UP);
            totals.add(new CurrencyTotal(currency, keys, threats, opportunities, opportunities.subtract(threats)));
        });
        totals.sort(Comparator.comparing(CurrencyTotal::currency, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(totals);
    }
}
