package com.pmosuite.plugin.facts.admin.rest;

import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.mapping.SavedFieldMapping;
import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.List;
import java.util.TreeMap;

/**
 * A field mapping on the wire: per role the custom field id ({@code null} for none), and issue type id → hierarchy
 * level ({@code 1} epic, {@code 2} and up above it), ascending by id. Also the body of {@code PUT /admin/field-mapping}, where
 * {@code version} is the one read ({@code null} there is refused) and is ignored inside a GET's answer.
 */
public record FieldMappingJson(String storyPoints, String epicLink, String parentLink, String startDate,
                               String actualCost, List<TypeLevelJson> issueTypeLevels, Integer version)
        implements JsonBody {

    /** An issue type at epic level or above: its Jira id and its hierarchy level. */
    public record TypeLevelJson(String issueTypeId, Integer level) implements JsonBody {
    }

    /** The saved mapping with its version: what a 409 carries as the current state. */
    public static FieldMappingJson current(SavedFieldMapping saved) {
        FieldMappingJson json = of(saved.mapping());
        return new FieldMappingJson(json.storyPoints, json.epicLink, json.parentLink, json.startDate, json.actualCost,
                json.issueTypeLevels, saved.version());
    }

    static FieldMappingJson of(FieldMapping mapping) {
        return new FieldMappingJson(mapping.storyPointsFieldId(), mapping.epicLinkFieldId(),
                mapping.parentLinkFieldId(), mapping.startDateFieldId(), mapping.actualCostFieldId(),
                new TreeMap<>(mapping.issueTypeLevels()).entrySet().stream()
                        .map(e -> new TypeLevelJson(e.getKey(), e.getValue())).toList(), null);
    }
}
