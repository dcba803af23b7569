package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.risk.imports.ColumnMapping;
import com.pmosuite.risk.imports.ImportMapping;

import java.util.List;
import java.util.Map;

/**
 * An import mapping on the wire: {@code {"columns": [{"field": "title", "column": "Description"}, {"field":
 * "probability", "column": "Probability", "values": {"1": "1", "2": "3", "3": "5"}}, {"field": "lastReviewDate",
 * "column": "Review_date", "dateFormat": "yyyy/MM/dd"}]}}.
 */
public record ImportMappingJson(List<Column> columns) implements JsonBody {
    /** One source column mapped onto one of our fields. */
    public record Column(String field, String column, Map<String, String> values, String dateFormat)
            implements JsonBody {
    }

    public ImportMapping toMapping() {
        return new ImportMapping(columns == null ? List.of() : columns.stream()
                .map(c -> c == null ? null : new ColumnMapping(c.field(), c.column(), c.values(), c.dateFormat()))
                .toList());
    }

    public static ImportMappingJson of(ImportMapping mapping) {
        return new ImportMappingJson(mapping.columns().stream()
                .map(c -> new Column(c.field(), c.column(), c.values(), c.dateFormat())).toList());
    }
}
