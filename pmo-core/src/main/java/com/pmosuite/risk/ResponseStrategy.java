package com.pmosuite.risk;

import java.util.EnumSet;
import java.util.Set;

/**
 * The chosen response to a risk. PMBOK 7 names five responses for threats and five for opportunities;
 * accept and escalate apply to both.
 */
public enum ResponseStrategy {
    AVOID(EnumSet.of(RiskKind.THREAT)),
    MITIGATE(EnumSet.of(RiskKind.THREAT)),
    TRANSFER(EnumSet.of(RiskKind.THREAT)),
    EXPLOIT(EnumSet.of(RiskKind.OPPORTUNITY)),
    ENHANCE(EnumSet.of(RiskKind.OPPORTUNITY)),
    SHARE(EnumSet.of(RiskKind.OPPORTUNITY)),
    ACCEPT(EnumSet.allOf(RiskKind.class)),
    ESCALATE(EnumSet.allOf(RiskKind.class));

    private final Set<RiskKind> kinds;

    ResponseStrategy(Set<RiskKind> kinds) {
        this.kinds = kinds;
    }

    public boolean appliesTo(RiskKind kind) {
        return kinds.contains(kind);
    }
}
