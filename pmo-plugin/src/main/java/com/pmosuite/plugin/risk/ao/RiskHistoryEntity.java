package com.pmosuite.plugin.risk.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Append-only history: one row per changed field per saved version. Never updated, never deleted. */
@Preload
@Table("RISK_HISTORY")
public interface RiskHistoryEntity extends Entity {
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
