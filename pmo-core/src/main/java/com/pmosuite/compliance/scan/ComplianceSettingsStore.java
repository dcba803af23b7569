package com.pmosuite.compliance.scan;

import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;

import java.time.Instant;
import java.util.List;

/** Port: where the compliance settings live, versioned, with their changes in the audit history. */
public interface ComplianceSettingsStore {

    /** The settings now; {@link ComplianceSettings#DEFAULT} until a PMO admin saves them. */
    ComplianceSettings current();

    /**
     * Saves new values if the settings are still at {@code expectedVersion}: the version goes up by one and the history
     * gets one line per changed value ({@link ComplianceSettings#changesTo}), in one transaction. Saving the values
     * already there changes nothing and returns the current settings.
     *
     * @throws StaleVersion carrying the current settings, when the version moved on
     */
    ComplianceSettings save(int expectedVersion, ComplianceSettings values, String actorKey, Instant at);

    /** The settings' changes, oldest first. */
    List<AuditEntry> history();
}
