package com.pmosuite.risk;

import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: each project's risk scoring settings, versioned, with their audit history; a project without its own uses
 * {@link VersionedRiskSettings#NEVER_SAVED}. Settings follow the project, not its key, through key renames.
 */
public interface RiskSettingsStore {
    /** The project's own settings and their version; empty while it has never saved any. */
    Optional<VersionedRiskSettings> find(String projectKey);

    /**
     * Saves the settings if they are still at {@code expectedVersion} (0 when never saved); the version then goes up
     * by one and {@code changes} go into the history, all in one transaction.
     *
     * @throws StaleVersion carrying the current {@link VersionedRiskSettings}, when the version moved on
     */
    VersionedRiskSettings save(String projectKey, int expectedVersion, RiskSettings settings,
                               List<FieldChange> changes, String actorKey, Instant at);

    /** Every saved change of the project's settings, oldest first (entries of type {@code risk-settings}). */
    List<AuditEntry> history(String projectKey);
}
