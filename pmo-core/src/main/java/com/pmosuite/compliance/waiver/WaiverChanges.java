package com.pmosuite.compliance.waiver;

import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.WaiverStatus;
import com.pmosuite.shared.AuditEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit lines of a waiver's changes, the same from every store. */
public final class WaiverChanges {
    private WaiverChanges() {
    }

    /** A new request: a {@code created} line, then one line per field asked for. */
    public static List<AuditEntry> created(Waiver waiver) {
        List<AuditEntry> lines = new ArrayList<>();
        lines.add(line(waiver, AuditEntry.CREATED, null, waiver.status().name()));
        lines.add(line(waiver, "standardId", null, Long.toString(waiver.standardId())));
        if (!waiver.issueKeys().isEmpty()) {
            lines.add(line(waiver, "issueKeys", null, String.join(", ", waiver.issueKeys().stream().sorted()
                    .toList())));
        }
        lines.add(line(waiver, "justification", null, waiver.justification()));
        lines.add(line(waiver, "expires", null, waiver.expires().toString()));
        return lines;
    }

    /** A decision (approve, reject, withdraw): the status line, and the note when there is one. */
    public static List<AuditEntry> decided(WaiverStatus before, Waiver after) {
        List<AuditEntry> lines = new ArrayList<>();
        lines.add(line(after, "status", before.name(), after.status().name()));
        if (after.decisionNote() != null) {
            lines.add(line(after, "decisionNote", null, after.decisionNote()));
        }
        return lines;
    }

    private static AuditEntry line(Waiver waiver, String field, String oldValue, String newValue) {
        boolean created = AuditEntry.CREATED.equals(field) || waiver.version() == 1;
        String actor = created ? waiver.requestedBy() : waiver.decidedBy();
        Instant at = created ? waiver.requestedAt() : waiver.decidedAt();
        return new AuditEntry(Waivers.ENTITY_TYPE, waiver.id(), waiver.version(), actor, at, field, oldValue,
                newValue);
    }
}
