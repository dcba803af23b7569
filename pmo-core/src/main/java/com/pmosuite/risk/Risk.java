package com.pmosuite.risk;

import java.time.Instant;
import java.util.Objects;

/** A stored risk: its fields plus identity, audit stamps and the version used to detect concurrent edits. */
public record Risk(
        long id,
        String projectKey,
        RiskFields fields,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        int version) {

    public Risk {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(fields, "fields");
    }
}
