package com.pmosuite.plugin.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Every error response body: HTTP status, a sentence for people, and where it applies the field errors or the
 * current state of the thing that could not be saved.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorJson(int status, String message, List<FieldErrorJson> errors, JsonBody current)
        implements JsonBody {
    /** One field's problem. */
    public record FieldErrorJson(String field, String message) implements JsonBody {
    }
}
