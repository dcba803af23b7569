package com.pmosuite.plugin.platform.csv;

import com.pmosuite.shared.Csv;
import com.pmosuite.shared.ValidationFailed;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the CSV files users upload with Apache Commons CSV, in the dialects spreadsheets write (RFC 4180 quoting,
 * any of our separators, CRLF or LF), into the core's records with the line each starts on; stops at the first
 * bound a record passes, and answers a malformed file with a 400 at {@code file} that names its line.
 */
public final class SpreadsheetCsv {
    /**
     * How much of a file is read: data records after the header, values in a record, characters in a value. The
     * text itself is bounded before (the request body's limit), so one record never holds more than that.
     */
    public record Limits(int maxDataRows, int maxColumns, int maxCellChars) {
    }

    private SpreadsheetCsv() {
    }

    /**
     * The records of {@code text} (header first), cells as written: spaces around a value are data, a blank line or
     * one of spaces only is no record, a byte order mark in front is dropped.
     *
     * @throws ValidationFailed at {@code file} for a quote that never closes or a bound passed
     */
    public static List<Csv.Row> read(String text, char separator, Limits limits) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setQuote('"')
                .setEscape(null)
                // Blank lines come back as records of one empty value, so every record's position is its own
                // first character; they are dropped below, as are lines of spaces only.
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                // A value after its closing quote ("a"b) is kept as ab, as spreadsheets read it.
                .setTrailingData(true)
                .setLenientEof(false)
                .get();
        List<Csv.Row> rows = new ArrayList<>();
        LineCounter lines = new LineCounter(body);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long linesBefore = parser.getCurrentLineNumber();
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw malformed(linesBefore, e);
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                int line = lines.lineAt(Math.toIntExact(record.getCharacterPosition()));
                check(record, line, rows.isEmpty(), limits);
                if (rows.size() == limits.maxDataRows() + 1) {
                    throw ValidationFailed.of("file", "has more than " + limits.maxDataRows()
                            + " rows; import at most " + limits.maxDataRows() + " at a time");
                }
                rows.add(new Csv.Row(line, List.copyOf(record.toList())));
            }
        } catch (IOException e) {
            // Only close() declares it, and a StringReader's cannot fail.
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static void check(CSVRecord record, int line, boolean header, Limits limits) {
        if (record.size() > limits.maxColumns()) {
            throw ValidationFailed.of("file", header
                    ? "has " + record.size() + " columns; at most " + limits.maxColumns() + " are read"
                    : "line " + line + " has " + record.size() + " values; at most " + limits.maxColumns()
                            + " are read");
        }
        for (String value : record) {
            if (value.length() > limits.maxCellChars()) {
                throw ValidationFailed.of("file", "line " + line + " has a value longer than "
                        + limits.maxCellChars() + " characters");
            }
        }
    }

    /**
     * The 400 for a record Commons CSV cannot read. With trailing data allowed the only such record is one whose
     * quote never closes, and it starts on the line after those the parser had finished.
     */
    private static ValidationFailed malformed(long linesBefore, RuntimeException cause) {
        int line = Math.toIntExact(linesBefore) + 1;
        String problem = cause.getMessage() != null && cause.getMessage().contains("EOF")
                ? "a quoted value is never closed" : "cannot be read as CSV";
        return ValidationFailed.of("file", "line " + line + ": " + problem);
    }

    /** Line numbers (1-based) of character positions, counting CRLF, LF and a lone CR as one line break each. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** The line of {@code target}; targets come in increasing order, so the text is scanned once. */
        int lineAt(int target) {
            for (; position < target && position < text.length(); position++) {
                char c = text.charAt(position);
                if (c == '\n' || c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n')) {
                    line++;
                }
            }
            return line;
        }
    }
}
