package com.pmosuite.compliance.result;

import com.pmosuite.rollup.RollupNode.RagStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A project's latest recorded compliance: its score and each standard's result, from the scan {@code runId}.
 *
 * @param projectKey the key when scanned
 * @param score      percent with one decimal; {@code null} when no standard could be scored
 * @param scannedAt  the start of the scan that recorded it
 * @param results    one per standard that applied, by standard id
 */
public record ProjectResult(long projectId, String projectKey, BigDecimal score, RagStatus rag, int passedWeight,
                            int scoredWeight, Instant scannedAt, long runId, List<RecordedResult> results) {
    public ProjectResult {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(rag, "rag");
        Objects.requireNonNull(scannedAt, "scannedAt");
        results = List.copyOf(results);
    }

    /** The failed standards' results. */
    public List<RecordedResult> violations() {
        return results.stream().filter(RecordedResult::violation).toList();
    }
}
