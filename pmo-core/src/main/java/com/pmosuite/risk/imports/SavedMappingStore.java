package com.pmosuite.risk.imports;

import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: where a project's saved import mappings live. Each write is one transaction with its audit entries
 * ({@link SavedMapping#ENTITY_TYPE}); names are unique per project without case.
 */
public interface SavedMappingStore {
    /** The project's mappings by name. */
    List<SavedMapping> list(String projectKey);

    Optional<SavedMapping> find(long id);

    /**
     * Stores a new mapping at version 1.
     *
     * @throws com.pmosuite.shared.ValidationFailed at {@code name} when the project has a mapping of that name
     */
    SavedMapping create(String projectKey, String name, ImportMapping mapping, String actorKey, Instant at);

    /**
     * Replaces a mapping's name and columns if it is still at {@code expectedVersion}.
     *
     * @throws StaleVersion carrying the current mapping, when someone saved it since
     */
    SavedMapping update(long id, int expectedVersion, String name, ImportMapping mapping, String actorKey,
                        Instant at);

    /** Deletes a mapping at {@code expectedVersion}; its history stays. */
    void delete(long id, int expectedVersion, String actorKey, Instant at);

    List<AuditEntry> history(long id);
}
