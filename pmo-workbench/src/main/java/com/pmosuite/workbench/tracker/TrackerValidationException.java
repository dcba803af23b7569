package com.pmosuite.workbench.tracker;

import java.util.List;
import java.util.Map;

/**
 * A change the tracker refuses, with Jira's two kinds of message: per field ({@code errors}) and general
 * ({@code errorMessages}). The REST edge answers it with a 400 in Jira's error shape.
 */
public final class TrackerValidationException extends RuntimeException {
    private final Map<String, String> fieldErrors;
    private final List<String> messages;

    public TrackerValidationException(Map<String, String> fieldErrors, List<String> messages) {
        super(fieldErrors.isEmpty() ? String.join("; ", messages) : fieldErrors.toString());
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.messages = List.copyOf(messages);
    }

    public static TrackerValidationException field(String field, String message) {
        return new TrackerValidationException(Map.of(field, message), List.of());
    }

    public static TrackerValidationException message(String message) {
        return new TrackerValidationException(Map.of(), List.of(message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public List<String> messages() {
        return messages;
    }
}
