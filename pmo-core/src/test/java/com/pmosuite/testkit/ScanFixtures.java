package com.pmosuite.testkit;

import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.StandardResult;
import com.pmosuite.rollup.RollupNode.RagStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/** Hand-made scan results for the compliance results tests: every standard weighs 1 unless said otherwise. */
public final class ScanFixtures {
    private ScanFixtures() {
    }

    public static StandardResult passed(long standardId) {
        return new StandardResult(standardId, Outcome.PASSED, OffenderKind.ISSUE, List.of(), 0, 0, null, List.of());
    }

    public static StandardResult failed(long standardId, String... offenders) {
        return new StandardResult(standardId, Outcome.FAILED, OffenderKind.ISSUE, Arrays.asList(offenders),
                offenders.length, 0, offenders.length + " issues", List.of());
    }

    public static StandardResult waived(long standardId, long waiverId, long waivedCount) {
        return new StandardResult(standardId, Outcome.WAIVED, OffenderKind.ISSUE, List.of(), 0, waivedCount, null,
                List.of(waiverId));
    }

    public static StandardResult notApplicable(long standardId) {
        return new StandardResult(standardId, Outcome.NOT_APPLICABLE, OffenderKind.PROJECT, List.of(), 0, 0,
                "no risks at that severity", List.of());
    }

    /** A project's scan whose score counts each PASSED/WAIVED result as weight 1 passed, FAILED as 1 scored. */
    public static ProjectScan scan(long projectId, String key, StandardResult... results) {
        int passed = 0;
        int scored = 0;
        for (StandardResult r : results) {
            if (r.outcome() == Outcome.PASSED || r.outcome() == Outcome.WAIVED) {
                passed++;
                scored++;
            } else if (r.outcome() == Outcome.FAILED) {
                scored++;
            }
        }
        BigDecimal score = scored == 0 ? null : BigDecimal.valueOf(passed * 100L)
                .divide(BigDecimal.valueOf(scored), 1, RoundingMode.HALF_UP);
        RagStatus rag = score == null ? RagStatus.GREY : score.compareTo(BigDecimal.valueOf(90)) >= 0
                ? RagStatus.GREEN : score.compareTo(BigDecimal.valueOf(75)) >= 0 ? RagStatus.AMBER : RagStatus.RED;
        return new ProjectScan(projectId, key, Arrays.asList(results), score, rag, passed, scored);
    }
}
