package com.pmosuite.rollup;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The summed expected monetary value of a node's live risks, threats and opportunities apart (both as positive
 * amounts), as the risk register computes them.
 *
 * @param threats       EMV of live threats
 * @param opportunities EMV of live opportunities
 */
public record RiskExposure(BigDecimal threats, BigDecimal opportunities) {

    /** No live risk with a cost impact. */
    public static final RiskExposure NONE = new RiskExposure(BigDecimal.ZERO, BigDecimal.ZERO);

    public RiskExposure {
        Objects.requireNonNull(threats, "threats");
        Objects.requireNonNull(opportunities, "opportunities");
    }

    public RiskExposure plus(RiskExposure other) {
        return new RiskExposure(threats.add(other.threats), opportunities.add(other.opportunities));
    }
}
