package com.pmosuite.plugin.facts.admin.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.List;

/**
 * The answer of {@code GET /admin/field-mapping}: the mapping in use and its version (0 while none is saved, the
 * proposal is then in use), what Jira offers for each role ({@code found}, best first, with how it was found), the
 * proposal, and every custom field of a fitting type per role ({@code fitting}) for choosing another one.
 */
public record FieldMappingPageJson(FieldMappingJson mapping, int version, boolean saved, List<FoundJson> found,
                                   FieldMappingJson proposed, FittingJson fitting,
                                   String notice) implements JsonBody {

    /** A candidate found for a role: {@code how} is {@code jiraSoftware}, {@code fieldType} or {@code fieldName}. */
    public record FoundJson(String role, String fieldId, String name, String typeKey, String how) implements JsonBody {
    }

    /** Per role, every custom field of a type it can read. */
    public record FittingJson(List<FieldJson> storyPoints, List<FieldJson> epicLink, List<FieldJson> parentLink,
                              List<FieldJson> startDate, List<FieldJson> actualCost) implements JsonBody {
    }

    /** A custom field. */
    public record FieldJson(String fieldId, String name, String typeKey) implements JsonBody {
    }
}
