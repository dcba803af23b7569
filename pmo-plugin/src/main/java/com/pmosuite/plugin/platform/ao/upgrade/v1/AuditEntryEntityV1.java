package com.pmosuite.plugin.platform.ao.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen copy of the audit entity as schema version 1 introduced it: what {@link AuditTrailUpgradeTask1} writes.
 * Never change it; later changes to the live entity come with an upgrade task of their own.
 */
@Preload
@Table("AUDIT_ENTRY")
public interface AuditEntryEntityV1 extends Entity {
    /**
     * What kind of record, e.g. "risk", "risk-settings". Named "record", not "entity": AO's RawEntity already has a
     * getEntityType().
     */
    @NotNull
    String getRecordType();
    void setRecordType(String recordType);

    @Indexed
    long getRecordId();
    void setRecordId(long recordId);

    /** Null for records that belong to no project. */
    Long getProjectId();
    void setProjectId(Long projectId);

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
