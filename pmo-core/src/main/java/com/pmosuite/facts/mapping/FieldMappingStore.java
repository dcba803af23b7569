package com.pmosuite.facts.mapping;

import com.pmosuite.facts.FieldMapping;
import com.pmosuite.shared.AuditEntry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where the PMO admin's field mapping is kept, one for the whole Jira, versioned, its changes audited. */
public interface FieldMappingStore {

    /** The saved mapping; empty until a PMO admin saves one. */
    Optional<SavedFieldMapping> saved();

    /** The saved mapping's version, 0 when none is saved: a cheaper read than {@link #saved()}, for caches. */
    int version();

    /**
     * Replaces the mapping. Saving what is there changes nothing (no new version, no history line).
     *
     * @throws com.pmosuite.shared.StaleVersion when the stored version is not {@code expectedVersion}; it carries
     *                                          the current {@link SavedFieldMapping} (or {@code null} if none)
     */
    SavedFieldMapping save(int expectedVersion, FieldMapping mapping, String actorKey, Instant at);

    /** The mapping's changes, oldest first: one line per changed part, field names as {@link FieldMappingText}. */
    List<AuditEntry> history();
}
