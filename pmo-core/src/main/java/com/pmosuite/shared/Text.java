package com.pmosuite.shared;

/** Small rules for free text input that every capability applies the same way. */
public final class Text {
    private Text() {
    }

    /** Trims; blank becomes {@code null} so "not given" has one representation. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
