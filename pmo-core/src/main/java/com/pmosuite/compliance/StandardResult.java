package com.pmosuite.compliance;

import java.util.List;
import java.util.Objects;

/**
 * One standard's result in one project.
 *
 * @param offenders   the first offenders (at most the scan's cap), in a stable order: issue keys, version names,
 *                    risk references; empty when passed or for project-level checks
 * @param total       how many offenders there are in all, waived ones excluded (1 for a failed project-level check)
 * @param waivedCount how many offenders approved waivers cover
 * @param detail      what was found, in words, for people ("no lead, no category", "SPI 0.7800 below 0.8500",
 *                    "the workbench cannot run: ORDER BY"); {@code null} when there is nothing to say
 * @param waiverIds   the approved waivers applied
 */
public record StandardResult(long standardId, Outcome outcome, OffenderKind offenderKind, List<String> offenders,
                             long total, long waivedCount, String detail, List<Long> waiverIds) {
    public StandardResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(offenderKind, "offenderKind");
        offenders = List.copyOf(offenders);
        waiverIds = List.copyOf(waiverIds);
    }
}
