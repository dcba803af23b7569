package com.pmosuite.risk;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Risk counts and expected monetary value by project and inherent severity, for views over many projects. Each
 * project's severities and probabilities follow its own settings. EMV is summed per group of risks sharing a kind
 * and probability, rounded once per group, so it can differ from the sum of the risks' own (rounded) EMVs by
 * less than half a cent per risk.
 */
public record RiskTotals(Map<String, Map<Severity, Total>> byProject) {

    /** The risks of one severity in one project: how many, and their EMV (zero when none has a cost impact). */
    public record Total(int count, BigDecimal expectedMonetaryValue) {
        Total plus(int moreRisks, BigDecimal moreValue) {
            return new Total(count + moreRisks, expectedMonetaryValue.add(moreValue));
        }
    }

    public static RiskTotals of(Collection<RiskGroupTotal> groups, Function<String, RiskSettings> settings) {
        Map<String, Map<Severity, Total>> byProject = new TreeMap<>();
        for (RiskGroupTotal group : groups) {
            RiskSettings projectSettings = settings.apply(group.projectKey());
            // Levels outside the project's scale cannot be classified; settings changes refuse to strand risks so.
            if (!projectSettings.matrix().contains(group.probability())
                    || !projectSettings.matrix().contains(group.impact())) {
                continue;
            }
            Severity severity = projectSettings.bands().classify(group.probability() * group.impact());
            BigDecimal value = BigDecimal.ZERO.setScale(2);
            if (group.costImpact() != null) {
                value = projectSettings.matrix().expectedShareOf(group.costImpact(), group.probability(), 2);
                value = group.kind() == RiskKind.THREAT ? value.negate() : value;
            }
            BigDecimal groupValue = value;
            byProject.computeIfAbsent(group.projectKey(), k -> new EnumMap<>(Severity.class))
                    .merge(severity, new Total(group.count(), groupValue),
                            (a, b) -> a.plus(b.count(), b.expectedMonetaryValue()));
        }
        return new RiskTotals(byProject);
    }
}
