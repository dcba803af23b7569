package com.pmosuite.risk;

import com.pmosuite.shared.Csv;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.shared.WholeNumbers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * A project's risk register as CSV, with the REST API's field names as column headers. Export writes every field
 * and the computed ones; import reads the editable columns, ignores the computed ones and rejects unknown headers,
 * so a typo in a header cannot silently drop a column's data.
 */
public final class RiskCsv {
    public static final int MAX_ROWS = 5_000;

    private record Column(String name, Function<Row, String> value, boolean editable) {
    }

    private record Row(Risk risk, RiskAssessment assessment) {
    }

    private static final List<Column> COLUMNS = List.of(
            computed("id", r -> String.valueOf(r.risk().id())),
            text("title", f -> f.title()),
            text("description", RiskFields::description),
            text("category", RiskFields::category),
            text("cause", RiskFields::cause),
            text("effect", RiskFields::effect),
            plain("kind", f -> Names.of(f.kind())),
            plain("probability", f -> String.valueOf(f.probability())),
            plain("impact", f -> String.valueOf(f.impact())),
            computed("score", r -> String.valueOf(r.assessment().score())),
            computed("severity", r -> Names.of(r.assessment().severity())),
            text("ownerKey", RiskFields::ownerKey),
            plain("status", f -> Names.of(f.status())),
            plain("strategy", f -> Names.of(f.strategy())),
            text("responsePlan", RiskFields::responsePlan),
            text("contingencyPlan", RiskFields::contingencyPlan),
            text("trigger", RiskFields::trigger),
            plain("proximityDate", f -> string(f.proximityDate())),
            plain("lastReviewDate", f -> string(f.lastReviewDate())),
            plain("nextReviewDate", f -> string(f.nextReviewDate())),
            plain("residualProbability", f -> string(f.residualProbability())),
            plain("residualImpact", f -> string(f.residualImpact())),
            computed("residualScore", r -> String.valueOf(r.assessment().residualScore())),
            plain("costImpact", f -> money(f.costImpact())),
            computed("expectedMonetaryValue", r -> money(r.assessment().expectedMonetaryValue())),
            plain("linkedIssueKeys", f -> String.join(" ", f.linkedIssueKeys())),
            computed("createdBy", r -> Csv.textCell(r.risk().createdBy())),
            computed("createdAt", r -> string(r.risk().createdAt())),
            computed("updatedBy", r -> Csv.textCell(r.risk().updatedBy())),
            computed("updatedAt", r -> string(r.risk().updatedAt())),
            computed("version", r -> String.valueOf(r.risk().version())));

    private RiskCsv() {
    }

    public static String write(List<Risk> risks, RiskSettings settings, LocalDate today) {
        StringBuilder out = new StringBuilder();
        appendHeader(out);
        appendRows(out, risks, settings, today);
        return out.toString();
    }

    /** The header line, for a file written in parts. */
    public static void appendHeader(StringBuilder out) {
        Csv.appendRow(out, COLUMNS.stream().map(Column::name).toList());
    }

    /** Data lines, for a file written in parts. */
    public static void appendRows(StringBuilder out, List<Risk> risks, RiskSettings settings, LocalDate today) {
        for (Risk risk : risks) {
            Row row = new Row(risk, RiskAssessment.of(risk.fields(), settings, today));
            Csv.appendRow(out, COLUMNS.stream().map(c -> c.value().apply(row)).toList());
        }
    }

    /** A data line of an import file, turned into a draft, with the line it came from. */
    public record DraftRow(int line, RiskDraft draft) {
    }

    /**
     * Turns an import file's records (read at the edge, header first, blank lines left out) into drafts. Problems
     * with the file as a whole (no header, unknown columns, too many rows) throw; problems in single cells are left
     * to draft validation so they are reported per line.
     */
    public static List<DraftRow> read(List<Csv.Row> rows, List<RiskImport.RowError> cellErrors) {
        if (rows.isEmpty()) {
            throw ValidationFailed.of("file", "is empty: expected a header line and at least one risk");
        }
        List<String> header = rows.get(0).cells().stream().map(h -> h.strip()).toList();
        Map<String, Integer> index = new HashMap<>();
        List<FieldError> headerErrors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Column column = COLUMNS.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElse(null);
            if (column == null) {
                headerErrors.add(new FieldError("file", "unknown column '" + name + "'; known columns: "
                        + String.join(", ", COLUMNS.stream().map(Column::name).toList())));
            } else if (index.putIfAbsent(column.name(), i) != null) {
                headerErrors.add(new FieldError("file", "column '" + column.name() + "' appears twice"));
            }
        }
        if (!index.containsKey("title")) {
            headerErrors.add(new FieldError("file", "a 'title' column is required"));
        }
        if (!headerErrors.isEmpty()) {
            throw new ValidationFailed(headerErrors);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw ValidationFailed.of("file", "has " + (rows.size() - 1) + " rows; import at most " + MAX_ROWS
                    + " at a time");
        }
        List<DraftRow> drafts = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.cells().size() > header.size()) {
                cellErrors.add(new RiskImport.RowError(row.line(), "file",
                        "has " + row.cells().size() + " values but the header has " + header.size() + " columns"));
                continue;
            }
            Function<String, String> cell = name -> {
                Integer i = index.get(name);
                if (i == null || i >= row.cells().size()) {
                    return null;
                }
                String value = row.cells().get(i);
                return value.isBlank() ? null : Csv.fromTextCell(value);
            };
            drafts.add(new DraftRow(row.line(), new RiskDraft(
                    cell.apply("title"), cell.apply("description"), cell.apply("category"), cell.apply("cause"),
                    cell.apply("effect"), cell.apply("kind"),
                    level(row.line(), "probability", cell, cellErrors), level(row.line(), "impact", cell, cellErrors),
                    cell.apply("ownerKey"), cell.apply("status"), cell.apply("strategy"), cell.apply("responsePlan"),
                    cell.apply("contingencyPlan"), cell.apply("trigger"), cell.apply("proximityDate"),
                    cell.apply("lastReviewDate"), cell.apply("nextReviewDate"),
                    level(row.line(), "residualProbability", cell, cellErrors),
                    level(row.line(), "residualImpact", cell, cellErrors),
                    cell.apply("costImpact"), issueKeys(cell.apply("linkedIssueKeys")))));
        }
        return drafts;
    }

    private static Integer level(int line, String name, Function<String, String> cell,
                                 List<RiskImport.RowError> errors) {
        String value = cell.apply(name);
        if (value == null) {
            return null;
        }
        OptionalInt level = WholeNumbers.parseInt(value.strip());
        if (level.isEmpty()) {
            errors.add(new RiskImport.RowError(line, name, "must be a whole number"));
            return null;
        }
        return level.getAsInt();
    }

    private static List<String> issueKeys(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    private static Column text(String name, Function<RiskFields, String> value) {
        return new Column(name, r -> Csv.textCell(value.apply(r.risk().fields())), true);
    }

    private static Column plain(String name, Function<RiskFields, String> value) {
        return new Column(name, r -> value.apply(r.risk().fields()), true);
    }

    private static Column computed(String name, Function<Row, String> value) {
        return new Column(name, value, false);
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static String money(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** Every column of the export, in file order: its header line. */
    public static List<String> columnNames() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /** Names of the columns an import reads; the others are written on export only. */
    public static Set<String> editableColumns() {
        return Set.copyOf(COLUMNS.stream().filter(Column::editable).map(c -> c.name().toLowerCase(Locale.ROOT))
                .toList());
    }
}
