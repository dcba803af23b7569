package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.shared.WholeNumbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A compliance request's path and query parameters, each checked as text before it is used; every problem is
 * reported in one 400 naming the parameters ({@link #check()}).
 */
final class ComplianceParams {
    private static final int MAX_ID_DIGITS = 18;
    /** Jira project keys start with a letter and hold letters, digits and underscores; 255 is Jira's column. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");

    private final List<FieldError> errors = new ArrayList<>();

    /** A positive id of at most 18 ASCII digits. */
    long id(String field, String text) {
        String value = text == null ? "" : text.strip();
        OptionalLong id = value.length() > MAX_ID_DIGITS ? OptionalLong.empty() : WholeNumbers.parseLong(value);
        if (id.isEmpty() || id.getAsLong() < 1) {
            errors.add(new FieldError(field, "must be an id: a positive whole number of at most " + MAX_ID_DIGITS
                    + " digits"));
            return 0;
        }
        return id.getAsLong();
    }

    String projectKey(String text) {
        String value = text == null ? "" : text.strip();
        if (value.length() > 255 || !PROJECT_KEY.matcher(value).matches()) {
            errors.add(new FieldError("projectKey", "must be a project key, like ALPHA"));
        }
        return value;
    }

    /** {@code true} or {@code false}, any case; absent is false. */
    boolean flag(String field, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            errors.add(new FieldError(field, "must be true or false"));
            return false;
        }
        return value.equals("true");
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent. */
    int bounded(String field, String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String value = text.strip();
        OptionalInt number = value.length() > 10 ? OptionalInt.empty() : WholeNumbers.parseInt(value);
        if (number.isEmpty() || number.getAsInt() < min || number.getAsInt() > max) {
            errors.add(new FieldError(field, "must be a whole number from " + min + " to " + max));
            return fallback;
        }
        return number.getAsInt();
    }

    /** An optional version to check ({@code ?version=}): empty when absent. */
    OptionalInt version(String text) {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        String value = text.strip();
        OptionalInt version = value.length() > 10 ? OptionalInt.empty() : WholeNumbers.parseInt(value);
        if (version.isEmpty() || version.getAsInt() < 0) {
            errors.add(new FieldError("version", "must be a whole number"));
            return OptionalInt.empty();
        }
        return version;
    }

    /** One of an enumeration's values in the API's spelling ({@link Names}), any case; {@code null} when absent. */
    <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        E value = text.length() > 40 ? null : Names.parse(type, text);
        if (value == null) {
            errors.add(new FieldError(field, "must be " + Names.choices(type)));
        }
        return value;
    }

    void check() {
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    /** Checks one parameter on its own, for resources that take nothing else. */
    static long idOnly(String field, String text) {
        ComplianceParams params = new ComplianceParams();
        long id = params.id(field, text);
        params.check();
        return id;
    }

    static String projectKeyOnly(String text) {
        ComplianceParams params = new ComplianceParams();
        String key = params.projectKey(text);
        params.check();
        return key;
    }
}
