package com.pmosuite.plugin.platform.audit.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The one audit history of every kind of record: one row per changed field per saved version, appended in the
 * write's own transaction; never updated, never deleted. Rows of a record that belongs to a project carry the
 * project's id (stable through key renames) and its key at the time (shown only when the project is gone), so the
 * history outlives the record and read permission can still be checked. Column names are in {@link AoAuditTrail}.
 */
@Preload
@Table("AUDIT_ENTRY")
public interface AuditEntryEntity extends Entity {
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
