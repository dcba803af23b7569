package com.pmosuite.compliance;

import com.pmosuite.rollup.RollupNode.RagStatus;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One project's compliance as a scan found it.
 *
 * @param score weighted share of passing standards (PASSED and WAIVED over PASSED, WAIVED and FAILED), in percent
 *              with one decimal, HALF_UP; {@code null} when no standard could be scored
 * @param rag   from the PMO's score thresholds; GREY when there is no score
 * @param passedWeight the weights of the PASSED and WAIVED standards
 * @param scoredWeight the weights of the PASSED, WAIVED and FAILED standards, so a portfolio's score is the sum of
 *                     its projects' passed weights over the sum of their scored weights, never an average of scores
 */
public record ProjectScan(long projectId, String projectKey, List<StandardResult> results, BigDecimal score,
                          RagStatus rag, int passedWeight, int scoredWeight) {
    public ProjectScan {
        Objects.requireNonNull(projectKey, "projectKey");
        results = List.copyOf(results);
        Objects.requireNonNull(rag, "rag");
    }
}
