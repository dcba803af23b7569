package com.pmosuite.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as we write it: quoted fields, doubled quotes, embedded line breaks, the formula guard. Its reader is
 * for records we wrote ourselves (stored mappings, tests); files users upload are read at the plugin's edge with
 * Apache Commons CSV ({@code SpreadsheetCsv}), which hands over {@link Row}s.
 */
public final class Csv {
    /** One record of a file and the line it starts on (1-based), for error messages. */
    public record Row(int line, List<String> cells) {
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";
    /**
     * Where a spreadsheet may start a cell inside one of our values: a spreadsheet splits on its locale's list
     * separator (comma, or semicolon in much of Europe) or tab whatever the file uses, and a line break inside a
     * quoted value ends the row for a reader that does not honour the quotes.
     */
    private static final String CELL_BREAKS = ",;\t\r\n";

    private Csv() {
    }

    /**
     * Guards a text cell against formula injection when the file is opened in a spreadsheet (OWASP's advice: the
     * cell must not start with {@code = + - @}, tab or CR, and a separator inside the value must not start a cell
     * that does). Wherever a spreadsheet could start a cell in the value, at its start or after a comma, semicolon,
     * tab or line break, and that cell would open a formula after any spaces and quotes, an apostrophe goes in
     * front of it, which makes it text. Numbers are written as they are.
     */
    public static String textCell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            if (startsCell(value, i) && opensFormula(value, i)) {
                if (out == null) {
                    out = new StringBuilder(value.length() + 8).append(value, 0, i);
                }
                out.append('\'');
            }
            if (out != null) {
                out.append(value.charAt(i));
            }
        }
        return out == null ? value : out.toString();
    }

    /** Undoes {@link #textCell}: drops the guard apostrophe wherever a cell could start before a formula. */
    public static String fromTextCell(String value) {
        if (value == null || value.indexOf('\'') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            if (!(startsCell(value, i) && value.charAt(i) == '\'' && opensFormula(value, i))) {
                out.append(value.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean startsCell(String value, int i) {
        return i == 0 || CELL_BREAKS.indexOf(value.charAt(i - 1)) >= 0;
    }

    /**
     * Whether the cell starting at {@code start} opens a formula after any spaces and quotes (some spreadsheets
     * trim them). Apostrophes already in front of it count too: they get one more, or the import would take one
     * away.
     */
    private static boolean opensFormula(String value, int start) {
        int i = start;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (FORMULA_STARTS.indexOf(c) >= 0) {
                return true;
            }
            if (c != '"' && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return false;
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
        return read(text, ',');
    }

    /** Reads all records of our own text whose cells are separated by {@code separator}. */
    public static List<Row> read(String text, char separator) {
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
            } else if (c == separator) {
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
