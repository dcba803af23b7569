package com.pmosuite.plugin.platform.settings;

import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;

import java.time.Instant;
import java.util.List;

/** Where the PMO suite's own settings live, versioned, with their changes in the audit history. */
public interface PmoSettingsStore {
    /** The settings now; {@link PmoSettings#NEVER_SAVED} until an administrator saves them. */
    PmoSettings current();

    /** The PMO admin group now: read on every permission check, so a change applies at once on every node. */
    default String pmoAdminGroup() {
        return current().pmoAdminGroup();
    }

    /** @throws StaleVersion when the settings are no longer at {@code expectedVersion}; it carries the current ones */
    PmoSettings changePmoAdminGroup(int expectedVersion, String group, String actorKey, Instant at);

    /** The settings' changes, oldest first. */
    List<AuditEntry> history();
}
