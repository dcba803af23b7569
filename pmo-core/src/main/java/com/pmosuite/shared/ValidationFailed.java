package com.pmosuite.shared;

import java.util.List;

/** Input was rejected; carries every field error found, not just the first. */
public final class ValidationFailed extends RuntimeException {
    private final transient List<FieldError> errors;

    public ValidationFailed(List<FieldError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static ValidationFailed of(String field, String message) {
        return new ValidationFailed(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        StringBuilder text = new StringBuilder("Validation failed:");
        for (FieldError e : errors) {
            text.append(' ').append(e.field()).append(": ").append(e.message()).append(';');
        }
        return text.toString();
    }
}
