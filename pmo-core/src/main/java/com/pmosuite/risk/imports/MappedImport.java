package com.pmosuite.risk.imports;

import java.util.List;

/**
 * The outcome of an import through a mapping, or of its dry run: every row with what happens to it, and whether
 * anything was written. Without {@code skipRefused} an import is all or nothing, as our own format's: one refused
 * row and nothing is written.
 */
public record MappedImport(List<ImportedRow> rows, boolean written) {
    public MappedImport {
        rows = List.copyOf(rows);
    }

    public long count(ImportedRow.Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    public List<ImportedRow> refused() {
        return rows.stream().filter(r -> r.action() == ImportedRow.Action.REFUSED).toList();
    }
}
