package com.pmosuite.risk;

/**
 * How many risks share one inherent cell and one residual assessment (both residual levels {@code null} when not
 * assessed): what a heat map is drawn from, counted by the store instead of loading every risk.
 */
public record RiskCellCount(int probability, int impact, Integer residualProbability, Integer residualImpact,
                            int count) {
}
