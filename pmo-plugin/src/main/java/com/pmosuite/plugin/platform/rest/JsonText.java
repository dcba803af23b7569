package com.pmosuite.plugin.platform.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * A JSON value carried as its text inside a body, for parts of the API whose JSON a codec of their own reads and
 * writes (a compliance standard's {@code check}, an import's {@code document}): {@link PmoJson} reads whatever value
 * stands there, within its usual limits, into its compact text, and writes the text back as JSON, not as a string.
 */
public record JsonText(@JsonRawValue @JsonValue String json) implements JsonBody {
    public JsonText {
        Objects.requireNonNull(json, "json");
    }
}
