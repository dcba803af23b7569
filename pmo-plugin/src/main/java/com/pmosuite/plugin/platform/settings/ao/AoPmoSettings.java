package com.pmosuite.plugin.platform.settings.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.plugin.platform.ao.AoErrors;
import com.pmosuite.plugin.platform.audit.ao.AoAuditTrail;
import com.pmosuite.plugin.platform.settings.PmoSettings;
import com.pmosuite.plugin.platform.settings.PmoSettingsStore;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link PmoSettingsStore} on Active Objects ({@link PmoSettingEntity}): a save based on an older version is
 * refused with {@link StaleVersion}, and every change is written to the audit history in the same transaction.
 */
@Named
public final class AoPmoSettings implements PmoSettingsStore {
    private static final String NAME = "SETTING_NAME";

    private final ActiveObjects ao;
    private final AoAuditTrail audit;

    @Inject
    public AoPmoSettings(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
        this.audit = new AoAuditTrail(ao);
    }

    @Override
    public PmoSettings current() {
        return row(PmoSettings.PMO_ADMIN_GROUP)
                .map(row -> new PmoSettings(row.getSettingValue(), row.getVersion()))
                .orElse(PmoSettings.NEVER_SAVED);
    }

    @Override
    public PmoSettings changePmoAdminGroup(int expectedVersion, String group, String actorKey, Instant at) {
        try {
            return ao.executeInTransaction(() -> {
                PmoSettings current = current();
                if (current.version() != expectedVersion) {
                    throw stale(expectedVersion, current);
                }
                if (group.equals(current.pmoAdminGroup())) {
                    // Saving what is there changes nothing: no new version, no history line.
                    return current;
                }
                PmoSettingEntity row = row(PmoSettings.PMO_ADMIN_GROUP).orElseGet(() -> ao.create(
                        PmoSettingEntity.class, new DBParam(NAME, PmoSettings.PMO_ADMIN_GROUP)));
                int version = expectedVersion + 1;
                row.setSettingValue(group);
                row.setVersion(version);
                row.save();
                audit.appendOutsideProjects(List.of(new AuditEntry(PmoSettings.ENTITY_TYPE, row.getID(), version,
                        actorKey, at, PmoSettings.PMO_ADMIN_GROUP, current.pmoAdminGroup(), group)));
                return new PmoSettings(group, version);
            });
        } catch (RuntimeException failure) {
            // Two first saves on two nodes: the unique name refuses the second; it read version 0.
            if (AoErrors.isWriteConflict(failure)) {
                throw stale(expectedVersion, current());
            }
            throw failure;
        }
    }

    @Override
    public List<AuditEntry> history() {
        return row(PmoSettings.PMO_ADMIN_GROUP)
                .map(row -> audit.entries(PmoSettings.ENTITY_TYPE, row.getID()))
                .orElse(List.of());
    }

    private Optional<PmoSettingEntity> row(String name) {
        PmoSettingEntity[] rows = ao.find(PmoSettingEntity.class, NAME + " = ?", name);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static StaleVersion stale(int expectedVersion, PmoSettings current) {
        return new StaleVersion("The PMO settings", expectedVersion, current);
    }
}
