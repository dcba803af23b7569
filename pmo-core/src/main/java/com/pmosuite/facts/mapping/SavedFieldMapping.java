package com.pmosuite.facts.mapping;

import com.pmosuite.facts.FieldMapping;

import java.util.Objects;

/**
 * The field mapping a PMO admin saved, with its version: 0 while never saved (the mapping is then the one proposed
 * from what Jira has), one more with every saved change.
 */
public record SavedFieldMapping(FieldMapping mapping, int version) {
    /** The audit history's record type of the mapping's changes. */
    public static final String ENTITY_TYPE = "facts-field-mapping";

    public SavedFieldMapping {
        Objects.requireNonNull(mapping, "mapping");
        if (version < 0) {
            throw new IllegalArgumentException("version below 0: " + version);
        }
    }

    /** Whether a PMO admin has saved a mapping yet. */
    public boolean isSaved() {
        return version > 0;
    }
}
