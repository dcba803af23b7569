package com.pmosuite.plugin.risk.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.plugin.platform.jira.ProjectIdentity;
import com.pmosuite.risk.RiskMatrix;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.RiskSettingsStore;
import com.pmosuite.risk.SeverityBands;
import net.java.ao.DBParam;

import java.util.Optional;

/** {@link RiskSettingsStore} on Active Objects: at most one row per project id. */
public final class AoRiskSettingsStore implements RiskSettingsStore {
    private final ActiveObjects ao;
    private final ProjectIdentity projects;

    public AoRiskSettingsStore(ActiveObjects ao, ProjectIdentity projects) {
        this.ao = ao;
        this.projects = projects;
    }

    @Override
    public Optional<RiskSettings> find(String projectKey) {
        RiskSettingsEntity[] rows = ao.find(RiskSettingsEntity.class, RiskColumns.PROJECT_ID + " = ?",
                projects.idOf(projectKey));
        if (rows.length == 0) {
            return Optional.empty();
        }
        RiskSettingsEntity row = rows[0];
        return Optional.of(new RiskSettings(new RiskMatrix(row.getScale()),
                new SeverityBands(row.getMediumFrom(), row.getHighFrom(), row.getCriticalFrom())));
    }

    @Override
    public void save(String projectKey, RiskSettings settings) {
        ao.executeInTransaction(() -> {
            long projectId = projects.idOf(projectKey);
            RiskSettingsEntity[] rows = ao.find(RiskSettingsEntity.class, RiskColumns.PROJECT_ID + " = ?", projectId);
            RiskSettingsEntity row = rows.length > 0 ? rows[0]
                    : ao.create(RiskSettingsEntity.class, new DBParam(RiskColumns.PROJECT_ID, projectId),
                    new DBParam(RiskColumns.PROJECT_KEY, projectKey));
            row.setProjectKey(projectKey);
            row.setScale(settings.matrix().size());
            row.setMediumFrom(settings.bands().mediumFrom());
            row.setHighFrom(settings.bands().highFrom());
            row.setCriticalFrom(settings.bands().criticalFrom());
            row.save();
            return null;
        });
    }
}
