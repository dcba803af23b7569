package com.pmosuite.compliance;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored PMO standard: what it asks ({@link #check}), why, how much it weighs in the score, and the version used
 * to detect concurrent edits.
 */
public record Standard(long id, String name, String rationale, StandardSeverity severity, int weight,
                       boolean enabled, Check check, String updatedBy, Instant updatedAt, int version) {
    public static final int MAX_NAME = 255;
    public static final int MAX_RATIONALE = 4000;
    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 100;

    public Standard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
    }

    public StandardDraft draft() {
        return new StandardDraft(name, rationale, severity, weight, enabled, check);
    }
}
