package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.risk.imports.ColumnMapping;
import com.pmosuite.risk.imports.ImportMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An import mapping on the wire: {@code {"columns": [{"field": "title", "column": "Description"}, {"field":
 * "probability", "column": "Probability", "values": [{"from": "3", "to": "5"}]}, {"field": "lastReviewDate",
 * "column": "Review_date", "dateFormat": "yyyy/MM/dd"}]}}.
 */
public record ImportMappingJson(List<Column> columns) implements JsonBody {
    /** One source column mapped onto one of our fields. */
    public record Column(String field, String column, List<Value> values, String dateFormat)
            implements JsonBody {
    }

    /** One of the file's values ({@code from}) and the value of ours it stands for ({@code to}). */
    public record Value(String from, String to) implements JsonBody {
    }

    public ImportMapping toMapping() {
        return new ImportMapping(columns == null ? List.of() : columns.stream()
                .map(c -> c == null ? null : new ColumnMapping(c.field(), c.column(), values(c.values()),
                        c.dateFormat()))
                .toList());
    }

    /**
     * The value list as a map; a value given twice (without case) is kept twice under different keys so that the
     * mapping's check reports it, and a missing {@code from} becomes an empty key the check refuses.
     */
    private static Map<String, String> values(List<Value> values) {
        Map<String, String> map = new LinkedHashMap<>();
        if (values != null) {
            for (Value value : values) {
                if (value != null) {
                    String from = value.from() == null ? "" : value.from();
                    while (map.containsKey(from)) {
                        from = from + " ";
                    }
                    map.put(from, value.to());
                }
            }
        }
        return map;
    }

    public static ImportMappingJson of(ImportMapping mapping) {
        return new ImportMappingJson(mapping.columns().stream()
                .map(c -> new Column(c.field(), c.column(), c.values().entrySet().stream()
                        .map(e -> new Value(e.getKey(), e.getValue())).toList(), c.dateFormat())).toList());
    }
}
