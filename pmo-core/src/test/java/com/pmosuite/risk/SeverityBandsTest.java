package com.pmosuite.risk;

import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeverityBandsTest {
    private static final SeverityBands FIVE_BY_FIVE_DEFAULTS = SeverityBands.defaultsFor(RiskMatrix.FIVE_BY_FIVE);
    private static final SeverityBands THREE_BY_THREE_DEFAULTS =
            SeverityBands.defaultsFor(RiskMatrix.THREE_BY_THREE);

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({"1, LOW", "4, LOW", "5, MEDIUM", "9, MEDIUM", "10, HIGH", "16, HIGH", "20, CRITICAL",
            "25, CRITICAL"})
    void theDefaultFiveByFiveBandsClassifyScores(int score, Severity severity) {
        assertThat(FIVE_BY_FIVE_DEFAULTS.classify(score)).isEqualTo(severity);
    }

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({"1, LOW", "2, LOW", "3, MEDIUM", "4, MEDIUM", "6, HIGH", "9, CRITICAL"})
    void theDefaultThreeByThreeBandsClassifyScores(int score, Severity severity) {
        assertThat(THREE_BY_THREE_DEFAULTS.classify(score)).isEqualTo(severity);
    }

    @Test
    void theDefaultsFitTheirMatrix() {
        assertThat(FIVE_BY_FIVE_DEFAULTS.validFor(RiskMatrix.FIVE_BY_FIVE)).isEqualTo(new SeverityBands(5, 10, 20));
        assertThat(THREE_BY_THREE_DEFAULTS.validFor(RiskMatrix.THREE_BY_THREE)).isEqualTo(new SeverityBands(3, 6, 9));
    }

    @Test
    void someScoresMustBeLow() {
        assertThatThrownBy(() -> new SeverityBands(1, 10, 20).validFor(RiskMatrix.FIVE_BY_FIVE))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("mediumFrom", "must be at least 2 so that some scores are low")));
    }

    @Test
    void thresholdsMustRiseStrictly() {
        assertThatThrownBy(() -> new SeverityBands(5, 5, 5).validFor(RiskMatrix.FIVE_BY_FIVE))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("highFrom", "must be greater than mediumFrom"),
                        new FieldError("criticalFrom", "must be greater than highFrom")));
    }

    @Test
    void criticalMustBeReachableOnTheMatrix() {
        assertThatThrownBy(() -> new SeverityBands(5, 10, 20).validFor(RiskMatrix.THREE_BY_THREE))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("criticalFrom", "must be at most 9 on a 3x3 matrix")));
    }

    @Test
    void everyThresholdProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> new SeverityBands(1, 1, 30).validFor(RiskMatrix.FIVE_BY_FIVE))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("mediumFrom", "highFrom", "criticalFrom"));
    }

    @Test
    void settingsRefuseBandsThatDoNotFitTheirMatrix() {
        assertThatThrownBy(() -> new RiskSettings(RiskMatrix.THREE_BY_THREE, FIVE_BY_FIVE_DEFAULTS))
                .isInstanceOf(ValidationFailed.class);
    }

    @Test
    void eachSeverityCoversAContiguousRangeOfScores() {
        assertThat(FIVE_BY_FIVE_DEFAULTS.rangeOf(Severity.LOW, RiskMatrix.FIVE_BY_FIVE))
                .isEqualTo(new ScoreRange(1, 4));
        assertThat(FIVE_BY_FIVE_DEFAULTS.rangeOf(Severity.MEDIUM, RiskMatrix.FIVE_BY_FIVE))
                .isEqualTo(new ScoreRange(5, 9));
        assertThat(FIVE_BY_FIVE_DEFAULTS.rangeOf(Severity.HIGH, RiskMatrix.FIVE_BY_FIVE))
                .isEqualTo(new ScoreRange(10, 19));
        assertThat(FIVE_BY_FIVE_DEFAULTS.rangeOf(Severity.CRITICAL, RiskMatrix.FIVE_BY_FIVE))
                .isEqualTo(new ScoreRange(20, 25));
    }

    @Test
    void theCriticalRangeEndsAtTheMatrixMaximum() {
        assertThat(THREE_BY_THREE_DEFAULTS.rangeOf(Severity.CRITICAL, RiskMatrix.THREE_BY_THREE))
                .isEqualTo(new ScoreRange(9, 9));
    }

    @Test
    void theRangeOfAScoresSeverityContainsThatScore() {
        SeverityBands custom = new SeverityBands(3, 8, 15);

        IntStream.rangeClosed(1, 25).forEach(score -> assertThat(
                custom.rangeOf(custom.classify(score), RiskMatrix.FIVE_BY_FIVE).contains(score))
                .as("score %d", score).isTrue());
    }
}
