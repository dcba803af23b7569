package com.pmosuite.risk.imports;

import com.pmosuite.shared.ValidationFailed;

import java.util.List;

/**
 * Finds the separator of a delimited file by looking at its first lines only: the one of comma, semicolon, tab and
 * pipe that splits the header into the most columns and every sampled line into the same number, counting only
 * separators outside quotes. A file with one column has no separator to find; it is read as comma separated.
 */
public final class Separators {
    /** The separators recognised, in the order a tie is broken. */
    public static final List<Character> CANDIDATES = List.of(',', ';', '\t', '|');
    /** How many records are sampled, and how many characters at most: a huge file costs no more to sniff. */
    static final int SAMPLE_LINES = 20;
    static final int SAMPLE_CHARS = 64 * 1024;

    private Separators() {
    }

    /** The separator a client named ({@code ,} {@code ;} {@code tab} {@code |}), or null to detect it. */
    public static Character named(String name, String field) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        return switch (name) {
            case "," -> ',';
            case ";" -> ';';
            case "|" -> '|';
            case "\t", "tab", "TAB" -> '\t';
            default -> throw ValidationFailed.of(field, "must be one of , ; | or tab");
        };
    }

    /** The wire name of a separator: the character itself, {@code tab} for a tab. */
    public static String wireName(char separator) {
        return separator == '\t' ? "tab" : String.valueOf(separator);
    }

    public static char detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        char best = ',';
        int bestColumns = 1;
        boolean bestConsistent = false;
        for (char candidate : CANDIDATES) {
            int[] counts = countsPerRecord(sample, candidate, text.length() > SAMPLE_CHARS);
            if (counts.length == 0 || counts[0] == 0) {
                continue;
            }
            boolean consistent = true;
            for (int i = 1; i < counts.length; i++) {
                consistent &= counts[i] == counts[0];
            }
            int columns = counts[0] + 1;
            // A separator that splits every line alike beats one that splits more but unevenly (commas in prose).
            if ((consistent && !bestConsistent) || (consistent == bestConsistent && columns > bestColumns)) {
                best = candidate;
                bestColumns = columns;
                bestConsistent = consistent;
            }
        }
        return best;
    }

    /**
     * Separators outside quotes in each sampled record. When the sample was cut, its last record may be cut too, so
     * it is left out.
     */
    private static int[] countsPerRecord(String sample, char separator, boolean cut) {
        int[] counts = new int[SAMPLE_LINES];
        int records = 0;
        int count = 0;
        boolean quoted = false;
        boolean blank = true;
        for (int i = 0; i < sample.length() && records < SAMPLE_LINES; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                blank = false;
            } else if (quoted) {
                continue;
            } else if (c == separator) {
                count++;
                blank = false;
            } else if (c == '\n' || c == '\r') {
                if (!blank) {
                    counts[records++] = count;
                }
                count = 0;
                blank = true;
            } else if (!Character.isWhitespace(c) && c != '\uFEFF') {
                blank = false;
            }
        }
        if (!blank && !cut && records < SAMPLE_LINES) {
            counts[records++] = count;
        }
        int[] result = new int[records];
        System.arraycopy(counts, 0, result, 0, records);
        return result;
    }
}
