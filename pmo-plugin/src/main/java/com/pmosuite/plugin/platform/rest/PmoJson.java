package com.pmosuite.plugin.platform.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.pmosuite.shared.ValidationFailed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The app's one JSON configuration. Resources read and write JSON through it rather than through the host's
 * provider, so requests and responses look the same in every Jira version and in the workbench, and so a
 * malformed body becomes a 400 with the offending field instead of whatever the host does.
 */
public final class PmoJson {
    /** Bodies above this size are refused; no PMO object needs more. */
    public static final int MAX_BODY_CHARS = 1_000_000;

    /** Longest number literal read: money has 16 characters, a level 1; the limit leaves room for leading zeros. */
    public static final int MAX_NUMBER_DIGITS = 100;
    /** Deepest nesting read: a risk is an object holding one list. */
    public static final int MAX_NESTING = 16;
    private static final int MAX_NAME_CHARS = 1_000;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            // Bounds the parser checks before it builds a value, so no literal costs more than reading it.
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_BODY_CHARS)
                    .maxNameLength(MAX_NAME_CHARS)
                    .maxDocumentLength(MAX_BODY_CHARS)
                    .build())
            .build())
            // Clients may send back what they read, computed fields included: those are ignored.
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
            .registerModule(new SimpleModule("pmo-ascii-integers")
                    .addDeserializer(Integer.class, new AsciiInteger(Integer.class))
                    .addDeserializer(int.class, new AsciiInteger(int.class))
                    .addDeserializer(Long.class, new AsciiLong(Long.class))
                    .addDeserializer(long.class, new AsciiLong(long.class))
                    .addDeserializer(JsonText.class, new JsonTextReader()));

    private PmoJson() {
    }

    /** Reads any JSON value where a {@link JsonText} stands as its compact text; JSON {@code null} stays null. */
    private static final class JsonTextReader extends StdDeserializer<JsonText> {
        JsonTextReader() {
            super(JsonText.class);
        }

        @Override
        public JsonText deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = parser.readValueAsTree();
            return tree == null || tree.isNull() ? null : new JsonText(tree.toString());
        }
    }

    /**
     * Reads a request body as UTF-8 text, at most {@code maxChars} of it. Resources take the raw stream and call
     * this after their permission check, so nobody can make the server buffer an arbitrarily large body. Bytes that
     * are not UTF-8 are refused, naming their line, rather than replaced with U+FFFD and stored; a byte order mark
     * at the start is dropped.
     *
     * @param field the field name to report when the body is too large or not UTF-8
     */
    public static String text(InputStream body, int maxChars, String field) {
        if (body == null) {
            return "";
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        StringBuilder text = new StringBuilder();
        try (body) {
            boolean end = false;
            while (!end) {
                int n = body.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0));
                bytes.flip();
                CoderResult result;
                do {
                    result = decoder.decode(bytes, chars, end);
                    drain(chars, text);
                    if (result.isError()) {
                        throw notUtf8(field, text);
                    }
                } while (result.isOverflow());
                bytes.compact();
                if (text.length() > maxChars) {
                    throw ValidationFailed.of(field, "is larger than " + maxChars + " characters");
                }
            }
            decoder.flush(chars);
            drain(chars, text);
        } catch (IOException e) {
            throw ValidationFailed.of(field, "could not be read: " + e.getMessage());
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        return text.toString();
    }

    private static void drain(CharBuffer chars, StringBuilder text) {
        chars.flip();
        text.append(chars);
        chars.clear();
    }

    private static ValidationFailed notUtf8(String field, CharSequence before) {
        long line = 1 + before.chars().filter(c -> c == '\n').count();
        return ValidationFailed.of(field, "line " + line + " is not UTF-8; "
                + ("file".equals(field) ? "save the file as UTF-8" : "send the " + field + " as UTF-8"));
    }

    /** Reads a JSON request body of at most {@link #MAX_BODY_CHARS} into {@code type}. */
    public static <T extends JsonBody> T read(InputStream body, Class<T> type) {
        return read(text(body, MAX_BODY_CHARS, "body"), type);
    }

    /** Writes a response body. Only REST bodies are written, never a core record: its names are not the API. */
    public static String write(JsonBody value) {
        return writeValue(value);
    }

    /** Writes a response that is a list of bodies. */
    public static String write(List<? extends JsonBody> values) {
        return writeValue(values);
    }

    private static String writeValue(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads a request body, turning every way it can be wrong into a {@link ValidationFailed}. */
    public static <T extends JsonBody> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw ValidationFailed.of("body", "a JSON object is required");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw ValidationFailed.of("body", "is larger than " + MAX_BODY_CHARS + " characters");
        }
        try (JsonParser parser = MAPPER.createParser(body)) {
            T value = MAPPER.readValue(parser, type);
            if (value == null) {
                throw ValidationFailed.of("body", "a JSON object is required");
            }
            if (parser.nextToken() != null) {
                throw ValidationFailed.of("body", "has more after the JSON value" + at(parser.currentLocation())
                        + ": send exactly one JSON object");
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw ValidationFailed.of("body", OVER_LIMITS);
        } catch (MismatchedInputException e) {
            throw ValidationFailed.of(path(e), expected(e));
        } catch (JsonMappingException e) {
            // A value read whole (a JsonText) meets the limits inside a mapping failure: say which limit, at its field.
            throw ValidationFailed.of(path(e), overLimits(e) ? OVER_LIMITS : "has a value of the wrong type");
        } catch (JsonProcessingException e) {
            throw ValidationFailed.of("body", "is not valid JSON" + at(e.getLocation()));
        } catch (IOException e) {
            throw ValidationFailed.of("body", "could not be read: " + e.getMessage());
        }
    }

    private static final String OVER_LIMITS = "is nested more than " + MAX_NESTING + " levels deep, or has a number"
            + " of more than " + MAX_NUMBER_DIGITS + " digits or a name of more than " + MAX_NAME_CHARS + " characters";

    private static boolean overLimits(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof StreamConstraintsException) {
                return true;
            }
        }
        return false;
    }

    // Some parser failures carry no location; the message then leaves it out rather than failing itself.
    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
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
        if (List.class.isAssignableFrom(target)) {
            return "must be a list";
        }
        if (target == String.class) {
            return "must be text";
        }
        return e.getPath().isEmpty() ? "a JSON object is required" : "has a value of the wrong type";
    }
}
