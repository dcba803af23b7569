package com.pmosuite.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A request to accept a standard's violation in one project until a date. Once approved it suppresses the
 * violation (only the named issues, when {@code issueKeys} is not empty) up to and including {@code expires};
 * from the day after, the violation returns.
 *
 * @param decidedBy    the PMO admin who approved or rejected it; {@code null} while requested
 * @param decisionNote why, as the PMO admin wrote it; may be {@code null}
 */
public record Waiver(long id, long standardId, long projectId, Set<String> issueKeys, String justification,
                     LocalDate expires, WaiverStatus status, String requestedBy, Instant requestedAt,
                     String decidedBy, Instant decidedAt, String decisionNote, int version) {
    public static final int MAX_JUSTIFICATION = 4000;
    public static final int MAX_ISSUE_KEYS = 200;

    public Waiver {
        issueKeys = Set.copyOf(issueKeys);
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(status, "status");
    }

    /** Whether it suppresses violations on {@code day}: approved and not yet expired. */
    public boolean activeOn(LocalDate day) {
        return status == WaiverStatus.APPROVED && !day.isAfter(expires);
    }
}
