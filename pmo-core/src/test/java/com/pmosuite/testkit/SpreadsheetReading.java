package com.pmosuite.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a spreadsheet might cut a CSV file into cells, for tests of the formula guard. A spreadsheet applies the list
 * separator of its locale (comma, or semicolon in much of Europe) or tab, whatever the file uses, and may or may
 * not honour quotes; each way of reading is modelled so a test can check every cell any of them produces.
 */
public enum SpreadsheetReading {
    COMMA(',', true), SEMICOLON(';', true), TAB('\t', true),
    COMMA_IGNORING_QUOTES(',', false), SEMICOLON_IGNORING_QUOTES(';', false), TAB_IGNORING_QUOTES('\t', false);

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private final char separator;
    private final boolean honoursQuotes;

    SpreadsheetReading(char separator, boolean honoursQuotes) {
        this.separator = separator;
        this.honoursQuotes = honoursQuotes;
    }

    /** Every cell of the file as this reading sees it, quotes removed where it honours them. */
    public List<String> cells(String csv) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (honoursQuotes && c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator || c == '\r' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /**
     * Whether a spreadsheet would take the cell for a formula: after leading spaces and quotes (which some
     * spreadsheets trim) it starts with {@code = + - @}, a tab or a carriage return, and is not simply a number.
     * A cell starting with an apostrophe is text.
     */
    public static boolean opensFormula(String cell) {
        if (NUMBER.matcher(cell.strip()).matches()) {
            return false;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if ("=+-@\t\r".indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '"') {
                return false;
            }
        }
        return false;
    }

    /** The cells of the file, in every reading, that a spreadsheet would take for a formula. */
    public static List<String> formulaCells(String csv) {
        List<String> found = new ArrayList<>();
        for (SpreadsheetReading reading : values()) {
            reading.cells(csv).stream().filter(SpreadsheetReading::opensFormula)
                    .map(cell -> reading + ": " + cell).forEach(found::add);
        }
        return found;
    }
}
