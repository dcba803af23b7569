package com.pmosuite.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A stored set of standards and the projects it applies to, with the version used to detect concurrent edits. */
public record StandardSet(long id, String name, String description, List<Long> standardIds, SetScope scope,
                          String updatedBy, Instant updatedAt, int version) {
    public static final int MAX_NAME = 255;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_STANDARDS = 200;

    public StandardSet {
        Objects.requireNonNull(name, "name");
        standardIds = List.copyOf(standardIds);
        Objects.requireNonNull(scope, "scope");
    }
}
