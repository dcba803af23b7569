package com.pmosuite.workbench.tracker;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's duration syntax for estimates and logged work: {@code 2w 3d 4h 30m}, with Jira's default working time of
 * 8 hours a day and 5 days a week; a bare number is minutes, Jira's default time unit.
 */
public final class JiraDuration {
    static final int MAX_LENGTH = 64;
    static final long MINUTE = 60;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 8 * HOUR;
    static final long WEEK = 5 * DAY;

    private static final Pattern PART = Pattern.compile("(\\d{1,6}(?:\\.\\d{1,3})?)\\s*([wdhm])");
    private static final Pattern WHOLE = Pattern.compile("(?:\\s*\\d{1,6}(?:\\.\\d{1,3})?\\s*[wdhm])+\\s*");
    private static final Pattern MINUTES = Pattern.compile("\\s*(\\d{1,7})\\s*");

    /** Seconds, or empty when the text is not a duration Jira would take. */
    public static OptionalLong parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return OptionalLong.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher bare = MINUTES.matcher(lower);
        if (bare.matches()) {
            return OptionalLong.of(Long.parseLong(bare.group(1)) * MINUTE);
        }
        if (!WHOLE.matcher(lower).matches()) {
            return OptionalLong.empty();
        }
        double seconds = 0;
        Matcher part = PART.matcher(lower);
        while (part.find()) {
            double amount = Double.parseDouble(part.group(1));
            seconds += amount * switch (part.group(2)) {
                case "w" -> WEEK;
                case "d" -> DAY;
                case "h" -> HOUR;
                default -> MINUTE;
            };
        }
        return OptionalLong.of(Math.round(seconds));
    }

    /** Jira's pretty form: {@code 1w 2d 3h 4m}; {@code 0m} for zero. */
    public static String format(long seconds) {
        StringBuilder text = new StringBuilder();
        long rest = seconds;
        for (long[] unit : new long[][] {{WEEK, 'w'}, {DAY, 'd'}, {HOUR, 'h'}, {MINUTE, 'm'}}) {
            long amount = rest / unit[0];
            rest %= unit[0];
            if (amount > 0) {
                text.append(text.isEmpty() ? "" : " ").append(amount).append((char) unit[1]);
            }
        }
        return text.isEmpty() ? "0m" : text.toString();
    }

    private JiraDuration() {
    }
}
