package com.pmosuite.compliance.result;

import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.StandardResult;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One standard's recorded result in one project: what the scan found, bounded for storage, and since when it has
 * been failing.
 *
 * @param offenders at most {@value #MAX_OFFENDERS}, each at most {@value #MAX_OFFENDER_LENGTH} characters
 * @param detail    at most {@value #MAX_DETAIL} characters; {@code null} when there is nothing to say
 * @param firstSeen for a FAILED result, the start of the scan that first found it failing with no scan in between
 *                  finding it otherwise (passed, waived, not applicable, in error, or not scanned for it); {@code null}
 *                  for other outcomes
 * @param lastSeen  for a FAILED result, the start of the scan that recorded it; {@code null} otherwise
 */
public record RecordedResult(long standardId, Outcome outcome, OffenderKind offenderKind, List<String> offenders,
                             long total, long waivedCount, String detail, List<Long> waiverIds, Instant firstSeen,
                             Instant lastSeen) {
    /** The most offenders kept per result, whatever cap a scan used (the settings allow up to this many). */
    public static final int MAX_OFFENDERS = 500;
    public static final int MAX_OFFENDER_LENGTH = 255;
    public static final int MAX_DETAIL = 1000;
    public static final int MAX_WAIVERS = 200;

    public RecordedResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(offenderKind, "offenderKind");
        offenders = offenders.stream().limit(MAX_OFFENDERS).map(o -> ScanRun.cut(o, MAX_OFFENDER_LENGTH)).toList();
        detail = detail == null ? null : ScanRun.cut(detail, MAX_DETAIL);
        waiverIds = List.copyOf(waiverIds.subList(0, Math.min(waiverIds.size(), MAX_WAIVERS)));
    }

    /** Whether this is a violation: the standard failed (waived results are not). */
    public boolean violation() {
        return outcome == Outcome.FAILED;
    }

    /**
     * A scan's result as recorded at {@code scannedAt}, its first-seen carried from the project's previous result
     * of the same standard while that one failed too.
     *
     * @param previous the standard's result in the project's previous recorded scan; {@code null} when none
     */
    public static RecordedResult of(StandardResult result, RecordedResult previous, Instant scannedAt) {
        boolean failed = result.outcome() == Outcome.FAILED;
        Instant firstSeen = !failed ? null
                : previous != null && previous.violation() && previous.firstSeen() != null ? previous.firstSeen()
                : scannedAt;
        return new RecordedResult(result.standardId(), result.outcome(), result.offenderKind(), result.offenders(),
                result.total(), result.waivedCount(), result.detail(), result.waiverIds(), firstSeen,
                failed ? scannedAt : null);
    }
}
