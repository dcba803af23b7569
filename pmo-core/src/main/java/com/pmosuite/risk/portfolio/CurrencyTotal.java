package com.pmosuite.risk.portfolio;

import java.math.BigDecimal;
import java.util.List;

/**
 * The expected monetary value of the live risks of the projects that plan in one currency: threats and
 * opportunities both as positive amounts, and {@code net} = opportunities − threats.
 *
 * @param currency    ISO 4217 code; {@code null} for the projects whose plan names no currency
 * @param projectKeys the projects counted here, in the portfolio's order, also those without valued risks
 */
public record CurrencyTotal(String currency, List<String> projectKeys, BigDecimal threats, BigDecimal opportunities,
                            BigDecimal net) {
    public CurrencyTotal {
        projectKeys = List.copyOf(projectKeys);
    }
}
