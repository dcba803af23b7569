package com.pmosuite.compliance.result;

import com.pmosuite.compliance.engine.ScoreThresholds;
import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.rollup.RollupNode.RagStatus;
import com.pmosuite.shared.Csv;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit evidence: violations and scores as CSV, safe to open in a spreadsheet. */
class ComplianceCsvTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-03-03T02:00:00Z");
    private static final Standard FORMULA = new Standard(4, "=cmd|' /C calc'!A0", null, StandardSeverity.CRITICAL, 5,
            true, new Check.NoOverdue(0), "pmo", Instant.EPOCH, 1);

    private static ProjectResult alpha() {
        return new ProjectResult(10_000, "ALPHA", new BigDecimal("66.7"), RagStatus.RED, 10, 15, TUESDAY, 8, List.of(
                new RecordedResult(1, Outcome.PASSED, OffenderKind.ISSUE, List.of(), 0, 0, null, List.of(), null, null),
                new RecordedResult(4, Outcome.FAILED, OffenderKind.ISSUE, List.of("ALPHA-1", "ALPHA-2"), 12, 1,
                        "12 issues overdue, by 3 to 40 days", List.of(9L), MONDAY, TUESDAY),
                new RecordedResult(5, Outcome.WAIVED, OffenderKind.PROJECT, List.of(), 0, 1, null, List.of(3L), null,
                        null),
                new RecordedResult(6, Outcome.NOT_APPLICABLE, OffenderKind.RISK, List.of(), 0, 0, "no risks", List.of(),
                        null, null)));
    }

    @Test
    void everyViolationIsARowWithItsStandardAndDates() {
        String csv = ComplianceCsv.violations(List.of(alpha()),
                id -> id == 4 ? Optional.of(FORMULA) : Optional.empty());

        List<Csv.Row> rows = Csv.read(csv);
        assertThat(rows.get(0).cells()).isEqualTo(ComplianceCsv.VIOLATION_COLUMNS);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells()).containsExactly("ALPHA", "4", "'=cmd|' /C calc'!A0", "CRITICAL", "FAILED",
                "12", "1", "2026-03-02T02:00:00Z", "2026-03-03T02:00:00Z", "ALPHA-1 ALPHA-2",
                "12 issues overdue, by 3 to 40 days", "2026-03-03T02:00:00Z");
        assertThat(rows.get(2).cells()).containsExactly("ALPHA", "5", "", "", "WAIVED", "0", "1", "", "", "", "",
                "2026-03-03T02:00:00Z");
    }

    @Test
    void everyProjectsScoreIsARow() {
        ProjectResult unscored = new ProjectResult(10_001, "-BETA", null, RagStatus.GREY, 0, 0, TUESDAY, 8, List.of());

        List<Csv.Row> rows = Csv.read(ComplianceCsv.scores(List.of(alpha(), unscored)));

        assertThat(rows.get(0).cells()).isEqualTo(ComplianceCsv.SCORE_COLUMNS);
        assertThat(rows.get(1).cells()).containsExactly("ALPHA", "66.7", "RED", "10", "15", "1",
                "2026-03-03T02:00:00Z", "8");
        assertThat(rows.get(2).cells()).containsExactly("'-BETA", "", "GREY", "0", "0", "0", "2026-03-03T02:00:00Z",
                "8");
    }

    @Test
    void scoresRoundHalfUpToOneDecimalAndBandAtTheThresholds() {
        assertThat(ComplianceScore.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(ComplianceScore.percent(1, 8)).isEqualTo(new BigDecimal("12.5"));
        assertThat(ComplianceScore.percent(1, 16)).isEqualTo(new BigDecimal("6.3"));
        assertThat(ComplianceScore.percent(0, 0)).isNull();
        ScoreThresholds bands = ScoreThresholds.DEFAULTS;
        assertThat(bands.rag(new BigDecimal("90.0"))).isEqualTo(RagStatus.GREEN);
        assertThat(bands.rag(new BigDecimal("89.9"))).isEqualTo(RagStatus.AMBER);
        assertThat(bands.rag(new BigDecimal("75.0"))).isEqualTo(RagStatus.AMBER);
        assertThat(bands.rag(new BigDecimal("74.9"))).isEqualTo(RagStatus.RED);
        assertThat(bands.rag(null)).isEqualTo(RagStatus.GREY);
    }
}
