package com.pmosuite.risk;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The expected monetary value a project's live risks put at stake, threats and opportunities apart, both as
 * positive amounts: what a rollup shows beside its progress and earned value. Risks without a cost impact add
 * nothing; each group of risks sharing a kind and probability is rounded once, as in {@link RiskTotals}.
 */
public record RiskExposure(BigDecimal threats, BigDecimal opportunities) {

    /** A project with no live risk that has a cost impact. */
    public static final RiskExposure NONE = new RiskExposure(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

    public RiskExposure {
        Objects.requireNonNull(threats, "threats");
        Objects.requireNonNull(opportunities, "opportunities");
    }

    public RiskExposure plus(RiskExposure other) {
        return new RiskExposure(threats.add(other.threats), opportunities.add(other.opportunities));
    }

    /** Exposure by project key, from the store's group totals and each project's own scale. */
    static Map<String, RiskExposure> byProject(Collection<RiskGroupTotal> groups,
                                               Function<String, RiskSettings> settings) {
        Map<String, RiskExposure> byProject = new TreeMap<>();
        for (RiskGroupTotal group : groups) {
            RiskMatrix matrix = settings.apply(group.projectKey()).matrix();
            // Levels outside the project's scale cannot be valued; settings changes refuse to strand risks so.
            if (group.costImpact() == null || !matrix.contains(group.probability())) {
                continue;
            }
            BigDecimal value = matrix.expectedShareOf(group.costImpact(), group.probability(), 2);
            RiskExposure exposure = group.kind() == RiskKind.THREAT
                    ? new RiskExposure(value, NONE.opportunities())
                    : new RiskExposure(NONE.threats(), value);
            byProject.merge(group.projectKey(), exposure, RiskExposure::plus);
        }
        return byProject;
    }
}
