package com.pmosuite.shared;

/** Small rules for free text input that every capability applies the same way. */
public final class Text {
    private Text() {
    }

    /**
     * Trims every kind of space, no-break spaces included; blank becomes {@code null} so "not given" has one
     * representation. {@link String#strip()} alone would keep U+00A0, U+2007 and U+202F, so a title of only
     * no-break spaces would count as given.
     */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * The first character that free text may not hold, or -1 when there is none. Refused: C0 controls other than
     * tab, line feed and carriage return; DEL and the C1 controls; the bidirectional overrides and isolates, which
     * can make text read differently from what is stored (U+202A–U+202E, U+2066–U+2069); the line and paragraph
     * separators U+2028/U+2029, which break lines in some readers and not in others; noncharacters; and surrogates
     * that are not part of a pair.
     */
    public static int forbiddenCodePoint(String value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (isForbidden(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** The message for a {@link #forbiddenCodePoint}, naming the character so that it can be found and removed. */
    public static String forbiddenMessage(int codePoint) {
        return String.format("contains control characters (U+%04X); remove it", codePoint);
    }

    private static boolean isForbidden(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029
                || (c >= 0xFDD0 && c <= 0xFDEF)
                || (c & 0xFFFE) == 0xFFFE
                // codePointAt returns a surrogate only when it has no partner.
                || (c <= 0xFFFF && Character.isSurrogate((char) c));
    }
}
