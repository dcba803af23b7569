package com.pmosuite.risk;

import com.pmosuite.shared.AuditEntry;

import java.time.Instant;

/**
 * One line of a risk's append-only history: who changed which field when, from what to what; the risk's view of
 * an {@link AuditEntry} of type {@link #ENTITY_TYPE}. Creation and deletion are recorded as the pseudo-fields
 * {@code created} and {@code deleted}.
 *
 * @param version the risk version this change produced
 */
public record RiskHistoryEntry(long riskId, int version, String actorKey, Instant at, String field,
                               String oldValue, String newValue) {
    public static final String ENTITY_TYPE = "risk";
    public static final String CREATED = AuditEntry.CREATED;
    public static final String DELETED = AuditEntry.DELETED;

    public static RiskHistoryEntry of(AuditEntry entry) {
        if (!ENTITY_TYPE.equals(entry.entityType())) {
            throw new IllegalArgumentException("Not a risk's history: " + entry.entityType());
        }
        return new RiskHistoryEntry(entry.entityId(), entry.version(), entry.actorKey(), entry.at(), entry.field(),
                entry.oldValue(), entry.newValue());
    }

    public AuditEntry toAuditEntry() {
        return new AuditEntry(ENTITY_TYPE, riskId, version, actorKey, at, field, oldValue, newValue);
    }
}
