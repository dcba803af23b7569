package com.pmosuite.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskExposureTest {
    private static final RiskSettings THREE_BY_THREE =
            new RiskSettings(RiskMatrix.THREE_BY_THREE, SeverityBands.defaultsFor(RiskMatrix.THREE_BY_THREE));

    @Test
    void threatsAndOpportunitiesAreValuedApartAsPositiveAmounts() {
        List<RiskGroupTotal> groups = List.of(
                new RiskGroupTotal("APOLLO", RiskKind.THREAT, 4, 5, 3, new BigDecimal("1002.35")),
                new RiskGroupTotal("APOLLO", RiskKind.THREAT, 2, 2, 1, new BigDecimal("100.00")),
                new RiskGroupTotal("APOLLO", RiskKind.OPPORTUNITY, 4, 5, 1, new BigDecimal("50.00")),
                new RiskGroupTotal("GEMINI", RiskKind.OPPORTUNITY, 3, 3, 1, new BigDecimal("600.00")));

        Map<String, RiskExposure> exposure = RiskExposure.byProject(groups,
                key -> key.equals("GEMINI") ? THREE_BY_THREE : RiskSettings.DEFAULT);

        // 4 of 5 is 70 %: 1002.35 x 0.7 = 701.645 → 701.65; 2 of 5 is 30 %: 30.00; 50 x 70 % = 35.00.
        assertThat(exposure.get("APOLLO")).isEqualTo(
                new RiskExposure(new BigDecimal("731.65"), new BigDecimal("35.00")));
        // 3 of 3 is 5/6: 600 x 5/6 = 500.00.
        assertThat(exposure.get("GEMINI")).isEqualTo(
                new RiskExposure(new BigDecimal("0.00"), new BigDecimal("500.00")));
    }

    @Test
    void risksWithoutCostImpactOrOutsideTheScaleAddNothing() {
        Map<String, RiskExposure> exposure = RiskExposure.byProject(List.of(
                        new RiskGroupTotal("APOLLO", RiskKind.THREAT, 3, 3, 4, null),
                        new RiskGroupTotal("GEMINI", RiskKind.THREAT, 5, 1, 1, new BigDecimal("10.00"))),
                key -> key.equals("GEMINI") ? THREE_BY_THREE : RiskSettings.DEFAULT);

        assertThat(exposure).isEmpty();
    }
}
