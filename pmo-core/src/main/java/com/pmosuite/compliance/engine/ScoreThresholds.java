package com.pmosuite.compliance.engine;

import com.pmosuite.rollup.RollupNode.RagStatus;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where a compliance score turns green and amber: at or above {@code green} it is GREEN, at or above {@code amber}
 * AMBER, below RED; no score is GREY.
 *
 * @param green percent, 0 to 100, not below {@code amber}
 * @param amber percent, 0 to 100
 */
public record ScoreThresholds(BigDecimal green, BigDecimal amber) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Green from 90 %, amber from 75 %. */
    public static final ScoreThresholds DEFAULTS = new ScoreThresholds(BigDecimal.valueOf(90), BigDecimal.valueOf(75));

    public ScoreThresholds {
        Objects.requireNonNull(green, "green");
        Objects.requireNonNull(amber, "amber");
        if (outside(green) || outside(amber)) {
            throw new IllegalArgumentException("score thresholds are percentages from 0 to 100: green " + green
                    + ", amber " + amber);
        }
        if (green.compareTo(amber) < 0) {
            throw new IllegalArgumentException("the green threshold " + green + " is below the amber one " + amber);
        }
    }

    /** The RAG of a score; {@code null} (nothing scored) is GREY. */
    public RagStatus rag(BigDecimal score) {
        if (score == null) {
            return RagStatus.GREY;
        }
        if (score.compareTo(green) >= 0) {
            return RagStatus.GREEN;
        }
        return score.compareTo(amber) >= 0 ? RagStatus.AMBER : RagStatus.RED;
    }

    private static boolean outside(BigDecimal percent) {
        return percent.signum() < 0 || percent.compareTo(HUNDRED) > 0;
    }
}
