package com.pmosuite.plugin.platform.ao.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen copy of the risk history entity as schema version 0 (the first release) declared it: the source that
 * {@link AuditTrailUpgradeTask1} copies into the audit history. Never change it: it must describe the table that
 * release created, whatever the live entities look like later.
 */
@Preload
@Table("RISK_HISTORY")
public interface RiskHistoryEntityV0 extends Entity {
    @Indexed
    int getRiskId();
    void setRiskId(int riskId);

    long getProjectId();
    void setProjectId(long projectId);

    @NotNull
    String getProjectKey();
    void setProjectKey(String projectKey);

    int getVersion();
    void setVersion(int version);

    @NotNull
    String getChangedBy();
    void setChangedBy(String changedBy);

    long getChangedAt();
    void setChangedAt(long changedAt);

    @NotNull
    String getFieldName();
    void setFieldName(String fieldName);

    @StringLength(StringLength.UNLIMITED)
    String getOldValue();
    void setOldValue(String oldValue);

    @StringLength(StringLength.UNLIMITED)
    String getNewValue();
    void setNewValue(String newValue);
}
