package com.pmosuite.compliance.result;

import com.pmosuite.compliance.engine.ScoreThresholds;
import com.pmosuite.compliance.engine.Scores;
import com.pmosuite.rollup.RollupNode.RagStatus;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * A compliance score: the weighted share of passing standards, in percent with one decimal, rounded half up. A
 * portfolio's is the sum of its projects' passed weights over the sum of their scored weights, never an average
 * of their scores, so a project with more (or heavier) standards counts for more.
 *
 * @param score    {@code null} when nothing could be scored (no scored weight)
 * @param projects how many projects with a recorded result it covers
 */
public record ComplianceScore(BigDecimal score, RagStatus rag, long passedWeight, long scoredWeight, int projects) {
    public ComplianceScore {
        Objects.requireNonNull(rag, "rag");
    }

    /** The score of these weights; {@code null} when {@code scoredWeight} is 0. */
    public static BigDecimal percent(long passedWeight, long scoredWeight) {
        return Scores.percent(passedWeight, scoredWeight);
    }

    public static ComplianceScore of(long passedWeight, long scoredWeight, ScoreThresholds thresholds) {
        BigDecimal score = percent(passedWeight, scoredWeight);
        return new ComplianceScore(score, thresholds.rag(score), passedWeight, scoredWeight, 1);
    }

    /** The aggregate of projects' latest results (a portfolio's score). */
    public static ComplianceScore ofProjects(Collection<ProjectResult> results, ScoreThresholds thresholds) {
        long passed = 0;
        long scored = 0;
        for (ProjectResult result : results) {
            passed += result.passedWeight();
            scored += result.scoredWeight();
        }
        BigDecimal score = percent(passed, scored);
        return new ComplianceScore(score, thresholds.rag(score), passed, scored, results.size());
    }
}
