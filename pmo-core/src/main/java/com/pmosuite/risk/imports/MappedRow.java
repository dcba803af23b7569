package com.pmosuite.risk.imports;

import com.pmosuite.risk.RiskDraft;
import com.pmosuite.shared.Csv;
import com.pmosuite.shared.WholeNumbers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One data row read through a mapping: the values of the mapped fields in the form a {@link RiskDraft} takes
 * (dates as ISO text, levels as numbers), the risk id and version when it updates one, and the problems found
 * reading its cells. Fields the mapping leaves out are absent, so an update keeps the risk's own values there.
 */
public record MappedRow(int line, Long id, Integer version, Map<ImportField, Object> values,
                        List<RowProblem> problems) {

    public MappedRow {
        values = java.util.Collections.unmodifiableMap(new EnumMap<>(values.isEmpty()
                ? new EnumMap<>(ImportField.class) : values));
        problems = List.copyOf(problems);
    }

    public boolean updates() {
        return id != null;
    }

    /** Reads a row; blank cells in mapped columns clear the field, as in our export's round trip. */
    public static MappedRow read(Csv.Row row, ImportMapping.Valid mapping) {
        Map<ImportField, Object> values = new EnumMap<>(ImportField.class);
        List<RowProblem> problems = new ArrayList<>();
        Long id = null;
        Integer version = null;
        for (ImportMapping.Valid.Column column : mapping.columns().values()) {
            String cell = column.index() < row.cells().size() ? row.cells().get(column.index()) : "";
            String raw = cell == null || cell.isBlank() ? null : cell.strip();
            ImportField field = column.field();
            switch (field.kind()) {
                case ID -> {
                    if (raw == null) {
                        continue;
                    }
                    if (field == ImportField.ID) {
                        OptionalLong parsed = WholeNumbers.parseLong(raw);
                        if (parsed.isEmpty() || parsed.getAsLong() < 1) {
                            problems.add(RowProblem.of("id", "'" + shorten(raw) + "' is not a risk id: leave it"
                                    + " blank to create a risk, or map the id column of our export only"));
                        } else {
                            id = parsed.getAsLong();
                        }
                    } else {
                        OptionalInt parsed = WholeNumbers.parseInt(raw);
                        if (parsed.isEmpty() || parsed.getAsInt() < 1) {
                            problems.add(RowProblem.of("version", "'" + shorten(raw) + "' is not a version"));
                        } else {
                            version = parsed.getAsInt();
                        }
                    }
                }
                case TEXT -> values.put(field, field == ImportField.LINKED_ISSUE_KEYS ? issueKeys(raw)
                        : raw == null ? null : Csv.fromTextCell(raw));
                case CHOICE -> values.put(field, raw == null ? null : translated(column, raw));
                case LEVEL -> values.put(field, level(column, raw, problems));
                case DATE -> values.put(field, date(column, raw, problems));
            }
        }
        if (id != null && version == null && problems.stream().noneMatch(p -> p.field().equals("version"))) {
            problems.add(RowProblem.of("version", "is required with an id: the version the row was exported at,"
                    + " so that a change made since is not overwritten"));
        }
        return new MappedRow(row.line(), id, version, values, problems);
    }

    private static String translated(ImportMapping.Valid.Column column, String raw) {
        return column.values().getOrDefault(ImportMapping.key(raw), raw);
    }

    private static Integer level(ImportMapping.Valid.Column column, String raw, List<RowProblem> problems) {
        if (raw == null) {
            return null;
        }
        String ours = translated(column, raw);
        OptionalInt level = WholeNumbers.parseInt(ours);
        if (level.isEmpty()) {
            problems.add(RowProblem.of(column.field().wireName(), "'" + shorten(raw) + "' is not a level: map it"
                    + " onto the project's scale in the value map"));
            return null;
        }
        return level.getAsInt();
    }

    private static String date(ImportMapping.Valid.Column column, String raw, List<RowProblem> problems) {
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw, column.dates()).toString();
        } catch (DateTimeParseException e) {
            problems.add(RowProblem.of(column.field().wireName(), "'" + shorten(raw) + "' is not a date in the"
                    + " format " + column.dateFormat()));
            return null;
        }
    }

    private static List<String> issueKeys(String raw) {
        if (raw == null) {
            return List.of();
        }
        return Arrays.stream(raw.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    /**
     * The draft this row stands for: {@code base} (an empty draft for a new risk, the stored risk's for an update)
     * with the mapped fields replaced.
     */
    @SuppressWarnings("unchecked")
    public RiskDraft over(RiskDraft base) {
        return new RiskDraft(
                text(ImportField.TITLE, base.title()), text(ImportField.DESCRIPTION, base.description()),
                text(ImportField.CATEGORY, base.category()), text(ImportField.CAUSE, base.cause()),
                text(ImportField.EFFECT, base.effect()), text(ImportField.KIND, base.kind()),
                number(ImportField.PROBABILITY, base.probability()), number(ImportField.IMPACT, base.impact()),
                text(ImportField.OWNER_KEY, base.ownerKey()), text(ImportField.STATUS, base.status()),
                text(ImportField.STRATEGY, base.strategy()), text(ImportField.RESPONSE_PLAN, base.responsePlan()),
                text(ImportField.CONTINGENCY_PLAN, base.contingencyPlan()),
                text(ImportField.TRIGGER, base.trigger()), text(ImportField.PROXIMITY_DATE, base.proximityDate()),
                text(ImportField.LAST_REVIEW_DATE, base.lastReviewDate()),
                text(ImportField.NEXT_REVIEW_DATE, base.nextReviewDate()),
                number(ImportField.RESIDUAL_PROBABILITY, base.residualProbability()),
                number(ImportField.RESIDUAL_IMPACT, base.residualImpact()),
                text(ImportField.COST_IMPACT, base.costImpact()),
                values.containsKey(ImportField.LINKED_ISSUE_KEYS)
                        ? (List<String>) values.get(ImportField.LINKED_ISSUE_KEYS) : base.linkedIssueKeys());
    }

    /** A draft with nothing in it: what a new risk's unmapped fields start from. */
    public static final RiskDraft EMPTY = new RiskDraft(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, List.of());

    private String text(ImportField field, String base) {
        return values.containsKey(field) ? (String) values.get(field) : base;
    }

    private Integer number(ImportField field, Integer base) {
        return values.containsKey(field) ? (Integer) values.get(field) : base;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
