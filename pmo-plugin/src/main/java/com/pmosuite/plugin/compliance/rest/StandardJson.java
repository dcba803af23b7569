package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.JsonText;

/**
 * A standard as read: its content in the shape {@link StandardBody} takes, with its id, version and last change.
 *
 * @param updatedAt ISO-8601 instant
 */
public record StandardJson(long id, String name, String rationale, String severity, int weight, boolean enabled,
                           JsonText check, int version, String updatedBy, String updatedByName, String updatedAt)
        implements JsonBody {
}
