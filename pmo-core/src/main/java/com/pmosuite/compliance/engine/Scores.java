package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.rollup.RollupNode.RagStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * Compliance scores: the weighted share of passing standards (PASSED and WAIVED over PASSED, WAIVED and FAILED), in
 * percent with one decimal rounded half up. A portfolio's score sums its projects' weights; it is never an average
 * of their scores, so a project with twenty standards weighs more than one with two.
 */
public final class Scores {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scores() {
    }

    /** Whether an outcome counts towards the score at all (NOT_APPLICABLE and ERROR do not). */
    public static boolean scored(Outcome outcome) {
        return outcome == Outcome.PASSED || outcome == Outcome.WAIVED || outcome == Outcome.FAILED;
    }

    /** Whether an outcome counts as passing. */
    public static boolean passing(Outcome outcome) {
        return outcome == Outcome.PASSED || outcome == Outcome.WAIVED;
    }

    /** {@code passedWeight ÷ scoredWeight} in percent, one decimal, HALF_UP; {@code null} when nothing was scored. */
    public static BigDecimal percent(long passedWeight, long scoredWeight) {
        if (passedWeight < 0 || scoredWeight < 0 || passedWeight > scoredWeight) {
            throw new IllegalArgumentException("passed weight " + passedWeight + " of scored weight " + scoredWeight);
        }
        if (scoredWeight == 0) {
            return null;
        }
        return BigDecimal.valueOf(passedWeight).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(scoredWeight), 1, RoundingMode.HALF_UP);
    }

    /** The aggregate of these projects' scans (a portfolio's projects, each once), with its RAG. */
    public static Aggregate aggregate(Collection<ProjectScan> projects, ScoreThresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        long passed = 0;
        long scored = 0;
        for (ProjectScan project : projects) {
            passed += project.passedWeight();
            scored += project.scoredWeight();
        }
        BigDecimal score = percent(passed, scored);
        return new Aggregate(passed, scored, score, thresholds.rag(score), projects.size());
    }

    /**
     * Several projects' compliance together.
     *
     * @param score    {@code null} when none of the projects' standards could be scored
     * @param rag      GREY when there is no score
     * @param projects how many project scans were added up
     */
    public record Aggregate(long passedWeight, long scoredWeight, BigDecimal score, RagStatus rag, int projects) {
        public Aggregate {
            Objects.requireNonNull(rag, "rag");
        }
    }
}
