package com.pmosuite.risk;

/**
 * One cell of a project's inherent or residual heat map, as a filter: the live risks that cell counts. On the
 * residual map a risk without a residual assessment sits in its inherent cell, as {@link RiskHeatMap} draws it.
 */
public record RiskCell(boolean residual, int probability, int impact) {

    /** Whether the heat map counts these fields in this cell. */
    public boolean holds(RiskFields fields) {
        if (!fields.status().isLive()) {
            return false;
        }
        boolean moved = residual && fields.hasResidualAssessment();
        return (moved ? fields.residualProbability() : fields.probability()) == probability
                && (moved ? fields.residualImpact() : fields.impact()) == impact;
    }
}
