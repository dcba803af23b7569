package com.pmosuite.shared;

import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Whole numbers typed by people or sent by clients: ASCII digits only, length checked before anything is parsed.
 * {@link Integer#parseInt} alone would accept Arabic-Indic or fullwidth digits ({@code "٣"} is 3) and spends time
 * on any length of text it is given.
 */
public final class WholeNumbers {
    // An int has at most 10 digits and a long 19; leading zeros beyond that are not worth supporting.
    private static final Pattern INT = Pattern.compile("-?[0-9]{1,10}");
    private static final Pattern LONG = Pattern.compile("-?[0-9]{1,19}");
    private static final int LONGEST = 20;

    private WholeNumbers() {
    }

    /** The int that {@code text} writes in ASCII digits (optional leading minus), or empty if it is not one. */
    public static OptionalInt parseInt(String text) {
        if (text == null || text.length() > LONGEST || !INT.matcher(text).matches()) {
            return OptionalInt.empty();
        }
        long value = Long.parseLong(text);
        return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE
                ? OptionalInt.empty() : OptionalInt.of((int) value);
    }

    /** The long that {@code text} writes in ASCII digits (optional leading minus), or empty if it is not one. */
    public static OptionalLong parseLong(String text) {
        if (text == null || text.length() > LONGEST || !LONG.matcher(text).matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException beyondLong) {
            return OptionalLong.empty();
        }
    }
}
