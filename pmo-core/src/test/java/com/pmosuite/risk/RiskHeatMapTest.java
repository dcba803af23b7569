package com.pmosuite.risk;

import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static com.pmosuite.testkit.RiskDraftFixture.anOpportunity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RiskHeatMapTest {
    private static final RiskSettings THREE_BY_THREE =
            new RiskSettings(RiskMatrix.THREE_BY_THREE, SeverityBands.defaultsFor(RiskMatrix.THREE_BY_THREE));

    @Test
    void anEmptyMapIsTheWholeMatrixColouredByTheSettingsWithNoRiskInIt() {
        RiskHeatMap map = RiskHeatMap.empty(new RiskSettings(RiskMatrix.THREE_BY_THREE, new SeverityBands(2, 4, 9)));

        assertThat(map.inherent()).extracting(RiskHeatMap.Cell::probability, RiskHeatMap.Cell::impact,
                RiskHeatMap.Cell::count, RiskHeatMap.Cell::severity).containsExactly(
                tuple(3, 1, 0, Severity.MEDIUM), tuple(3, 2, 0, Severity.HIGH), tuple(3, 3, 0, Severity.CRITICAL),
                tuple(2, 1, 0, Severity.MEDIUM), tuple(2, 2, 0, Severity.HIGH), tuple(2, 3, 0, Severity.HIGH),
                tuple(1, 1, 0, Severity.LOW), tuple(1, 2, 0, Severity.MEDIUM), tuple(1, 3, 0, Severity.MEDIUM));
        assertThat(map.residual()).isEqualTo(map.inherent());
    }

    @Test
    void theInherentMapCountsRisksByProbabilityAndImpact() {
        RiskHeatMap map = mapOf(at(4, 5), at(4, 5), anOpportunity().withProbability(4).withImpact(5), at(1, 2));

        assertThat(map.count(false, 4, 5)).isEqualTo(3);
        assertThat(map.count(false, 1, 2)).isEqualTo(1);
        assertThat(map.count(false, 5, 4)).isZero();
    }

    @Test
    void theResidualMapCountsRisksByTheirResidualAssessment() {
        RiskHeatMap map = mapOf(at(4, 5).withResidual(2, 3), at(5, 5).withResidual(2, 3));

        assertThat(map.count(true, 2, 3)).isEqualTo(2);
        assertThat(map.count(true, 4, 5)).isZero();
        assertThat(map.count(true, 5, 5)).isZero();
    }

    @Test
    void aRiskWithoutAResidualAssessmentStaysInItsInherentCellOnTheResidualMap() {
        RiskHeatMap map = mapOf(at(4, 5).withoutResidual());

        assertThat(map.count(true, 4, 5)).isEqualTo(1);
    }

    @Test
    void risksThatCanNoLongerHappenAreLeftOut() {
        RiskHeatMap map = mapOf(at(3, 3).withStatus(RiskStatus.CLOSED), at(3, 3).withStatus(RiskStatus.OCCURRED),
                at(3, 3).withStatus(RiskStatus.MONITORING),
                at(3, 3).withStatus(RiskStatus.RESPONDING).withStrategy(ResponseStrategy.AVOID));

        assertThat(map.count(false, 3, 3)).isEqualTo(2);
        assertThat(map.count(true, 3, 3)).isEqualTo(2);
    }

    @Test
    void cellsRunFromHighProbabilityToLowAndWithinARowFromLowImpactToHigh() {
        RiskHeatMap map = mapOf();

        assertThat(map.size()).isEqualTo(5);
        assertThat(map.inherent()).hasSize(25);
        assertThat(map.inherent()).extracting(c -> c.probability() + "x" + c.impact()).startsWith(
                "5x1", "5x2", "5x3", "5x4", "5x5", "4x1").endsWith("1x4", "1x5");
        assertThat(map.residual()).extracting(RiskHeatMap.Cell::probability, RiskHeatMap.Cell::impact)
                .containsExactlyElementsOf(map.inherent().stream()
                        .map(c -> tuple(c.probability(), c.impact())).toList());
    }

    @Test
    void eachCellCarriesTheSeverityOfItsScore() {
        RiskHeatMap map = mapOf();

        assertThat(cell(map, 5, 5).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(cell(map, 4, 4).severity()).isEqualTo(Severity.HIGH);
        assertThat(cell(map, 3, 3).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(cell(map, 1, 4).severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void aThreeByThreeProjectGetsNineCellsWithItsOwnBands() {
        RiskHeatMap map = RiskHeatMap.of(List.of(at(2, 3).fields(THREE_BY_THREE)), THREE_BY_THREE);

        assertThat(map.inherent()).hasSize(9);
        assertThat(map.inherent().get(0)).isEqualTo(new RiskHeatMap.Cell(3, 1, 0, Severity.MEDIUM));
        assertThat(cell(map, 2, 3)).isEqualTo(new RiskHeatMap.Cell(2, 3, 1, Severity.HIGH));
        assertThat(cell(map, 3, 3).severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void aProjectWithoutRisksHasAnEmptyMap() {
        RiskHeatMap map = mapOf();

        assertThat(map.inherent()).extracting(RiskHeatMap.Cell::count).containsOnly(0);
        assertThat(map.residual()).extracting(RiskHeatMap.Cell::count).containsOnly(0);
    }

    private static RiskDraftFixture at(int probability, int impact) {
        return aThreat().withProbability(probability).withImpact(impact);
    }

    private static RiskHeatMap mapOf(RiskDraftFixture... risks) {
        return RiskHeatMap.of(List.of(risks).stream().map(RiskDraftFixture::fields).toList(), RiskSettings.DEFAULT);
    }

    private static RiskHeatMap.Cell cell(RiskHeatMap map, int probability, int impact) {
        return map.inherent().stream().filter(c -> c.probability() == probability && c.impact() == impact)
                .findFirst().orElseThrow();
    }
}
