package com.pmosuite.shared;

import java.time.Instant;

/**
 * One line of the audit history that every kind of record shares (risks and scoring settings now; portfolios,
 * standards and waivers later): who changed which field of which record, when, from what to what. Creation and
 * deletion are the pseudo-fields {@link #CREATED} and {@link #DELETED}.
 *
 * @param entityType what kind of record, e.g. {@code "risk"}; each capability owns its type names
 * @param entityId   the record's id within its kind
 * @param version    the record version this change produced
 */
public record AuditEntry(String entityType, long entityId, int version, String actorKey, Instant at, String field,
                         String oldValue, String newValue) {
    public static final String CREATED = "created";
    public static final String DELETED = "deleted";
}
