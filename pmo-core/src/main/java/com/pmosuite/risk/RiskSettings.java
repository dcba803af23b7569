package com.pmosuite.risk;

import java.util.Objects;

/** A project's risk scoring setup: the matrix size and the severity thresholds on it. */
public record RiskSettings(RiskMatrix matrix, SeverityBands bands) {
    public static final RiskSettings DEFAULT =
            new RiskSettings(RiskMatrix.FIVE_BY_FIVE, SeverityBands.defaultsFor(RiskMatrix.FIVE_BY_FIVE));

    public RiskSettings {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(bands, "bands").validFor(matrix);
    }
}
