package com.pmosuite.plugin.risk.ao;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.risk.imports.ColumnMapping;
import com.pmosuite.risk.imports.ImportMapping;

import java.util.List;
import java.util.Map;

/** A saved mapping's columns as stored in its row: the app's one JSON form, kept apart from the REST API's. */
record SavedMappingJson(List<Column> columns) implements JsonBody {
    /** One mapped column as stored. */
    record Column(String field, String column, Map<String, String> values, String dateFormat) implements JsonBody {
    }

    static String write(ImportMapping mapping) {
        return PmoJson.write(new SavedMappingJson(mapping.columns().stream()
                .map(c -> new Column(c.field(), c.column(), c.values(), c.dateFormat())).toList()));
    }

    static ImportMapping read(String json) {
        return new ImportMapping(PmoJson.read(json, SavedMappingJson.class).columns().stream()
                .map(c -> new ColumnMapping(c.field(), c.column(), c.values(), c.dateFormat())).toList());
    }
}
