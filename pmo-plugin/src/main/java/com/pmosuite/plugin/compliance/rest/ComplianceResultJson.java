package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.List;

/**
 * A project's compliance as {@code GET /projects/{key}/compliance} and a scan of it answer: the score, each violation
 * with its standard, and the standards that passed or could not be scored. Issue keys the reader may not see are
 * left out of {@code issueKeys}; {@code total} still counts them.
 *
 * @param score     percent with one decimal, as a decimal string; {@code null} when never scanned or nothing scored
 * @param scannedAt ISO-8601 instant of the scan's start; {@code null} when never scanned
 * @param runId     the scan run that recorded it; {@code null} when never scanned or for a dry run
 * @param violations failed and waived standards
 * @param passed     passed standards
 * @param notScored  standards left out of the score: not applicable, or in error (with the reason in detail)
 */
public record ComplianceResultJson(String projectKey, String projectName, String score, String rag,
                                   String scannedAt, Long runId, Integer passedWeight, Integer scoredWeight,
                                   boolean dryRun, List<ViolationJson> violations, List<OutcomeJson> passed,
                                   List<OutcomeJson> notScored) implements JsonBody {

    /**
     * A standard as results name it; {@code name}, {@code severity}, {@code weight} are {@code null} when the standard
     * was deleted since the scan.
     */
    public record StandardRefJson(long id, String name, String severity, Integer weight, String rationale)
            implements JsonBody {
    }

    /**
     * One failed (or waived) standard.
     *
     * @param issueKeys for issue offenders, the first ones the reader may see; empty otherwise
     * @param offenders for version and risk offenders, their names; empty for issues
     * @param total     offenders in all, waived ones excluded
     * @param waived    whether approved waivers cover every offender (outcome WAIVED)
     * @param firstSeen ISO-8601 instant of the scan that first found it failing; {@code null} unless failed
     * @param lastSeen  ISO-8601 instant of the latest scan that found it failing; {@code null} unless failed
     * @param navigator "open in issue navigator" for a condition or JQL standard; {@code null} for other standards
     */
    public record ViolationJson(StandardRefJson standard, String outcome, String offenderKind,
                                List<String> issueKeys, List<String> offenders, long total, boolean waived,
                                long waivedCount, String detail, String firstSeen, String lastSeen,
                                List<Long> waiverIds, NavigatorJson navigator) implements JsonBody {
    }

    /** A standard that passed, or was not scored, and why. */
    public record OutcomeJson(StandardRefJson standard, String outcome, String detail) implements JsonBody {
    }
}
