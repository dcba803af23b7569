package com.pmosuite.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The one spelling of enum values at every edge (JSON, CSV, query strings, history): lower case, hyphenated. */
public final class Names {
    private Names() {
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses case-insensitively; returns {@code null} for unknown text so callers can report a field error. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.strip().replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        return null;
    }

    /** "a, b or c": the choices to list in an error message. */
    public static <E extends Enum<E>> String choices(Class<E> type) {
        String all = Arrays.stream(type.getEnumConstants()).map(Names::of).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
