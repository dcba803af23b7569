package com.pmosuite.plugin.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.pmosuite.shared.ValidationFailed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The app's one JSON configuration. Resources read and write JSON through it rather than through the host's
 * provider, so requests and responses look the same in every Jira version and in the workbench, and so a
 * malformed body becomes a 400 with the offending field instead of whatever the host does.
 */
public final class PmoJson {
    /** Bodies above this size are refused; no PMO object needs more. */
    public static final int MAX_BODY_CHARS = 1_000_000;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            // Clients may send back what they read, computed fields included: those are ignored.
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

    private PmoJson() {
    }

    /**
     * Reads a request body as UTF-8 text, at most {@code maxChars} of it. Resources take the raw stream and call
     * this after their permission check, so nobody can make the server buffer an arbitrarily large body.
     *
     * @param field the field name to report when the body is too large
     */
    public static String text(InputStream body, int maxChars, String field) {
        if (body == null) {
            return "";
        }
        try (Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
                if (text.length() > maxChars) {
                    throw ValidationFailed.of(field, "is larger than " + maxChars + " characters");
                }
            }
            return text.toString();
        } catch (IOException e) {
            throw ValidationFailed.of(field, "could not be read: " + e.getMessage());
        }
    }

    /** Reads a JSON request body of at most {@link #MAX_BODY_CHARS} into {@code type}. */
    public static <T> T read(InputStream body, Class<T> type) {
        return read(text(body, MAX_BODY_CHARS, "body"), type);
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads a request body, turning every way it can be wrong into a {@link ValidationFailed}. */
    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw ValidationFailed.of("body", "a JSON object is required");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw ValidationFailed.of("body", "is larger than " + MAX_BODY_CHARS + " characters");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw ValidationFailed.of("body", "a JSON object is required");
            }
            return value;
        } catch (MismatchedInputException e) {
            throw ValidationFailed.of(path(e), expected(e));
        } catch (JsonMappingException e) {
            throw ValidationFailed.of(path(e), "has a value of the wrong type");
        } catch (JsonProcessingException e) {
            throw ValidationFailed.of("body", "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "has a value of the wrong type";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (java.util.List.class.isAssignableFrom(target)) {
            return "must be a list";
        }
        if (target == String.class) {
            return "must be text";
        }
        return e.getPath().isEmpty() ? "a JSON object is required" : "has a value of the wrong type";
    }
}
