package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.List;

/**
 * A waiver as read. {@code active} says whether it suppresses violations today (approved, not past
 * {@code expires}); {@code standardName} is {@code null} when the standard was deleted.
 *
 * @param issueKeys the issues it covers; empty for the whole standard in the project
 * @param expires   the last day it is in force, {@code yyyy-MM-dd}
 */
public record WaiverJson(long id, long standardId, String standardName, String projectKey, List<String> issueKeys,
                         String justification, String expires, String status, boolean active, String requestedBy,
                         String requestedByName, String requestedAt, String decidedBy, String decidedByName,
                         String decidedAt, String decisionNote, int version) implements JsonBody {
}
