package com.pmosuite.risk;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RiskTotalsTest {
    private static final RiskSettings THREE_BY_THREE =
            new RiskSettings(RiskMatrix.THREE_BY_THREE, SeverityBands.defaultsFor(RiskMatrix.THREE_BY_THREE));

    @Test
    void countsAndValuesRisksBySeverityUnderEachProjectsOwnSettings() {
        List<RiskGroupTotal> groups = List.of(
                new RiskGroupTotal("APOLLO", RiskKind.THREAT, 4, 5, 3, new BigDecimal("1002.35")),
                new RiskGroupTotal("APOLLO", RiskKind.OPPORTUNITY, 4, 5, 1, new BigDecimal("50.00")),
                new RiskGroupTotal("APOLLO", RiskKind.THREAT, 1, 1, 2, null),
                new RiskGroupTotal("GEMINI", RiskKind.THREAT, 3, 3, 1, new BigDecimal("600.00")));

        RiskTotals totals = RiskTotals.of(groups, key -> key.equals("GEMINI") ? THREE_BY_THREE : RiskSettings.DEFAULT);

        // 4 of 5 is a 70 % probability: -701.645 rounds half up to -701.65, and 50 x 70 % = 35.00.
        assertThat(totals.byProject().get("APOLLO")).isEqualTo(Map.of(
                Severity.CRITICAL, new RiskTotals.Total(4, new BigDecimal("-666.65")),
                Severity.LOW, new RiskTotals.Total(2, new BigDecimal("0.00"))));
        // 3 of 3 is 5/6: 600 x 5/6 = 500.00, and 9 is critical on a 3x3 scale.
        assertThat(totals.byProject().get("GEMINI")).isEqualTo(Map.of(
                Severity.CRITICAL, new RiskTotals.Total(1, new BigDecimal("-500.00"))));
    }

    @Test
    void groupsOutsideTheProjectsScaleAreLeftOut() {
        RiskTotals totals = RiskTotals.of(List.of(new RiskGroupTotal("GEMINI", RiskKind.THREAT, 5, 1, 1, null)),
                key -> THREE_BY_THREE);

        assertThat(totals.byProject()).isEmpty();
    }
}
