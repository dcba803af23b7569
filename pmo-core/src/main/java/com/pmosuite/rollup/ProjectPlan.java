package com.pmosuite.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project's plan figures for earned value, after program and portfolio defaults were applied. Any component may be
 * a documented {@code null}: "not planned", and the figures that need it are then not defined.
 *
 * @param budgetAtCompletion BAC, in {@code currency}
 * @param currency           ISO 4217 code
 * @param baselineStart      planned start; PV is linear from here
 * @param baselineFinish     planned finish; PV reaches BAC here
 * @param costRatePerHour    cost of one logged hour, for AC when no actual-cost field is mapped
 */
public record ProjectPlan(BigDecimal budgetAtCompletion, String currency, LocalDate baselineStart,
                          LocalDate baselineFinish, BigDecimal costRatePerHour) {

    /** A project with no plan: progress still rolls up, earned value is not defined. */
    public static final ProjectPlan NONE = new ProjectPlan(null, null, null, null, null);
}
