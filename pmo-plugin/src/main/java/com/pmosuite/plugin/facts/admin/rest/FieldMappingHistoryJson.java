package com.pmosuite.plugin.facts.admin.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

/** One line of the field mapping's audit history, in the shape of a portfolio's history line. */
public record FieldMappingHistoryJson(int version, String actorKey, String actorName, String at, String field,
                                      String oldValue, String newValue) implements JsonBody {
}
