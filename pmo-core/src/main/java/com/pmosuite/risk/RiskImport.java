package com.pmosuite.risk;

import java.util.List;

/**
 * The outcome of a CSV import. Imports are all or nothing: when any row has an error, {@code created} is empty
 * and {@code errors} lists every problem by line number, so the file can be fixed and sent again.
 */
public record RiskImport(int rowsRead, List<Risk> created, List<RowError> errors) {

    /** A problem in one line of the file (line 1 is the header). */
    public record RowError(int line, String field, String message) {
    }

    public RiskImport {
        created = List.copyOf(created);
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
