package com.pmosuite.facts.mapping;

import com.pmosuite.facts.FieldMapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The parts of a {@link FieldMapping} by name, as the audit history and the stores write them: one text per role
 * (the field id, or empty) and the issue type levels as {@code typeId=level} pairs joined by commas.
 */
public final class FieldMappingText {
    public static final String STORY_POINTS = "storyPoints";
    public static final String EPIC_LINK = "epicLink";
    public static final String PARENT_LINK = "parentLink";
    public static final String START_DATE = "startDate";
    public static final String ACTUAL_COST = "actualCost";
    public static final String ISSUE_TYPE_LEVELS = "issueTypeLevels";

    private FieldMappingText() {
    }

    /** Every part of the mapping by its name, in a fixed order; an unmapped role is {@code null}. */
    public static Map<String, String> parts(FieldMapping mapping) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(STORY_POINTS, mapping.storyPointsFieldId());
        parts.put(EPIC_LINK, mapping.epicLinkFieldId());
        parts.put(PARENT_LINK, mapping.parentLinkFieldId());
        parts.put(START_DATE, mapping.startDateFieldId());
        parts.put(ACTUAL_COST, mapping.actualCostFieldId());
        parts.put(ISSUE_TYPE_LEVELS, levels(mapping.issueTypeLevels()));
        return parts;
    }

    /** {@code "10000=1,10005=2"}, ascending by type id; empty for none. */
    public static String levels(Map<String, Integer> levels) {
        return new TreeMap<>(levels).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /**
     * The levels {@link #levels} wrote; {@link FieldMapping}'s constructor checks them again.
     *
     * @throws IllegalArgumentException for text that {@link #levels} cannot have written
     */
    public static Map<String, Integer> parseLevels(String text) {
        Map<String, Integer> levels = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return levels;
        }
        for (String pair : text.split(",", FieldMapping.MAX_TYPE_LEVELS + 2)) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1 || pair.length() > 40) {
                throw new IllegalArgumentException("not a typeId=level pair: " + pair);
            }
            levels.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
        }
        return levels;
    }
}
