package com.pmosuite.plugin.portfolio.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.portfolio.PlanFigures;
import com.pmosuite.portfolio.PortfolioDraft;

/**
 * Plan figures in a portfolio body (a project's own, or a program's or portfolio's defaults), read and written
 * alike: money as decimal strings ({@code "120000.00"}), dates as {@code yyyy-MM-dd}, the currency as an ISO 4217
 * code. Every property may be {@code null}: "not set at this level".
 */
public record PlanBody(String budgetAtCompletion, String currency, String baselineStart, String baselineFinish,
                       String costRatePerHour, ThresholdsBody thresholds) implements JsonBody {

    static PlanBody of(PlanFigures plan) {
        return new PlanBody(plain(plan.budgetAtCompletion()), plan.currency(), iso(plan.baselineStart()),
                iso(plan.baselineFinish()), plain(plan.costRatePerHour()), ThresholdsBody.of(plan.thresholds()));
    }

    PortfolioDraft.Plan toDraft() {
        return new PortfolioDraft.Plan(budgetAtCompletion, currency, baselineStart, baselineFinish, costRatePerHour,
                thresholds == null ? null : thresholds.toDraft());
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String iso(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }
}
