package com.pmosuite.shared;

import java.util.ArrayList;
import java.util.List;

/** Which slice of a long list to return: rows {@code offset .. offset+limit-1}. */
public record PageRequest(int offset, int limit) {
    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    public PageRequest {
        List<FieldError> errors = new ArrayList<>();
        if (offset < 0) {
            errors.add(new FieldError("offset", "must be 0 or more"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}
