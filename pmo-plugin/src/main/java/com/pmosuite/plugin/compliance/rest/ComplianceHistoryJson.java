package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

/** One line of a standard's, set's or waiver's audit history, in the shape of a risk's history line. */
public record ComplianceHistoryJson(int version, String actorKey, String actorName, String at, String field,
                                    String oldValue, String newValue) implements JsonBody {
}
