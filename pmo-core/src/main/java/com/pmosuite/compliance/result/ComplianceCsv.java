package com.pmosuite.compliance.result;

import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.Standard;
import com.pmosuite.shared.Csv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Recorded compliance as CSV, evidence for an audit: one row per violation, and one row per project's score. Text
 * cells carry the formula guard ({@link Csv#textCell}), so a standard's name or an offender cannot run in a
 * spreadsheet; instants are ISO-8601 UTC.
 */
public final class ComplianceCsv {
    public static final List<String> VIOLATION_COLUMNS = List.of("project", "standardId", "standard", "severity",
            "outcome", "total", "waived", "firstSeen", "lastSeen", "offenders", "detail", "scannedAt");
    public static final List<String> SCORE_COLUMNS = List.of("project", "score", "rag", "passedWeight",
            "scoredWeight", "violations", "scannedAt", "runId");

    private ComplianceCsv() {
    }

    /**
     * The violations of these results, by project as given, then standard: failed standards, and also waived ones
     * and those in error, so the file shows what was accepted and what could not be checked. Offenders are the
     * listed ones (at most the scan's cap; {@code total} counts them all), joined by spaces.
     *
     * @param standards a standard by id, for its name and severity; a deleted standard's cells are empty
     */
    public static String violations(Collection<ProjectResult> results, Function<Long, Optional<Standard>> standards) {
        StringBuilder out = new StringBuilder();
        Csv.appendRow(out, VIOLATION_COLUMNS);
        for (ProjectResult project : results) {
            for (RecordedResult result : project.results()) {
                if (result.outcome() == Outcome.PASSED || result.outcome() == Outcome.NOT_APPLICABLE) {
                    continue;
                }
                Optional<Standard> standard = standards.apply(result.standardId());
                List<String> row = new ArrayList<>();
                row.add(Csv.textCell(project.projectKey()));
                row.add(Long.toString(result.standardId()));
                row.add(Csv.textCell(standard.map(Standard::name).orElse("")));
                row.add(standard.map(s -> s.severity().name()).orElse(""));
                row.add(result.outcome().name());
                row.add(Long.toString(result.total()));
                row.add(Long.toString(result.waivedCount()));
                row.add(instant(result.firstSeen()));
                row.add(instant(result.lastSeen()));
                row.add(Csv.textCell(String.join(" ", result.offenders())));
                row.add(Csv.textCell(result.detail()));
                row.add(instant(project.scannedAt()));
                Csv.appendRow(out, row);
            }
        }
        return out.toString();
    }

    /** One row per project: its score ({@code score} empty when none), band, weights and violations. */
    public static String scores(Collection<ProjectResult> results) {
        StringBuilder out = new StringBuilder();
        Csv.appendRow(out, SCORE_COLUMNS);
        for (ProjectResult project : results) {
            Csv.appendRow(out, List.of(
                    Csv.textCell(project.projectKey()),
                    project.score() == null ? "" : project.score().toPlainString(),
                    project.rag().name(),
                    Integer.toString(project.passedWeight()),
                    Integer.toString(project.scoredWeight()),
                    Integer.toString(project.violations().size()),
                    instant(project.scannedAt()),
                    Long.toString(project.runId())));
        }
        return out.toString();
    }

    private static String instant(Instant at) {
        return at == null ? "" : at.toString();
    }
}
