package com.pmosuite.plugin.risk.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.plugin.platform.ao.AoErrors;
import com.pmosuite.plugin.platform.ao.SerialWrites;
import com.pmosuite.plugin.platform.audit.ao.AoAuditTrail;
import com.pmosuite.plugin.platform.jira.ProjectIdentity;
import com.pmosuite.risk.FieldChange;
import com.pmosuite.risk.RiskMatrix;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.RiskSettingsStore;
import com.pmosuite.risk.SeverityBands;
import com.pmosuite.risk.VersionedRiskSettings;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;
import net.java.ao.DBParam;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link RiskSettingsStore} on Active Objects: at most one row per project id (a unique column), its changes in the
 * shared audit history under the row's id. Writers are serialised by the project lock the register holds; the
 * version check here turns a save based on an older read into {@link StaleVersion}, and the unique project column
 * does the same for two first saves that race.
 */
public final class AoRiskSettingsStore implements RiskSettingsStore {
    private final ActiveObjects ao;
    private final ProjectIdentity projects;
    private final AoAuditTrail audit;

    /**
     * A project's first save INSERTs its unique settings row, then its audit rows: two first saves at once deadlock
     * AO's HSQLDB provider unless they run one at a time (see {@link SerialWrites}).
     */
    private static final SerialWrites WRITES = SerialWrites.named("risk-settings");

    public AoRiskSettingsStore(ActiveObjects ao, ProjectIdentity projects) {
        this.ao = ao;
        this.projects = projects;
        this.audit = new AoAuditTrail(ao);
    }

    @Override
    public Optional<VersionedRiskSettings> find(String projectKey) {
        return row(projects.idOf(projectKey)).map(AoRiskSettingsStore::toSettings);
    }

    @Override
    public VersionedRiskSettings save(String projectKey, int expectedVersion, RiskSettings settings,
                                      List<FieldChange> changes, String actorKey, Instant at) {
        long projectId = projects.idOf(projectKey);
        try {
            return WRITES.run(() -> ao.executeInTransaction(() -> {
                Optional<RiskSettingsEntity> existing = row(projectId);
                int current = existing.map(RiskSettingsEntity::getVersion).orElse(0);
                if (current != expectedVersion) {
                    throw stale(projectKey, expectedVersion,
                            existing.map(AoRiskSettingsStore::toSettings).orElse(VersionedRiskSettings.NEVER_SAVED));
                }
                RiskSettingsEntity row = existing.orElseGet(() -> ao.create(RiskSettingsEntity.class,
                        new DBParam(RiskColumns.PROJECT_ID, projectId),
                        new DBParam(RiskColumns.PROJECT_KEY, projectKey)));
                int version = expectedVersion + 1;
                row.setProjectKey(projectKey);
                row.setScale(settings.matrix().size());
                row.setMediumFrom(settings.bands().mediumFrom());
                row.setHighFrom(settings.bands().highFrom());
                row.setCriticalFrom(settings.bands().criticalFrom());
                row.setVersion(version);
                row.save();
                audit.append(new AoAuditTrail.StoredProject(projectId, projectKey), changes.stream()
                        .map(c -> new AuditEntry(VersionedRiskSettings.ENTITY_TYPE, row.getID(), version, actorKey,
                                at, c.field(), c.oldValue(), c.newValue()))
                        .toList());
                return new VersionedRiskSettings(settings, version);
            }));
        } catch (RuntimeException failure) {
            // Two first saves of one project: the unique project column refuses the second; it read version 0.
            if (AoErrors.isWriteConflict(failure)) {
                throw stale(projectKey, expectedVersion, find(projectKey).orElse(VersionedRiskSettings.NEVER_SAVED));
            }
            throw failure;
        }
    }

    @Override
    public List<AuditEntry> history(String projectKey) {
        return row(projects.idOf(projectKey))
                .map(row -> audit.entries(VersionedRiskSettings.ENTITY_TYPE, row.getID()))
                .orElse(List.of());
    }

    private Optional<RiskSettingsEntity> row(long projectId) {
        RiskSettingsEntity[] rows = ao.find(RiskSettingsEntity.class, RiskColumns.PROJECT_ID + " = ?", projectId);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static StaleVersion stale(String projectKey, int expectedVersion, VersionedRiskSettings current) {
        return new StaleVersion("Risk settings of " + projectKey, expectedVersion, current);
    }

    private static VersionedRiskSettings toSettings(RiskSettingsEntity row) {
        return new VersionedRiskSettings(new RiskSettings(new RiskMatrix(row.getScale()),
                new SeverityBands(row.getMediumFrom(), row.getHighFrom(), row.getCriticalFrom())), row.getVersion());
    }
}
