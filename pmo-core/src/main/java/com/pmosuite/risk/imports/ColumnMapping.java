package com.pmosuite.risk.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One source column mapped onto one of our fields, with what turns its cells into our values: a value map (source
 * value to ours, compared without case and surrounding spaces; values not in it are taken as they are) and, for
 * date fields, the date format (a {@link java.time.format.DateTimeFormatter} pattern such as {@code yyyy/MM/dd}).
 */
public record ColumnMapping(String field, String column, Map<String, String> values, String dateFormat) {
    public ColumnMapping {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static ColumnMapping of(ImportField field, String column) {
        return new ColumnMapping(field.wireName(), column, Map.of(), null);
    }

    public ColumnMapping withValues(Map<String, String> map) {
        return new ColumnMapping(field, column, map, dateFormat);
    }

    public ColumnMapping withDateFormat(String format) {
        return new ColumnMapping(field, column, values, format);
    }
}
