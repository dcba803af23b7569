package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.rollup.RollupNode.RagStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.pmosuite.compliance.engine.ScanFixture.TODAY;
import static com.pmosuite.compliance.engine.ScanFixture.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scores are weighted shares of passing standards; a portfolio sums weights, it never averages scores. */
class ScoresTest {
    private final ScanFixture fixture = new ScanFixture();

    private static ProjectScan project(int passed, int scored) {
        BigDecimal score = Scores.percent(passed, scored);
        return new ProjectScan(1, "P", List.of(), score, ScoreThresholds.DEFAULTS.rag(score), passed, scored);
    }

    @Test
    void aProjectScoresTheWeightOfItsPassingStandards() {
        fixture.issue(1).due(TODAY.minusDays(1)).save();

        ProjectScan scan = fixture.scan(standard(1, 30, new Check.NoOverdue(0)),
                standard(2, 50, new Check.ProjectDetails(true, true, true)),
                standard(3, 20, new Check.RiskReview(30)));

        assertThat(scan.results()).extracting(r -> r.outcome())
                .containsExactly(Outcome.FAILED, Outcome.PASSED, Outcome.NOT_APPLICABLE);
        assertThat(scan.passedWeight()).isEqualTo(50);
        assertThat(scan.scoredWeight()).isEqualTo(80);
        assertThat(scan.score()).isEqualByComparingTo("62.5");
        assertThat(scan.rag()).isEqualTo(RagStatus.RED);
    }

    @Test
    void nothingScoredIsNoScoreAndGrey() {
        ProjectScan scan = fixture.scan(standard(1, new Check.RiskReview(30)));

        assertThat(scan.score()).isNull();
        assertThat(scan.rag()).isEqualTo(RagStatus.GREY);
        assertThat(scan.scoredWeight()).isZero();
    }

    @Test
    void aProjectWithoutStandardsHasNoScore() {
        assertThat(fixture.scan().score()).isNull();
    }

    @Test
    void scoresHaveOneDecimalRoundedHalfUp() {
        assertThat(Scores.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(Scores.percent(1, 6)).isEqualByComparingTo("16.7");
        assertThat(Scores.percent(1, 8)).isEqualByComparingTo("12.5");
        assertThat(Scores.percent(1, 16)).isEqualByComparingTo("6.3");
        assertThat(Scores.percent(3, 3).toPlainString()).isEqualTo("100.0");
        assertThat(Scores.percent(0, 0)).isNull();
    }

    @Test
    void ragTurnsAtTheThresholdsInclusive() {
        ScoreThresholds thresholds = ScoreThresholds.DEFAULTS;

        assertThat(thresholds.rag(new BigDecimal("90.0"))).isEqualTo(RagStatus.GREEN);
        assertThat(thresholds.rag(new BigDecimal("89.9"))).isEqualTo(RagStatus.AMBER);
        assertThat(thresholds.rag(new BigDecimal("75"))).isEqualTo(RagStatus.AMBER);
        assertThat(thresholds.rag(new BigDecimal("74.9"))).isEqualTo(RagStatus.RED);
        assertThat(thresholds.rag(null)).isEqualTo(RagStatus.GREY);
    }

    @Test
    void thePmosThresholdsAreReadForEachScan() {
        fixture.issue(1).due(TODAY.minusDays(1)).save();
        fixture.thresholds = new ScoreThresholds(new BigDecimal("60"), new BigDecimal("50"));

        ProjectScan scan = fixture.scan(standard(1, 30, new Check.NoOverdue(0)),
                standard(2, 50, new Check.ProjectDetails(true, true, true)));

        assertThat(scan.rag()).isEqualTo(RagStatus.GREEN);
    }

    @Test
    void thresholdsArePercentagesWithGreenNotBelowAmber() {
        assertThatThrownBy(() -> new ScoreThresholds(new BigDecimal("101"), new BigDecimal("75")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoreThresholds(new BigDecimal("90"), new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoreThresholds(new BigDecimal("70"), new BigDecimal("75")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the green threshold 70 is below the amber one 75");
        assertThat(new ScoreThresholds(new BigDecimal("80"), new BigDecimal("80")).rag(new BigDecimal("80")))
                .isEqualTo(RagStatus.GREEN);
    }

    @Test
    void aPortfolioSumsWeightsInsteadOfAveragingScores() {
        // 1 of 2 (50 %) and 90 of 100 (90 %): 91 of 102, not the 70 % an average of scores would give.
        Scores.Aggregate portfolio = Scores.aggregate(List.of(project(1, 2), project(90, 100)),
                ScoreThresholds.DEFAULTS);

        assertThat(portfolio.passedWeight()).isEqualTo(91);
        assertThat(portfolio.scoredWeight()).isEqualTo(102);
        assertThat(portfolio.score()).isEqualByComparingTo("89.2");
        assertThat(portfolio.rag()).isEqualTo(RagStatus.AMBER);
        assertThat(portfolio.projects()).isEqualTo(2);
    }

    @Test
    void aPortfolioWithoutScoredStandardsIsGrey() {
        Scores.Aggregate portfolio = Scores.aggregate(List.of(project(0, 0)), ScoreThresholds.DEFAULTS);

        assertThat(portfolio.score()).isNull();
        assertThat(portfolio.rag()).isEqualTo(RagStatus.GREY);
        assertThat(Scores.aggregate(List.of(), ScoreThresholds.DEFAULTS).rag()).isEqualTo(RagStatus.GREY);
    }
}
