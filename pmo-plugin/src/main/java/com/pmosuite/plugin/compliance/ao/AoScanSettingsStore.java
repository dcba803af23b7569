package com.pmosuite.plugin.compliance.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.compliance.scan.ComplianceSettings;
import com.pmosuite.compliance.scan.ComplianceSettingsStore;
import com.pmosuite.plugin.platform.ao.AoErrors;
import com.pmosuite.plugin.platform.audit.ao.AoAuditTrail;
import com.pmosuite.plugin.platform.settings.ao.PmoSettingEntity;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;
import net.java.ao.DBParam;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ComplianceSettingsStore} in the PMO settings table ({@link PmoSettingEntity}): one row named
 * {@value #NAME} whose value is {@code scanIntervalMinutes=…;greenPercent=…;amberPercent=…;offenderCap=…}, versioned,
 * every change in the audit history in the same transaction. Saves are serialised by the settings lock
 * ({@link com.pmosuite.compliance.scan.ComplianceScans#changeSettings}); two first saves meet at the unique name.
 */
public final class AoScanSettingsStore implements ComplianceSettingsStore {
    static final String NAME = "compliance.scans";
    private static final String SETTING_NAME = "SETTING_NAME";

    private final ActiveObjects ao;
    private final AoAuditTrail audit;

    public AoScanSettingsStore(ActiveObjects ao) {
        this.ao = ao;
        this.audit = new AoAuditTrail(ao);
    }

    @Override
    public ComplianceSettings current() {
        return row().map(AoScanSettingsStore::parse).orElse(ComplianceSettings.DEFAULT);
    }

    @Override
    public ComplianceSettings save(int expectedVersion, ComplianceSettings values, String actorKey, Instant at) {
        try {
            return ao.executeInTransaction(() -> {
                ComplianceSettings current = current();
                if (current.version() != expectedVersion) {
                    throw stale(expectedVersion, current);
                }
                if (current.sameValues(values)) {
                    return current;
                }
                PmoSettingEntity row = row().orElseGet(() -> ao.create(PmoSettingEntity.class,
                        new DBParam(SETTING_NAME, NAME)));
                ComplianceSettings saved = values.withVersion(expectedVersion + 1);
                row.setSettingValue(format(saved));
                row.setVersion(saved.version());
                row.save();
                audit.appendOutsideProjects(current.changesTo(saved, row.getID(), actorKey, at));
                return saved;
            });
        } catch (RuntimeException failure) {
            if (AoErrors.isWriteConflict(failure)) {
                throw stale(expectedVersion, current());
            }
            throw failure;
        }
    }

    @Override
    public List<AuditEntry> history() {
        return row().map(row -> audit.entries(ComplianceSettings.ENTITY_TYPE, row.getID())).orElse(List.of());
    }

    private Optional<PmoSettingEntity> row() {
        PmoSettingEntity[] rows = ao.find(PmoSettingEntity.class, SETTING_NAME + " = ?", NAME);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static String format(ComplianceSettings s) {
        return "scanIntervalMinutes=" + s.scanIntervalMinutes() + ";greenPercent=" + s.greenPercent()
                + ";amberPercent=" + s.amberPercent() + ";offenderCap=" + s.offenderCap();
    }

    /** Values missing from the stored text (written by a later release without them) keep their defaults. */
    private static ComplianceSettings parse(PmoSettingEntity row) {
        Map<String, Integer> values = new HashMap<>();
        String text = row.getSettingValue() == null ? "" : row.getSettingValue();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), Integer.valueOf(pair.substring(eq + 1)));
            }
        }
        ComplianceSettings d = ComplianceSettings.DEFAULT;
        return new ComplianceSettings(values.getOrDefault("scanIntervalMinutes", d.scanIntervalMinutes()),
                values.getOrDefault("greenPercent", d.greenPercent()),
                values.getOrDefault("amberPercent", d.amberPercent()),
                values.getOrDefault("offenderCap", d.offenderCap()), row.getVersion());
    }

    private static StaleVersion stale(int expectedVersion, ComplianceSettings current) {
        return new StaleVersion("The compliance settings", expectedVersion, current);
    }
}
