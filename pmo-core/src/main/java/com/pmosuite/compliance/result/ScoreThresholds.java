package com.pmosuite.compliance.result;

import com.pmosuite.rollup.RollupNode.RagStatus;

import java.math.BigDecimal;

/**
 * The PMO's score bands: green at or above {@code greenPercent}, amber at or above {@code amberPercent}, red below;
 * grey when there is no score.
 */
public record ScoreThresholds(int greenPercent, int amberPercent) {
    public static final ScoreThresholds DEFAULT = new ScoreThresholds(90, 75);

    public ScoreThresholds {
        if (amberPercent < 0 || greenPercent > 100 || amberPercent > greenPercent) {
            throw new IllegalArgumentException("thresholds must keep 0 <= amber <= green <= 100: " + greenPercent
                    + "/" + amberPercent);
        }
    }

    public RagStatus rag(BigDecimal score) {
        if (score == null) {
            return RagStatus.GREY;
        }
        if (score.compareTo(BigDecimal.valueOf(greenPercent)) >= 0) {
            return RagStatus.GREEN;
        }
        return score.compareTo(BigDecimal.valueOf(amberPercent)) >= 0 ? RagStatus.AMBER : RagStatus.RED;
    }
}
