package com.pmosuite.compliance.scan;

import com.pmosuite.compliance.result.RecordedResult;
import com.pmosuite.compliance.engine.ScoreThresholds;

import java.math.BigDecimal;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The PMO admin's compliance settings: how often the scheduled scan runs, the score bands, and how many offenders a
 * result lists.
 *
 * @param version 0 while never saved, one more with every saved change
 */
public record ComplianceSettings(int scanIntervalMinutes, int greenPercent, int amberPercent, int offenderCap,
                                 int version) {
    /** The record type of these settings' lines in the audit history. */
    public static final String ENTITY_TYPE = "compliance-settings";
    public static final int MIN_INTERVAL_MINUTES = 15;
    /** A week. */
    public static final int MAX_INTERVAL_MINUTES = 10_080;
    public static final int MIN_OFFENDER_CAP = 1;
    public static final int MAX_OFFENDER_CAP = RecordedResult.MAX_OFFENDERS;
    /** Daily scans, green at 90 %, amber at 75 %, 50 offenders per result. */
    public static final ComplianceSettings DEFAULT = new ComplianceSettings(1440, 90, 75, 50, 0);

    /**
     * Checks values a PMO admin sent. Field paths: {@code scanIntervalMinutes}, {@code greenPercent},
     * {@code amberPercent}, {@code offenderCap}.
     *
     * @throws ValidationFailed with every problem found
     */
    public static ComplianceSettings validated(int scanIntervalMinutes, int greenPercent, int amberPercent,
                                               int offenderCap) {
        List<FieldError> errors = new ArrayList<>();
        if (scanIntervalMinutes < MIN_INTERVAL_MINUTES || scanIntervalMinutes > MAX_INTERVAL_MINUTES) {
            errors.add(new FieldError("scanIntervalMinutes", "must be " + MIN_INTERVAL_MINUTES + " to "
                    + MAX_INTERVAL_MINUTES + " minutes"));
        }
        if (greenPercent < 0 || greenPercent > 100) {
            errors.add(new FieldError("greenPercent", "must be 0 to 100"));
        }
        if (amberPercent < 0 || amberPercent > 100) {
            errors.add(new FieldError("amberPercent", "must be 0 to 100"));
        } else if (amberPercent > greenPercent && greenPercent >= 0 && greenPercent <= 100) {
            errors.add(new FieldError("amberPercent", "must not be above the green threshold"));
        }
        if (offenderCap < MIN_OFFENDER_CAP || offenderCap > MAX_OFFENDER_CAP) {
            errors.add(new FieldError("offenderCap", "must be " + MIN_OFFENDER_CAP + " to " + MAX_OFFENDER_CAP));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new ComplianceSettings(scanIntervalMinutes, greenPercent, amberPercent, offenderCap, 0);
    }

    public ScoreThresholds thresholds() {
        return new ScoreThresholds(BigDecimal.valueOf(greenPercent), BigDecimal.valueOf(amberPercent));
    }

    public Duration scanInterval() {
        return Duration.ofMinutes(scanIntervalMinutes);
    }

    public ComplianceSettings withVersion(int newVersion) {
        return new ComplianceSettings(scanIntervalMinutes, greenPercent, amberPercent, offenderCap, newVersion);
    }

    /** Whether the values (not the version) are the same. */
    public boolean sameValues(ComplianceSettings other) {
        return withVersion(0).equals(other.withVersion(0));
    }

    /** The audit lines of a change from these settings to {@code after}: one per changed value. */
    public List<AuditEntry> changesTo(ComplianceSettings after, long recordId, String actorKey, Instant at) {
        List<AuditEntry> lines = new ArrayList<>();
        add(lines, "scanIntervalMinutes", scanIntervalMinutes, after.scanIntervalMinutes, after, recordId, actorKey, at);
        add(lines, "greenPercent", greenPercent, after.greenPercent, after, recordId, actorKey, at);
        add(lines, "amberPercent", amberPercent, after.amberPercent, after, recordId, actorKey, at);
        add(lines, "offenderCap", offenderCap, after.offenderCap, after, recordId, actorKey, at);
        return lines;
    }

    private static void add(List<AuditEntry> lines, String field, int before, int after, ComplianceSettings saved,
                            long recordId, String actorKey, Instant at) {
        if (before != after) {
            lines.add(new AuditEntry(ENTITY_TYPE, recordId, saved.version(), actorKey, at, field,
                    Integer.toString(before), Integer.toString(after)));
        }
    }
}
