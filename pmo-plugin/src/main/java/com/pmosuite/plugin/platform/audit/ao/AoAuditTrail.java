package com.pmosuite.plugin.platform.audit.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.shared.AuditEntry;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Appends to and reads the shared audit history ({@link AuditEntryEntity}). Stores call it inside their own write
 * transaction, so a record and its history are saved together or not at all. No AO type leaves this class.
 */
public final class AoAuditTrail {
    static final String ID = "ID";
    static final String RECORD_TYPE = "RECORD_TYPE";
    static final String RECORD_ID = "RECORD_ID";
    static final String PROJECT_ID = "PROJECT_ID";
    static final String PROJECT_KEY = "PROJECT_KEY";
    static final String VERSION = "VERSION";
    static final String CHANGED_BY = "CHANGED_BY";
    static final String CHANGED_AT = "CHANGED_AT";
    static final String FIELD_NAME = "FIELD_NAME";
    static final String OLD_VALUE = "OLD_VALUE";
    static final String NEW_VALUE = "NEW_VALUE";

    private final ActiveObjects ao;

    public AoAuditTrail(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The project a record's history was written under: its id, and its key at the time. */
    public record StoredProject(long id, String key) {
    }

    /** Appends entries of records that belong to the project; call inside the write's transaction. */
    public void append(StoredProject project, List<AuditEntry> entries) {
        appendTo(project, entries);
    }

    /** Appends entries of records that belong to no project, such as the app's own settings. */
    public void appendOutsideProjects(List<AuditEntry> entries) {
        appendTo(null, entries);
    }

    private void appendTo(StoredProject project, List<AuditEntry> entries) {
        for (AuditEntry entry : entries) {
            List<DBParam> params = new ArrayList<>(List.of(
                    new DBParam(RECORD_TYPE, entry.entityType()),
                    new DBParam(RECORD_ID, entry.entityId()),
                    new DBParam(VERSION, entry.version()),
                    new DBParam(CHANGED_BY, entry.actorKey()),
                    new DBParam(CHANGED_AT, entry.at().toEpochMilli()),
                    new DBParam(FIELD_NAME, entry.field())));
            if (project != null) {
                params.add(new DBParam(PROJECT_ID, project.id()));
                params.add(new DBParam(PROJECT_KEY, project.key()));
            }
            // Absent values stay NULL rather than being sent as typed nulls, which not every driver accepts.
            if (entry.oldValue() != null) {
                params.add(new DBParam(OLD_VALUE, entry.oldValue()));
            }
            if (entry.newValue() != null) {
                params.add(new DBParam(NEW_VALUE, entry.newValue()));
            }
            ao.create(AuditEntryEntity.class, params.toArray(DBParam[]::new));
        }
    }

    /** A record's history, oldest first (in the order it was written). */
    public List<AuditEntry> entries(String entityType, long entityId) {
        return Arrays.stream(ao.find(AuditEntryEntity.class, Query.select()
                        .where(RECORD_ID + " = ? AND " + RECORD_TYPE + " = ?", entityId, entityType)
                        .order(ID + " ASC")))
                .map(AoAuditTrail::toEntry)
                .toList();
    }

    /** The project a record's first entry was written under; empty for a record with no history. */
    public Optional<StoredProject> projectOf(String entityType, long entityId) {
        AuditEntryEntity[] first = ao.find(AuditEntryEntity.class, Query.select()
                .where(RECORD_ID + " = ? AND " + RECORD_TYPE + " = ?", entityId, entityType)
                .order(ID + " ASC").limit(1));
        return first.length == 0 || first[0].getProjectId() == null ? Optional.empty()
                : Optional.of(new StoredProject(first[0].getProjectId(), first[0].getProjectKey()));
    }

    private static AuditEntry toEntry(AuditEntryEntity row) {
        return new AuditEntry(row.getRecordType(), row.getRecordId(), row.getVersion(), row.getChangedBy(),
                Instant.ofEpochMilli(row.getChangedAt()), row.getFieldName(), row.getOldValue(), row.getNewValue());
    }
}
