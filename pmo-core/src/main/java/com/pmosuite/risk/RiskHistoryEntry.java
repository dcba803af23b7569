package com.pmosuite.risk;

import java.time.Instant;

/**
 * One line of a risk's append-only history: who changed which field when, from what to what.
 * Creation and deletion are recorded as the pseudo-fields {@code created} and {@code deleted}.
 *
 * @param version the risk version this change produced
 */
public record RiskHistoryEntry(long riskId, int version, String actorKey, Instant at, String field,
                               String oldValue, String newValue) {
    public static final String CREATED = "created";
    public static final String DELETED = "deleted";
}
