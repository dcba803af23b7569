package com.pmosuite.portfolio;

import com.pmosuite.rollup.ProjectPlan;
import com.pmosuite.rollup.RagThresholds;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Validated plan figures of a project, or the defaults a program or portfolio gives its projects. Every component
 * may be a documented {@code null}, "not set here": a project's figure falls back to its program's, then to its
 * portfolio's (see {@link #orElse}). Money has two decimals.
 *
 * @param budgetAtCompletion BAC in {@code currency}
 * @param currency           ISO 4217 code, upper case
 * @param baselineStart      planned start, on or before {@code baselineFinish} when both are set
 * @param baselineFinish     planned finish
 * @param costRatePerHour    cost of one logged hour
 * @param thresholds         where RAG turns amber and red; all six bounds or none
 */
public record PlanFigures(BigDecimal budgetAtCompletion, String currency, LocalDate baselineStart,
                          LocalDate baselineFinish, BigDecimal costRatePerHour, RagThresholds thresholds) {

    /** Nothing set at this level. */
    public static final PlanFigures NONE = new PlanFigures(null, null, null, null, null, null);

    /** Each figure set here, else the one {@code fallback} sets: field by field, never as a whole. */
    public PlanFigures orElse(PlanFigures fallback) {
        return new PlanFigures(
                budgetAtCompletion != null ? budgetAtCompletion : fallback.budgetAtCompletion,
                currency != null ? currency : fallback.currency,
                baselineStart != null ? baselineStart : fallback.baselineStart,
                baselineFinish != null ? baselineFinish : fallback.baselineFinish,
                costRatePerHour != null ? costRatePerHour : fallback.costRatePerHour,
                thresholds != null ? thresholds : fallback.thresholds);
    }

    /** The rollup's view of these figures (thresholds travel separately in a {@link com.pmosuite.rollup.RollupScope}). */
    public ProjectPlan toProjectPlan() {
        return new ProjectPlan(budgetAtCompletion, currency, baselineStart, baselineFinish, costRatePerHour);
    }

    /** The thresholds set here, else the suite's defaults. */
    public RagThresholds thresholdsOrDefaults() {
        return thresholds != null ? thresholds : RagThresholds.DEFAULTS;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
