package com.pmosuite.risk;

import java.math.BigDecimal;

/**
 * How many risks of one project share a kind and an inherent cell, and the sum of their cost impacts
 * ({@code null} when none of them has one): what multi-project totals are computed from, counted by the store.
 */
public record RiskGroupTotal(String projectKey, RiskKind kind, int probability, int impact, int count,
                             BigDecimal costImpact) {
}
