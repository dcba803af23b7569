package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskImport;

import java.util.List;

/** What an import did, or why it did nothing. */
public record ImportJson(int status, String message, int rowsRead, List<Long> createdIds,
                         List<RowErrorJson> errors) implements JsonBody {
    /** One problem in one line of the file. */
    public record RowErrorJson(int line, String field, String message) implements JsonBody {
    }

    static ImportJson of(RiskImport result) {
        return new ImportJson(result.succeeded() ? 201 : 400,
                result.succeeded() ? "Imported " + result.created().size() + " risk(s)"
                        : "Nothing was imported: fix the rows listed and import the file again",
                result.rowsRead(), result.created().stream().map(Risk::id).toList(),
                result.errors().stream().map(e -> new RowErrorJson(e.line(), e.field(), e.message())).toList());
    }
}
