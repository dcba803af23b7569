package com.pmosuite.plugin.platform.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares a body with its checked-in contract under {@code src/test/resources/contract/}. Both are parsed and
 * written back compactly, so white space does not matter but property names, their order, value types ({@code 3}
 * is not {@code "3"}) and nulls (written, not left out) all do.
 */
public final class JsonContract {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private JsonContract() {
    }

    /** The contract file's text, e.g. to send it as a request. */
    public static String text(String name) {
        try (InputStream in = JsonContract.class.getResourceAsStream("/contract/" + name)) {
            assertThat(in).as("contract file contract/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertMatches(String name, String actualJson) {
        assertThat(canonical(actualJson)).as("body against contract/%s", name).isEqualTo(canonical(text(name)));
    }

    private static String canonical(String json) {
        try {
            JsonNode node = PLAIN.readTree(json);
            return PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
