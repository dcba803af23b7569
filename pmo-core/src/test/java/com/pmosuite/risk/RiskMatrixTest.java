package com.pmosuite.risk;

import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskMatrixTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 4, 6, 10})
    void onlyThreeByThreeAndFiveByFiveMatricesExist(int size) {
        assertThatThrownBy(() -> new RiskMatrix(size)).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("scale", "must be 3 or 5")));
    }

    @Test
    void aMatrixContainsTheLevelsFromOneToItsSize() {
        assertThat(RiskMatrix.THREE_BY_THREE.contains(0)).isFalse();
        assertThat(RiskMatrix.THREE_BY_THREE.contains(1)).isTrue();
        assertThat(RiskMatrix.THREE_BY_THREE.contains(3)).isTrue();
        assertThat(RiskMatrix.THREE_BY_THREE.contains(4)).isFalse();
        assertThat(RiskMatrix.FIVE_BY_FIVE.contains(5)).isTrue();
    }

    @Test
    void theHighestScoreIsTheSizeSquared() {
        assertThat(RiskMatrix.FIVE_BY_FIVE.maxScore()).isEqualTo(25);
        assertThat(RiskMatrix.THREE_BY_THREE.maxScore()).isEqualTo(9);
    }

    @ParameterizedTest(name = "level {0} stands for {1}")
    @CsvSource({"1, 0.1", "2, 0.3", "3, 0.5", "4, 0.7", "5, 0.9"})
    void fiveByFiveLevelsStandForTheMidpointsOfTenthsOfCertainty(int level, BigDecimal probability) {
        assertThat(RiskMatrix.FIVE_BY_FIVE.probabilityOf(level)).isEqualByComparingTo(probability);
    }

    @ParameterizedTest(name = "level {0} stands for {1}")
    @CsvSource({"1, 0.166667", "2, 0.500000", "3, 0.833333"})
    void threeByThreeLevelsStandForTheMidpointsOfThirdsRoundedToSixPlaces(int level, String probability) {
        assertThat(RiskMatrix.THREE_BY_THREE.probabilityOf(level)).isEqualTo(new BigDecimal(probability));
    }

    @Test
    void aLevelOutsideTheMatrixHasNoProbability() {
        assertThatThrownBy(() -> RiskMatrix.THREE_BY_THREE.probabilityOf(4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3x3");
        assertThatThrownBy(() -> RiskMatrix.FIVE_BY_FIVE.probabilityOf(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
