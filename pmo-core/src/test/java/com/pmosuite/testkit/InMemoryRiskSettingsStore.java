package com.pmosuite.testkit;

import com.pmosuite.risk.FieldChange;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.RiskSettingsStore;
import com.pmosuite.risk.VersionedRiskSettings;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link RiskSettingsStore} in memory that keeps every promise of the port (it passes
 * {@code RiskSettingsStoreContract}): projects without saved settings have none; each project's settings get an id
 * of their own, under which their history is kept.
 */
public final class InMemoryRiskSettingsStore implements RiskSettingsStore {
    private final Map<String, VersionedRiskSettings> byProject = new HashMap<>();
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<Long, List<AuditEntry>> histories = new HashMap<>();
    private long lastId;

    @Override
    public synchronized Optional<VersionedRiskSettings> find(String projectKey) {
        return Optional.ofNullable(byProject.get(projectKey));
    }

    @Override
    public synchronized VersionedRiskSettings save(String projectKey, int expectedVersion, RiskSettings settings,
                                                   List<FieldChange> changes, String actorKey, Instant at) {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(settings, "settings");
        VersionedRiskSettings current = byProject.get(projectKey);
        int version = current == null ? 0 : current.version();
        if (version != expectedVersion) {
            throw new StaleVersion("Risk settings of " + projectKey, expectedVersion,
                    current == null ? VersionedRiskSettings.NEVER_SAVED : current);
        }
        long id = ids.computeIfAbsent(projectKey, key -> ++lastId);
        VersionedRiskSettings saved = new VersionedRiskSettings(settings, version + 1);
        byProject.put(projectKey, saved);
        Instant stamp = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
        List<AuditEntry> history = histories.computeIfAbsent(id, k -> new ArrayList<>());
        for (FieldChange change : changes) {
            history.add(new AuditEntry(VersionedRiskSettings.ENTITY_TYPE, id, saved.version(), actorKey, stamp,
                    change.field(), change.oldValue(), change.newValue()));
        }
        return saved;
    }

    /** Test set-up: gives the project these settings, whatever version it is at. */
    public synchronized void use(String projectKey, RiskSettings settings) {
        int version = find(projectKey).map(VersionedRiskSettings::version).orElse(0);
        save(projectKey, version, settings, List.of(), "setup", Instant.EPOCH);
    }

    @Override
    public synchronized List<AuditEntry> history(String projectKey) {
        Long id = ids.get(projectKey);
        return id == null ? List.of() : List.copyOf(histories.getOrDefault(id, List.of()));
    }
}
