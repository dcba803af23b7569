package com.pmosuite.risk.imports;

import com.pmosuite.risk.ResponseStrategy;
import com.pmosuite.risk.RiskKind;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.shared.WholeNumbers;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Which source column goes into which of our fields, and how its values are translated. Plain data, as a client
 * sends it or a saved mapping holds it; {@link #validate} checks it against a file and the project's scale and
 * reports every problem with its path ({@code columns[2].values.High}).
 */
public record ImportMapping(List<ColumnMapping> columns) {
    public static final int MAX_VALUES_PER_COLUMN = 500;
    public static final int MAX_VALUE_CHARS = 255;
    public static final int MAX_DATE_FORMAT_CHARS = 40;

    public ImportMapping {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** A mapping checked against a file: each field with its column's index and parsed translations. */
    public record Valid(Map<ImportField, Column> columns) {
        /** One mapped field: where its cells are, the value map with normalised keys, the date format. */
        public record Column(ImportField field, String name, int index, Map<String, String> values,
                             String dateFormat, DateTimeFormatter dates) {
        }

        public boolean maps(ImportField field) {
            return columns.containsKey(field);
        }
    }

    /**
     * Checks the mapping against the file's header and the project's settings; without a file ({@code table} null,
     * when a mapping is saved) only its shape and values are checked.
     *
     * @param prefix the path in front of each error's field, e.g. {@code mapping.}
     * @throws ValidationFailed listing every problem
     */
    public Valid validate(ImportTable table, RiskSettings settings, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        Map<ImportField, Valid.Column> valid = new EnumMap<>(ImportField.class);
        if (columns.size() > ImportField.values().length) {
            throw ValidationFailed.of(prefix + "columns", "maps more than " + ImportField.values().length
                    + " columns: each of our fields takes one column at most");
        }
        for (int i = 0; i < columns.size(); i++) {
            String at = prefix + "columns[" + i + "].";
            ColumnMapping column = columns.get(i);
            if (column == null) {
                errors.add(new FieldError(prefix + "columns[" + i + "]", "is required"));
                continue;
            }
            ImportField field = ImportField.named(column.field()).orElse(null);
            if (field == null) {
                errors.add(new FieldError(at + "field", column.field() == null || column.field().isBlank()
                        ? "is required" : "must be one of " + ImportField.choices()));
                continue;
            }
            if (valid.containsKey(field)) {
                errors.add(new FieldError(at + "field", "'" + field.wireName() + "' is mapped twice"));
                continue;
            }
            int index = column.column() == null || table == null ? -1 : table.indexOf(column.column());
            if (column.column() == null || column.column().isBlank()) {
                errors.add(new FieldError(at + "column", "is required"));
            } else if (column.column().length() > ImportTable.MAX_HEADER_CHARS) {
                errors.add(new FieldError(at + "column", "is longer than " + ImportTable.MAX_HEADER_CHARS
                        + " characters"));
            } else if (table != null && index < 0) {
                errors.add(new FieldError(at + "column", "no column '" + shorten(column.column()) + "' in the file"));
            }
            Map<String, String> values = values(field, column.values(), settings, at + "values", errors);
            DateTimeFormatter dates = null;
            if (field.kind() == ImportField.Kind.DATE) {
                dates = dateFormat(column.dateFormat(), at + "dateFormat", errors);
            } else if (column.dateFormat() != null && !column.dateFormat().isBlank()) {
                errors.add(new FieldError(at + "dateFormat", "applies to date fields only"));
            }
            valid.put(field, new Valid.Column(field, column.column(), index, values,
                    column.dateFormat() == null ? null : column.dateFormat().strip(), dates));
        }
        if (!valid.containsKey(ImportField.TITLE) && !valid.containsKey(ImportField.ID)) {
            errors.add(new FieldError(prefix + "columns", "map a column to title (or to id, to update risks)"));
        }
        if (valid.containsKey(ImportField.VERSION) != valid.containsKey(ImportField.ID)) {
            errors.add(new FieldError(prefix + "columns", "map id and version together: an update must say which"
                    + " version of the risk it was made from, as our export does"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Valid(valid);
    }

    private static Map<String, String> values(ImportField field, Map<String, String> values, RiskSettings settings,
                                              String at, List<FieldError> errors) {
        if (values.isEmpty()) {
            return Map.of();
        }
        if (!field.takesValueMap()) {
            errors.add(new FieldError(at, "applies to probability, impact, residual levels, status, kind and"
                    + " strategy only"));
            return Map.of();
        }
        if (values.size() > MAX_VALUES_PER_COLUMN) {
            errors.add(new FieldError(at, "has " + values.size() + " entries; at most " + MAX_VALUES_PER_COLUMN));
            return Map.of();
        }
        Map<String, String> normalised = new HashMap<>();
        values.forEach((source, ours) -> {
            String path = at + "." + shorten(source);
            if (source.length() > MAX_VALUE_CHARS || (ours != null && ours.length() > MAX_VALUE_CHARS)) {
                errors.add(new FieldError(path, "is longer than " + MAX_VALUE_CHARS + " characters"));
                return;
            }
            String target = ours == null ? "" : ours.strip();
            String problem = target.isEmpty() ? "is required: the value of ours it stands for"
                    : targetProblem(field, target, settings);
            if (problem != null) {
                errors.add(new FieldError(path, problem));
            } else if (normalised.put(key(source), target) != null) {
                errors.add(new FieldError(path, "is given twice (values are compared without case)"));
            }
        });
        return normalised;
    }

    private static String targetProblem(ImportField field, String target, RiskSettings settings) {
        return switch (field) {
            case STATUS -> Names.parse(RiskStatus.class, target) == null
                    ? "must be " + Names.choices(RiskStatus.class) : null;
            case KIND -> Names.parse(RiskKind.class, target) == null ? "must be " + Names.choices(RiskKind.class)
                    : null;
            case STRATEGY -> Names.parse(ResponseStrategy.class, target) == null
                    ? "must be " + Names.choices(ResponseStrategy.class) : null;
            default -> {
                OptionalInt level = WholeNumbers.parseInt(target);
                int size = settings.matrix().size();
                yield level.isPresent() && level.getAsInt() >= 1 && level.getAsInt() <= size ? null
                        : "must be a level between 1 and " + size;
            }
        };
    }

    private static DateTimeFormatter dateFormat(String pattern, String at, List<FieldError> errors) {
        if (pattern == null || pattern.isBlank()) {
            errors.add(new FieldError(at, "is required: choose the date format of this column, e.g. yyyy-MM-dd"));
            return null;
        }
        String clean = pattern.strip();
        if (clean.length() > MAX_DATE_FORMAT_CHARS || !clean.matches("[yMd./\\- ]+")
                || !clean.contains("y") || !clean.contains("M") || !clean.contains("d")) {
            errors.add(new FieldError(at, "must be a date format of y, M and d with . / - or space between, "
                    + "e.g. yyyy/MM/dd or dd.MM.yyyy"));
            return null;
        }
        try {
            // 'u' is the proleptic year: strict resolution with 'y' (year of era) would need an era in every date.
            return DateTimeFormatter.ofPattern(clean.replace('y', 'u'), Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(at, "is not a date format: " + e.getMessage()));
            return null;
        }
    }

    /** The mapping in words, one column a line, for the audit history: {@code probability <- Probability (1=1, 3=5)}. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (ColumnMapping column : columns) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(column.field()).append(" <- ").append(column.column());
            if (!column.values().isEmpty()) {
                out.append(" (");
                column.values().forEach((from, to) -> out.append(from).append('=').append(to).append(", "));
                out.setLength(out.length() - 2);
                out.append(')');
            }
            if (column.dateFormat() != null) {
                out.append(" [").append(column.dateFormat()).append(']');
            }
        }
        return out.toString();
    }

    /**
     * The mapping as stored: one CSV record a column ({@code field, column, dateFormat, from, to, from, to, ...}),
     * read back whole by {@link #fromStored}.
     */
    public String toStored() {
        StringBuilder out = new StringBuilder();
        for (ColumnMapping column : columns) {
            List<String> cells = new ArrayList<>(List.of(column.field(), column.column(),
                    column.dateFormat() == null ? "" : column.dateFormat()));
            column.values().forEach((from, to) -> {
                cells.add(from);
                cells.add(to);
            });
            com.pmosuite.shared.Csv.appendRow(out, cells);
        }
        return out.toString();
    }

    /** Reads what {@link #toStored} wrote. */
    public static ImportMapping fromStored(String stored) {
        List<ColumnMapping> columns = new ArrayList<>();
        for (com.pmosuite.shared.Csv.Row row : com.pmosuite.shared.Csv.read(stored)) {
            List<String> cells = row.cells();
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (int i = 3; i + 1 < cells.size(); i += 2) {
                values.put(cells.get(i), cells.get(i + 1));
            }
            columns.add(new ColumnMapping(cells.get(0), cells.get(1), values,
                    cells.size() < 3 || cells.get(2).isEmpty() ? null : cells.get(2)));
        }
        return new ImportMapping(columns);
    }

    /** How value-map keys and cells are compared: without case and surrounding spaces. */
    static String key(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
