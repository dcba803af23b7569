package com.pmosuite.testkit;

import com.pmosuite.compliance.scan.ComplianceSettings;
import com.pmosuite.compliance.scan.ComplianceSettingsStore;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A {@link ComplianceSettingsStore} in memory (it passes {@code ComplianceSettingsStoreContract}). */
public final class InMemoryComplianceSettingsStore implements ComplianceSettingsStore {
    private static final long RECORD_ID = 1;
    private ComplianceSettings current = ComplianceSettings.DEFAULT;
    private final List<AuditEntry> history = new ArrayList<>();

    @Override
    public synchronized ComplianceSettings current() {
        return current;
    }

    @Override
    public synchronized ComplianceSettings save(int expectedVersion, ComplianceSettings values, String actorKey,
                                                Instant at) {
        if (current.version() != expectedVersion) {
            throw new StaleVersion("The compliance settings", expectedVersion, current);
        }
        if (current.sameValues(values)) {
            return current;
        }
        ComplianceSettings saved = values.withVersion(expectedVersion + 1);
        history.addAll(current.changesTo(saved, RECORD_ID, actorKey, at.truncatedTo(ChronoUnit.MILLIS)));
        current = saved;
        return saved;
    }

    @Override
    public synchronized List<AuditEntry> history() {
        return List.copyOf(history);
    }
}
