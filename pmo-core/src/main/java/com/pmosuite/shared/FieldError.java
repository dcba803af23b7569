package com.pmosuite.shared;

import java.util.Objects;

/** One problem with one input field, as shown next to that field in a form or listed in a 400 response. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
