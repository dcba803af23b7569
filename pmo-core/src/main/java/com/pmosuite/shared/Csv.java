package com.pmosuite.shared;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields, doubled quotes, embedded line breaks; reading also accepts a BOM and LF-only. */
public final class Csv {
    /** One record of a file and the line it starts on (1-based), for error messages. */
    public record Row(int line, List<String> cells) {
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    /**
     * Guards a text cell against formula injection when the file is opened in a spreadsheet: text that starts
     * with a formula character gets a leading apostrophe (OWASP's advice). Numbers are written as they are.
     */
    public static String textCell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return needsGuard(value) ? "'" + value : value;
    }

    /** Undoes {@link #textCell}: drops the guard apostrophe in front of a formula character. */
    public static String fromTextCell(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && needsGuard(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }

    // Apostrophes already in front of a formula character get one more, or the import would take one away.
    private static boolean needsGuard(String value) {
        int first = 0;
        while (first < value.length() && value.charAt(first) == '\'') {
            first++;
        }
        return first < value.length() && FORMULA_STARTS.indexOf(value.charAt(first)) >= 0;
    }

    public static void appendRow(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }

    /**
     * Reads all records. Blank lines are skipped.
     *
     * @throws ValidationFailed with field {@code file} for a quote that never closes
     */
    public static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellWasQuoted = false;
        int rowStart = 1;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        cell.append('"');
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !cellWasQuoted) {
                quoted = true;
                cellWasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellWasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                cells.add(cell.toString());
                addUnlessBlank(rows, rowStart, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                cellWasQuoted = false;
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw ValidationFailed.of("file", "line " + rowStart + ": a quoted value is never closed");
        }
        if (!cell.isEmpty() || !cells.isEmpty() || cellWasQuoted) {
            cells.add(cell.toString());
            addUnlessBlank(rows, rowStart, cells);
        }
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> cells) {
        if (cells.size() == 1 && cells.get(0).isBlank()) {
            return;
        }
        rows.add(new Row(line, List.copyOf(cells)));
    }
}
