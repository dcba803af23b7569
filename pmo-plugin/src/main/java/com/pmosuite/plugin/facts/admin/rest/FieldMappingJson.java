package com.pmosuite.plugin.facts.admin.rest;

import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.mapping.SavedFieldMapping;
import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.Map;
import java.util.TreeMap;

/**
 * A field mapping on the wire: per role the custom field id ({@code null} for none), and issue type id → hierarchy
 * level ({@code 1} epic, {@code 2} and up above it). Also the body of {@code PUT /admin/field-mapping}, where
 * {@code version} is the one read ({@code null} there is refused) and is ignored inside a GET's answer.
 */
public record FieldMappingJson(String storyPoints, String epicLink, String parentLink, String startDate,
                               String actualCost, Map<String, Integer> issueTypeLevels, Integer version)
        implements JsonBody {

    /** The saved mapping with its version: what a 409 carries as the current state. */
    public static FieldMappingJson current(SavedFieldMapping saved) {
        FieldMappingJson json = of(saved.mapping());
        return new FieldMappingJson(json.storyPoints, json.epicLink, json.parentLink, json.startDate, json.actualCost,
                json.issueTypeLevels, saved.version());
    }

    static FieldMappingJson of(FieldMapping mapping) {
        return new FieldMappingJson(mapping.storyPointsFieldId(), mapping.epicLinkFieldId(),
                mapping.parentLinkFieldId(), mapping.startDateFieldId(), mapping.actualCostFieldId(),
                new TreeMap<>(mapping.issueTypeLevels()), null);
    }
}
