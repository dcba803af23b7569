package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.risk.RiskFields;
import com.pmosuite.risk.imports.ImportedRow;
import com.pmosuite.risk.imports.MappedImport;
import com.pmosuite.risk.imports.RowProblem;
import com.pmosuite.risk.imports.SavedMapping;
import com.pmosuite.shared.Names;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The answers of the mapped import's REST calls. */
final class RiskImportJson {
    private RiskImportJson() {
    }

    /** A file looked at: how it was read, its header and first rows, and a mapping to start from. */
    record Analysis(String separator, String encoding, boolean byteOrderMark, List<String> header,
                    List<List<String>> sampleRows, int rowCount, boolean ownExport, ImportMappingJson mapping,
                    List<ColumnValues> dateFormats, List<ColumnValues> sampleValues,
                    List<FieldJson> fields, List<String> dateFormatChoices, int scale,
                    List<SavedJson> savedMappings) implements JsonBody {
    }

    /** Values that belong to one source column: its distinct sampled values, or the date formats they fit. */
    record ColumnValues(String column, List<String> values) implements JsonBody {
    }

    static List<ColumnValues> byColumn(Map<String, List<String>> values) {
        return values.entrySet().stream().map(e -> new ColumnValues(e.getKey(), e.getValue())).toList();
    }

    /** One of our fields a column can be mapped onto, and what kind of value it takes. */
    record FieldJson(String name, String kind) implements JsonBody {
    }

    /** A problem of one row at one field; {@code conflict} when the risk changed since the row's version (409). */
    record ProblemJson(String field, String message, boolean conflict) implements JsonBody {
    }

    /** One row and what happens to it, with its fields as they are (or would be) saved. */
    record RowJson(int line, String action, Long riskId, FieldsJson risk, List<ProblemJson> problems)
            implements JsonBody {
    }

    /** The first rows as they would be saved. */
    record Preview(int rowCount, List<RowJson> rows) implements JsonBody {
    }

    /** An import or its dry run: the counts, the refused rows with their reasons, the risks written. */
    record Outcome(int status, String message, boolean dryRun, boolean written, int rowsRead, long created,
                   long updated, long unchanged, long refused, List<Long> createdIds, List<Long> updatedIds,
                   List<RowJson> refusedRows) implements JsonBody {
    }

    /** A saved mapping. */
    record SavedJson(long id, String name, ImportMappingJson mapping, int version, String updatedBy,
                     String updatedAt) implements JsonBody {
    }

    static SavedJson saved(SavedMapping m) {
        return new SavedJson(m.id(), m.name(), ImportMappingJson.of(m.mapping()), m.version(), m.updatedBy(),
                m.updatedAt().toString());
    }

    static RowJson row(ImportedRow row) {
        return new RowJson(row.line(), Names.of(row.action()), row.riskId(),
                row.fields() == null ? null : fields(row.fields()),
                row.problems().stream().map(RiskImportJson::problem).toList());
    }

    private static ProblemJson problem(RowProblem p) {
        return new ProblemJson(p.field(), p.message(), p.conflict());
    }

    static Outcome outcome(MappedImport result, boolean dryRun, boolean skipRefused) {
        long created = result.count(ImportedRow.Action.CREATE);
        long updated = result.count(ImportedRow.Action.UPDATE);
        long unchanged = result.count(ImportedRow.Action.UNCHANGED);
        long refused = result.count(ImportedRow.Action.REFUSED);
        int status;
        String message;
        String counts = created + " risk(s) " + (dryRun ? "would be " : "") + "created, " + updated + " "
                + (dryRun ? "would be " : "") + "updated, " + refused + " refused";
        if (dryRun) {
            status = 200;
            message = counts;
        } else if (result.written()) {
            status = created > 0 ? 201 : 200;
            message = counts;
        } else if (refused > 0 && !skipRefused) {
            status = 400;
            message = "Nothing was imported: " + refused + " row(s) refused. Fix them, or import with skipRefused"
                    + " to leave them out";
        } else {
            status = 200;
            message = "Nothing to import: no row creates or changes a risk";
        }
        return new Outcome(status, message, dryRun, result.written(), result.rows().size(), created, updated,
                unchanged, refused,
                ids(result, ImportedRow.Action.CREATE), ids(result, ImportedRow.Action.UPDATE),
                result.refused().stream().map(RiskImportJson::row).toList());
    }

    private static List<Long> ids(MappedImport result, ImportedRow.Action action) {
        return result.written() ? result.rows().stream().filter(r -> r.action() == action)
                .map(ImportedRow::riskId).toList() : List.of();
    }

    /** A risk's editable fields by their REST names, as they would be saved. */
    record FieldsJson(String title, String description, String category, String cause, String effect, String kind,
                      int probability, int impact, String ownerKey, String status, String strategy,
                      String responsePlan, String contingencyPlan, String trigger, String proximityDate,
                      String lastReviewDate, String nextReviewDate, Integer residualProbability,
                      Integer residualImpact, String costImpact, List<String> linkedIssueKeys) implements JsonBody {
    }

    static FieldsJson fields(RiskFields f) {
        return new FieldsJson(f.title(), f.description(), f.category(), f.cause(), f.effect(), Names.of(f.kind()),
                f.probability(), f.impact(), f.ownerKey(), Names.of(f.status()), Names.of(f.strategy()),
                f.responsePlan(), f.contingencyPlan(), f.trigger(), iso(f.proximityDate()),
                iso(f.lastReviewDate()), iso(f.nextReviewDate()), f.residualProbability(), f.residualImpact(),
                f.costImpact() == null ? null : f.costImpact().toPlainString(), f.linkedIssueKeys());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
