package com.pmosuite.risk;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CombinedHeatMapTest {
    private static final RiskSettings THREE_BY_THREE =
            new RiskSettings(RiskMatrix.THREE_BY_THREE, SeverityBands.defaultsFor(RiskMatrix.THREE_BY_THREE));
    /** 5x5 with stricter bands: 4 is already medium, 8 high, 15 critical. */
    private static final RiskSettings STRICT_FIVE = new RiskSettings(RiskMatrix.FIVE_BY_FIVE, new SeverityBands(4, 8, 15));

    @Test
    void projectsOnTheSameScaleAreAddedCellByCell() {
        CombinedHeatMap map = CombinedHeatMap.of(projects(
                "ALPHA", RiskHeatMap.ofCounts(List.of(at(4, 5, 2), at(1, 1, 1)), RiskSettings.DEFAULT),
                "BETA", RiskHeatMap.ofCounts(List.of(at(4, 5, 3)), RiskSettings.DEFAULT)), false);

        assertThat(map.scales()).hasSize(1);
        CombinedHeatMap.Scale five = map.scales().get(0);
        assertThat(five.size()).isEqualTo(5);
        assertThat(five.projectKeys()).containsExactly("ALPHA", "BETA");
        assertThat(five.cells()).hasSize(25);
        assertThat(five.cell(4, 5).count()).isEqualTo(5);
        assertThat(five.cell(4, 5).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(five.cell(1, 1).count()).isEqualTo(1);
        assertThat(five.cells().stream().mapToInt(CombinedHeatMap.Cell::count).sum()).isEqualTo(6);
    }

    @Test
    void aThreeByThreeProjectGetsAMapOfItsOwnInsteadOfBeingRescaled() {
        CombinedHeatMap map = CombinedHeatMap.of(projects(
                "ALPHA", RiskHeatMap.ofCounts(List.of(at(3, 3, 2)), RiskSettings.DEFAULT),
                "GEMINI", RiskHeatMap.ofCounts(List.of(at(3, 3, 1)), THREE_BY_THREE)), false);

        assertThat(map.scales()).extracting(CombinedHeatMap.Scale::size).containsExactly(3, 5);
        CombinedHeatMap.Scale three = map.scales().get(0);
        assertThat(three.projectKeys()).containsExactly("GEMINI");
        assertThat(three.cells()).hasSize(9);
        assertThat(three.cell(3, 3).count()).isEqualTo(1);
        // 3 x 3 = 9 is critical on a 3x3 matrix, but only medium on a 5x5 one: each keeps its own reading.
        assertThat(three.cell(3, 3).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(map.scales().get(1).cell(3, 3).count()).isEqualTo(2);
        assertThat(map.scales().get(1).cell(3, 3).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(map.bySeverity()).containsEntry(Severity.CRITICAL, 1).containsEntry(Severity.MEDIUM, 2);
    }

    @Test
    void aCellThatProjectsBandDifferentlyNamesEverySeverityAndHasNoSingleOne() {
        CombinedHeatMap map = CombinedHeatMap.of(projects(
                "ALPHA", RiskHeatMap.ofCounts(List.of(at(2, 2, 1)), RiskSettings.DEFAULT),
                "STRICT", RiskHeatMap.ofCounts(List.of(at(2, 2, 2)), STRICT_FIVE)), false);

        CombinedHeatMap.Cell cell = map.scales().get(0).cell(2, 2);
        assertThat(cell.count()).isEqualTo(3);
        assertThat(cell.severities()).containsExactly(Severity.LOW, Severity.MEDIUM);
        assertThat(cell.severity()).isNull();
        assertThat(map.scales().get(0).cell(5, 5).severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void countsBySeverityFollowEachProjectsOwnBands() {
        CombinedHeatMap map = CombinedHeatMap.of(projects(
                "ALPHA", RiskHeatMap.ofCounts(List.of(at(2, 2, 1), at(3, 4, 1)), RiskSettings.DEFAULT),
                "STRICT", RiskHeatMap.ofCounts(List.of(at(2, 2, 2), at(3, 4, 4)), STRICT_FIVE)), false);

        // 2x2 = 4: low by default, medium in STRICT; 3x4 = 12: high by default, high in STRICT too.
        assertThat(map.bySeverity()).isEqualTo(Map.of(Severity.LOW, 1, Severity.MEDIUM, 2, Severity.HIGH, 5,
                Severity.CRITICAL, 0));
        assertThat(map.scales().get(0).bySeverity()).isEqualTo(map.bySeverity());
    }

    @Test
    void theResidualMapIsAddedUpFromTheProjectsResidualMaps() {
        CombinedHeatMap map = CombinedHeatMap.of(projects(
                "ALPHA", RiskHeatMap.ofCounts(List.of(new RiskCellCount(5, 5, 2, 2, 1), at(4, 4, 1)),
                        RiskSettings.DEFAULT)), true);

        CombinedHeatMap.Scale five = map.scales().get(0);
        assertThat(five.cell(2, 2).count()).isEqualTo(1);
        assertThat(five.cell(5, 5).count()).isZero();
        assertThat(five.cell(4, 4).count()).isEqualTo(1);
    }

    @Test
    void aProjectWithoutRisksIsListedOnItsScaleWithEmptyCells() {
        CombinedHeatMap map = CombinedHeatMap.of(projects("GEMINI", RiskHeatMap.empty(THREE_BY_THREE)), false);

        assertThat(map.scales()).singleElement().satisfies(scale -> {
            assertThat(scale.projectKeys()).containsExactly("GEMINI");
            assertThat(scale.cells()).allMatch(c -> c.count() == 0);
        });
        assertThat(map.bySeverity().values()).containsOnly(0);
    }

    @Test
    void noProjectsIsNoScale() {
        CombinedHeatMap map = CombinedHeatMap.of(Map.of(), false);

        assertThat(map.scales()).isEmpty();
        assertThat(map.bySeverity().keySet()).isEqualTo(Set.of(Severity.values()));
    }

    private static RiskCellCount at(int probability, int impact, int count) {
        return new RiskCellCount(probability, impact, null, null, count);
    }

    private static Map<String, RiskHeatMap> projects(Object... keysAndMaps) {
        Map<String, RiskHeatMap> byProject = new LinkedHashMap<>();
        for (int i = 0; i < keysAndMaps.length; i += 2) {
            byProject.put((String) keysAndMaps[i], (RiskHeatMap) keysAndMaps[i + 1]);
        }
        return byProject;
    }
}
