package com.pmosuite.plugin.platform.ao.upgrade.v1;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.plugin.platform.ao.upgrade.v1.Release0Schema.RiskRevisionV0;
import com.pmosuite.plugin.platform.ao.upgrade.v1.Release0Schema.RiskSettingsV0;
import com.pmosuite.plugin.platform.ao.upgrade.v1.Release0Schema.RiskV0;
import net.java.ao.DBParam;

import java.time.Instant;

/**
 * Writes risks, their revisions, history and settings the way the first release's AoRiskStore and
 * AoRiskSettingsStore did (a frozen copy of their write paths, trimmed to the columns that matter here), into a
 * database created with {@link Release0Schema}.
 */
final class Release0Writer {
    private final ActiveObjects ao;

    Release0Writer(ActiveObjects ao) {
        ao.migrate(Release0Schema.entities());
        this.ao = ao;
    }

    int create(long projectId, String projectKey, String title, String actor, Instant at) {
        return ao.executeInTransaction(() -> {
            RiskV0 risk = ao.create(RiskV0.class,
                    new DBParam("PROJECT_ID", projectId), new DBParam("PROJECT_KEY", projectKey),
                    new DBParam("TITLE", title), new DBParam("KIND", "threat"), new DBParam("STATUS", "open"),
                    new DBParam("CREATED_BY", actor), new DBParam("CREATED_AT", at.toEpochMilli()),
                    new DBParam("UPDATED_BY", actor), new DBParam("UPDATED_AT", at.toEpochMilli()),
                    new DBParam("VERSION", 1));
            risk.setProbability(3);
            risk.setImpact(3);
            risk.setScore(9);
            risk.save();
            claim(risk.getID(), 1);
            history(risk, 1, actor, at, "created", null, title);
            return risk.getID();
        });
    }

    /** Changes one text field (the title or the description), writing one history row for it. */
    void change(int riskId, String field, String oldValue, String newValue, String actor, Instant at) {
        ao.executeInTransaction(() -> {
            RiskV0 risk = ao.get(RiskV0.class, riskId);
            int version = risk.getVersion() + 1;
            if (field.equals("title")) {
                risk.setTitle(newValue);
            } else {
                risk.setDescription(newValue);
            }
            risk.setUpdatedBy(actor);
            risk.setUpdatedAt(at.toEpochMilli());
            risk.setVersion(version);
            risk.save();
            claim(riskId, version);
            history(risk, version, actor, at, field, oldValue, newValue);
            return null;
        });
    }

    void delete(int riskId, String actor, Instant at) {
        ao.executeInTransaction(() -> {
            RiskV0 risk = ao.get(RiskV0.class, riskId);
            int version = risk.getVersion() + 1;
            risk.setVersion(version);
            risk.save();
            claim(riskId, version);
            history(risk, version, actor, at, "deleted", risk.getTitle(), null);
            ao.delete(risk);
            return null;
        });
    }

    void settings(long projectId, String projectKey, int scale, int mediumFrom, int highFrom, int criticalFrom) {
        ao.executeInTransaction(() -> {
            RiskSettingsV0 row = ao.create(RiskSettingsV0.class, new DBParam("PROJECT_ID", projectId),
                    new DBParam("PROJECT_KEY", projectKey));
            row.setScale(scale);
            row.setMediumFrom(mediumFrom);
            row.setHighFrom(highFrom);
            row.setCriticalFrom(criticalFrom);
            row.save();
            return null;
        });
    }

    private void claim(int riskId, int version) {
        ao.create(RiskRevisionV0.class, new DBParam("REVISION_KEY", riskId + ":" + version),
                new DBParam("RISK_ID", riskId), new DBParam("VERSION", version));
    }

    private void history(RiskV0 risk, int version, String actor, Instant at, String field, String oldValue,
                         String newValue) {
        RiskHistoryEntityV0 row = ao.create(RiskHistoryEntityV0.class,
                new DBParam("RISK_ID", risk.getID()),
                new DBParam("PROJECT_ID", risk.getProjectId()),
                new DBParam("PROJECT_KEY", risk.getProjectKey()),
                new DBParam("VERSION", version),
                new DBParam("CHANGED_BY", actor),
                new DBParam("CHANGED_AT", at.toEpochMilli()),
                new DBParam("FIELD_NAME", field));
        row.setOldValue(oldValue);
        row.setNewValue(newValue);
        row.save();
    }
}
