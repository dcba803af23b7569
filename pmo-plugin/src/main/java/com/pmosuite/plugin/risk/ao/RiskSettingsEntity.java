package com.pmosuite.plugin.risk.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A project's (by id) own risk matrix size and severity thresholds; projects without a row use the defaults. Changes
 * are written to the audit history under this row's id.
 */
@Preload
@Table("RISK_SETTINGS")
public interface RiskSettingsEntity extends Entity {
    @Unique
    long getProjectId();
    void setProjectId(long projectId);

    @NotNull
    String getProjectKey();
    void setProjectKey(String projectKey);

    int getScale();
    void setScale(int scale);

    int getMediumFrom();
    void setMediumFrom(int mediumFrom);

    int getHighFrom();
    void setHighFrom(int highFrom);

    int getCriticalFrom();
    void setCriticalFrom(int criticalFrom);

    /** One more with every saved change; rows saved before settings were versioned (schema version 0) read 0. */
    int getVersion();
    void setVersion(int version);
}
