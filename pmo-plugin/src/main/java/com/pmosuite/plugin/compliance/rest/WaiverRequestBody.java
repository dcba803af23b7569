package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.List;

/**
 * The body of {@code POST /projects/{key}/compliance/waivers}: which standard, optionally which issues (none: the
 * whole standard in the project), why, and the last day ({@code yyyy-MM-dd}).
 */
public record WaiverRequestBody(Long standardId, List<String> issueKeys, String justification, String expires)
        implements JsonBody {
}
