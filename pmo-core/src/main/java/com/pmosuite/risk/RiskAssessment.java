package com.pmosuite.risk;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a risk's numbers mean under its project's settings: scores, severities and expected monetary value.
 *
 * @param expectedMonetaryValue         probability x cost impact, negative for threats (PMBOK EMV);
 *                                      {@code null} when no cost impact is given
 * @param residualExpectedMonetaryValue the same with the residual probability (inherent when not assessed)
 * @param reviewOverdue                 a live risk whose next review date has passed
 */
public record RiskAssessment(
        int score,
        Severity severity,
        int residualScore,
        Severity residualSeverity,
        BigDecimal expectedMonetaryValue,
        BigDecimal residualExpectedMonetaryValue,
        boolean reviewOverdue) {

    public static RiskAssessment of(RiskFields risk, RiskSettings settings, LocalDate today) {
        SeverityBands bands = settings.bands();
        int residualProbability = risk.hasResidualAssessment() ? risk.residualProbability() : risk.probability();
        boolean overdue = risk.status().isLive() && risk.nextReviewDate() != null
                && risk.nextReviewDate().isBefore(today);
        return new RiskAssessment(
                risk.score(), bands.classify(risk.score()),
                risk.residualScore(), bands.classify(risk.residualScore()),
                emv(risk, risk.probability(), settings.matrix()),
                emv(risk, residualProbability, settings.matrix()),
                overdue);
    }

    private static BigDecimal emv(RiskFields risk, int probabilityLevel, RiskMatrix matrix) {
        if (risk.costImpact() == null || !matrix.contains(probabilityLevel)) {
            return null;
        }
        BigDecimal value = matrix.expectedShareOf(risk.costImpact(), probabilityLevel, 2);
        return risk.kind() == RiskKind.THREAT ? value.negate() : value;
    }
}
