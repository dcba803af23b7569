package com.pmosuite.risk.imports;

import java.time.Instant;

/** A mapping saved under a name in one project, for the next file of the same register. */
public record SavedMapping(long id, String projectKey, String name, ImportMapping mapping, int version,
                           String updatedBy, Instant updatedAt) {
    /** The audit history's name for saved mappings. */
    public static final String ENTITY_TYPE = "risk-import-mapping";
}
