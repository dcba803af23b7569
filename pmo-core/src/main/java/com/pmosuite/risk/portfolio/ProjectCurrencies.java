package com.pmosuite.risk.portfolio;

import com.pmosuite.rollup.RollupScope;

import java.util.HashMap;
import java.util.Map;

/**
 * The currency each project of a portfolio plans in, as the portfolio resolves it: the project's own, else its
 * program's default, else the portfolio's (see {@code PortfolioScope#resolve}). Risk cost impacts carry no currency
 * of their own; they are read in the currency of their project's plan.
 */
public final class ProjectCurrencies {
    private ProjectCurrencies() {
    }

    /** Project key to ISO 4217 code; a project whose resolved plan names no currency maps to {@code null}. */
    public static Map<String, String> of(RollupScope portfolio) {
        Map<String, String> currencies = new HashMap<>();
        collect(portfolio, currencies);
        return currencies;
    }

    private static void collect(RollupScope scope, Map<String, String> into) {
        if (scope.level() == RollupScope.Level.PROJECT) {
            into.putIfAbsent(scope.key(), scope.plan().currency());
        }
        scope.children().forEach(child -> collect(child, into));
    }
}
