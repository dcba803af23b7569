package com.pmosuite.facts;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which Jira custom fields and issue types carry the facts Jira has no built-in field for: story points, the
 * Epic Link and Advanced Roadmaps' Parent Link, a start date and an actual cost, and the hierarchy level of the
 * issue types at epic level and above. Every part is optional: a missing field means the fact is {@code null}.
 *
 * @param storyPointsFieldId the story points field, e.g. {@code customfield_10002}
 * @param epicLinkFieldId    Jira Software's Epic Link (its value is the epic)
 * @param parentLinkFieldId  Advanced Roadmaps' Parent Link (an epic's or higher item's parent)
 * @param startDateFieldId   a date field read as the issue's start
 * @param actualCostFieldId  a number field read as the issue's actual cost
 * @param issueTypeLevels    issue type id → hierarchy level ({@link IssueFact#EPIC} or above) for the types Jira
 *                           Software and Advanced Roadmaps put above stories; every other type is a sub-task if
 *                           Jira says so, else {@link IssueFact#STANDARD}
 */
public record FieldMapping(String storyPointsFieldId, String epicLinkFieldId, String parentLinkFieldId,
                           String startDateFieldId, String actualCostFieldId, Map<String, Integer> issueTypeLevels) {

    /** Jira's custom-field keys; anything else is a typing mistake or an injection attempt. */
    private static final Pattern FIELD_ID = Pattern.compile("customfield_[0-9]{1,18}");
    private static final Pattern TYPE_ID = Pattern.compile("[0-9]{1,18}");
    /** Advanced Roadmaps allows a handful of levels; a hundred issue types above epics is already absurd. */
    public static final int MAX_TYPE_LEVELS = 100;
    public static final int MAX_LEVEL = 20;

    /** Nothing mapped: every optional fact is {@code null} and every non-sub-task is a standard issue. */
    public static final FieldMapping NONE = new FieldMapping(null, null, null, null, null, Map.of());

    public FieldMapping {
        checkFieldId("storyPointsFieldId", storyPointsFieldId);
        checkFieldId("epicLinkFieldId", epicLinkFieldId);
        checkFieldId("parentLinkFieldId", parentLinkFieldId);
        checkFieldId("startDateFieldId", startDateFieldId);
        checkFieldId("actualCostFieldId", actualCostFieldId);
        Objects.requireNonNull(issueTypeLevels, "issueTypeLevels");
        if (issueTypeLevels.size() > MAX_TYPE_LEVELS) {
            throw new IllegalArgumentException("more than " + MAX_TYPE_LEVELS + " issue type levels");
        }
        issueTypeLevels.forEach((type, level) -> {
            if (type == null || !TYPE_ID.matcher(type).matches()) {
                throw new IllegalArgumentException("issue type id is not a Jira id: " + type);
            }
            if (level == null || level < IssueFact.EPIC || level > MAX_LEVEL) {
                throw new IllegalArgumentException("hierarchy level of issue type " + type + " must be "
                        + IssueFact.EPIC + ".." + MAX_LEVEL + ": " + level);
            }
        });
        issueTypeLevels = Map.copyOf(new TreeMap<>(issueTypeLevels));
    }

    /** The mapped field for a role, if any. */
    public Optional<String> fieldId(Role role) {
        return Optional.ofNullable(switch (role) {
            case STORY_POINTS -> storyPointsFieldId;
            case EPIC_LINK -> epicLinkFieldId;
            case PARENT_LINK -> parentLinkFieldId;
            case START_DATE -> startDateFieldId;
            case ACTUAL_COST -> actualCostFieldId;
        });
    }

    /** The mapped hierarchy level of an issue type, if it is at epic level or above. */
    public Optional<Integer> levelOf(String issueTypeId) {
        return Optional.ofNullable(issueTypeId == null ? null : issueTypeLevels.get(issueTypeId));
    }

    /** A copy with one field role mapped to {@code fieldId} ({@code null} to unmap it). */
    public FieldMapping with(Role role, String fieldId) {
        return new FieldMapping(
                role == Role.STORY_POINTS ? fieldId : storyPointsFieldId,
                role == Role.EPIC_LINK ? fieldId : epicLinkFieldId,
                role == Role.PARENT_LINK ? fieldId : parentLinkFieldId,
                role == Role.START_DATE ? fieldId : startDateFieldId,
                role == Role.ACTUAL_COST ? fieldId : actualCostFieldId,
                issueTypeLevels);
    }

    /** A copy with these issue type levels instead. */
    public FieldMapping withIssueTypeLevels(Map<String, Integer> levels) {
        return new FieldMapping(storyPointsFieldId, epicLinkFieldId, parentLinkFieldId, startDateFieldId,
                actualCostFieldId, levels);
    }

    private static void checkFieldId(String name, String value) {
        if (value != null && !FIELD_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " is not a Jira custom field id (customfield_NNNNN): "
                    + (value.length() > 40 ? value.substring(0, 40) + "…" : value));
        }
    }

    /** The facts a mapped custom field supplies. */
    public enum Role {
        STORY_POINTS, EPIC_LINK, PARENT_LINK, START_DATE, ACTUAL_COST
    }
}
