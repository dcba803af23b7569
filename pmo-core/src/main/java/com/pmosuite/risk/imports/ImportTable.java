package com.pmosuite.risk.imports;

import com.pmosuite.risk.RiskCsv;
import com.pmosuite.shared.Csv;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A delimited file's header and data rows, within bounds: at most {@link RiskCsv#MAX_ROWS} rows,
 * {@link #MAX_COLUMNS} columns and {@link #MAX_CELL_CHARS} characters in a cell. Problems with the file as a whole
 * are a 400 at {@code file}.
 */
public record ImportTable(char separator, List<String> header, List<Csv.Row> rows) {
    public static final int MAX_COLUMNS = 200;
    public static final int MAX_CELL_CHARS = 10_000;
    public static final int MAX_HEADER_CHARS = 255;

    public ImportTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * A file's records, read at the edge with {@code separator} (the file's header first, blank lines left out), as
     * a table; checks the header and the bounds again, so a reader that forgot one cannot let it through.
     */
    public static ImportTable of(char separator, List<Csv.Row> records) {
        if (records.isEmpty()) {
            throw ValidationFailed.of("file", "is empty: expected a header line and at least one risk");
        }
        List<String> header = records.get(0).cells().stream().map(String::strip).toList();
        List<FieldError> errors = new ArrayList<>();
        if (header.size() > MAX_COLUMNS) {
            throw ValidationFailed.of("file", "has " + header.size() + " columns; at most " + MAX_COLUMNS
                    + " are read");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                errors.add(new FieldError("file", "column " + (i + 1) + " has no name in the header line"));
            } else if (name.length() > MAX_HEADER_CHARS) {
                errors.add(new FieldError("file", "column " + (i + 1) + "'s name is longer than "
                        + MAX_HEADER_CHARS + " characters"));
            } else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("file", "column '" + name + "' appears twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        List<Csv.Row> data = records.subList(1, records.size());
        if (data.isEmpty()) {
            throw ValidationFailed.of("file", "has a header but no risks");
        }
        if (data.size() > RiskCsv.MAX_ROWS) {
            throw ValidationFailed.of("file", "has " + data.size() + " rows; import at most " + RiskCsv.MAX_ROWS
                    + " at a time");
        }
        for (Csv.Row row : data) {
            if (row.cells().size() > MAX_COLUMNS) {
                throw ValidationFailed.of("file", "line " + row.line() + " has " + row.cells().size()
                        + " values; at most " + MAX_COLUMNS + " are read");
            }
            for (String cell : row.cells()) {
                if (cell.length() > MAX_CELL_CHARS) {
                    throw ValidationFailed.of("file", "line " + row.line() + " has a value longer than "
                            + MAX_CELL_CHARS + " characters");
                }
            }
        }
        return new ImportTable(separator, header, data);
    }

    /** The index of a column by its header name (case-insensitive), or -1. */
    public int indexOf(String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(column.strip())) {
                return i;
            }
        }
        return -1;
    }
}
