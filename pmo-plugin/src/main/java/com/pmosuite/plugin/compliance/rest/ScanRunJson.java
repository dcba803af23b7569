package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

/**
 * One entry of the compliance run history.
 *
 * @param trigger    {@code SCHEDULED} or {@code MANUAL}
 * @param actorKey   who started it; {@code null} for the schedule
 * @param scope      what was scanned, in words: {@code all}, {@code project ALPHA}, {@code portfolio 3}
 * @param finishedAt ISO-8601 instant; {@code null} while running
 * @param durationMs {@code null} while running
 * @param status     {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}
 * @param failure    why it failed; {@code null} unless failed
 */
public record ScanRunJson(long id, String trigger, String actorKey, String actorName, String scope,
                          String startedAt, String finishedAt, Long durationMs, String status, String failure,
                          int projects, int violations) implements JsonBody {
}
