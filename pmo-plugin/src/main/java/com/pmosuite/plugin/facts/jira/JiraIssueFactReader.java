package com.pmosuite.plugin.facts.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.FieldMapping.Role;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.StatusCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns a Jira issue into its {@link IssueFact}: hierarchy from the sub-task flag, the mapped issue type levels,
 * Epic Link and Parent Link; optional facts from the custom fields the {@link FieldMapping} names. Never throws for
 * odd field values: a value it cannot read is a {@code null} fact, logged once per field.
 */
public final class JiraIssueFactReader {
    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueFactReader.class);
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[0-9]{1,18}");
    private static final Pattern ISSUE_ID = Pattern.compile("[0-9]{1,18}");
    /** Costs are kept to the cent; a Jira number field is a double, so digits beyond that are binary noise. */
    private static final int COST_SCALE = 2;

    private final CustomFieldManager customFields;
    private final IssueManager issues;
    private final Supplier<FieldMapping> mapping;
    private final ZoneId dateZone;
    private final Set<String> unreadableFieldsLogged = ConcurrentHashMap.newKeySet();
    private volatile ResolvedFields resolved = new ResolvedFields(null, Map.of());

    /**
     * @param mapping  asked on every read, so a changed mapping applies to the next event without a restart
     * @param dateZone the zone Jira's date-only values (due date, date-picker fields) are midnights in: the JVM's
     *                 default zone in Jira
     */
    public JiraIssueFactReader(CustomFieldManager customFields, IssueManager issues, Supplier<FieldMapping> mapping,
                               ZoneId dateZone) {
        this.customFields = Objects.requireNonNull(customFields, "customFields");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.dateZone = Objects.requireNonNull(dateZone, "dateZone");
    }

    /** The facts of this issue now. */
    public IssueFact read(Issue issue) {
        FieldMapping current = Objects.requireNonNull(mapping.get(), "field mapping");
        Map<Role, CustomField> fields = fieldsOf(current);
        int level = hierarchyLevel(issue, current);
        Long epicLink = level == IssueFact.STANDARD ? linkedIssueId(issue, fields.get(Role.EPIC_LINK)) : null;
        Long parentId = switch (level) {
            case IssueFact.SUB_TASK -> issue.getParentId();
            case IssueFact.STANDARD -> epicLink;
            default -> linkedIssueId(issue, fields.get(Role.PARENT_LINK));
        };
        Long epicId = switch (level) {
            case IssueFact.SUB_TASK -> epicOfParent(issue.getParentId(), current, fields.get(Role.EPIC_LINK));
            case IssueFact.STANDARD -> epicLink;
            default -> null;
        };
        return new IssueFact(
                issue.getId(),
                issue.getProjectId(),
                issueTypeId(issue),
                level,
                parentId,
                epicId,
                statusCategory(issue.getStatus()),
                instant(issue.getCreated()),
                instantOrNull(issue.getResolutionDate()),
                dateValue(issue, fields.get(Role.START_DATE)),
                localDate(issue.getDueDate()),
                storyPoints(issue, fields.get(Role.STORY_POINTS)),
                issue.getOriginalEstimate(),
                issue.getEstimate(),
                issue.getTimeSpent(),
                actualCost(issue, fields.get(Role.ACTUAL_COST)),
                issue.getAssigneeId(),
                issue.getSecurityLevelId(),
                instant(issue.getUpdated()));
    }

    /** The hierarchy level Jira and the mapping give this issue. */
    int hierarchyLevel(Issue issue, FieldMapping current) {
        if (issue.isSubTask()) {
            return IssueFact.SUB_TASK;
        }
        return current.levelOf(issueTypeId(issue)).orElse(IssueFact.STANDARD);
    }

    private static String issueTypeId(Issue issue) {
        IssueType type = issue.getIssueType();
        if (type == null || type.getId() == null) {
            throw new IllegalArgumentException("issue " + issue.getId() + " has no issue type");
        }
        return type.getId();
    }

    // A sub-task belongs to its parent's epic; a sub-task directly under an epic belongs to that epic.
    private Long epicOfParent(Long parentId, FieldMapping current, CustomField epicLink) {
        if (parentId == null) {
            return null;
        }
        Issue parent = issues.getIssueObject(parentId);
        if (parent == null) {
            return null;
        }
        if (!parent.isSubTask() && current.levelOf(issueTypeId(parent)).orElse(IssueFact.STANDARD) == IssueFact.EPIC) {
            return parent.getId();
        }
        return linkedIssueId(parent, epicLink);
    }

    private static StatusCategory statusCategory(Status status) {
        if (status == null || status.getStatusCategory() == null) {
            return StatusCategory.TODO;
        }
        return StatusCategory.ofJiraKey(status.getStatusCategory().getKey());
    }

    /**
     * Epic Link's value is the epic ({@code Issue}); Parent Link's type is not documented, so an issue, an id
     * (number or digits) or an issue key are all accepted.
     */
    private Long linkedIssueId(Issue issue, CustomField field) {
        Object value = valueOf(issue, field);
        if (value == null) {
            return null;
        }
        if (value instanceof Issue linked) {
            return linked.getId();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        String text = value.toString().trim();
        if (ISSUE_ID.matcher(text).matches()) {
            return Long.valueOf(text);
        }
        if (ISSUE_KEY.matcher(text).matches()) {
            Issue linked = issues.getIssueObject(text);
            return linked == null ? null : linked.getId();
        }
        unreadable(field, value);
        return null;
    }

    private Double storyPoints(Issue issue, CustomField field) {
        Object value = valueOf(issue, field);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return number.doubleValue();
        }
        unreadable(field, value);
        return null;
    }

    private BigDecimal actualCost(Issue issue, CustomField field) {
        Object value = valueOf(issue, field);
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.setScale(COST_SCALE, RoundingMode.HALF_UP);
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return BigDecimal.valueOf(number.doubleValue()).setScale(COST_SCALE, RoundingMode.HALF_UP);
        }
        unreadable(field, value);
        return null;
    }

    private LocalDate dateValue(Issue issue, CustomField field) {
        Object value = valueOf(issue, field);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return localDate(date);
        }
        unreadable(field, value);
        return null;
    }

    private Object valueOf(Issue issue, CustomField field) {
        return field == null ? null : issue.getCustomFieldValue(field);
    }

    private LocalDate localDate(Date date) {
        return date == null ? null : Instant.ofEpochMilli(date.getTime()).atZone(dateZone).toLocalDate();
    }

    private static Instant instant(Date date) {
        return Instant.ofEpochMilli(Objects.requireNonNull(date, "Jira timestamp").getTime());
    }

    private static Instant instantOrNull(Date date) {
        return date == null ? null : Instant.ofEpochMilli(date.getTime());
    }

    private void unreadable(CustomField field, Object value) {
        if (unreadableFieldsLogged.add(field.getId())) {
            LOG.warn("Issue facts: cannot read {} ({}) values of type {}; the fact is left empty",
                    field.getId(), field.getName(), value.getClass().getName());
        }
    }

    /** The custom fields of a mapping, looked up once per mapping rather than once per issue. */
    private Map<Role, CustomField> fieldsOf(FieldMapping current) {
        ResolvedFields cached = resolved;
        if (current.equals(cached.mapping())) {
            return cached.fields();
        }
        Map<Role, CustomField> fields = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Optional<String> id = current.fieldId(role);
            if (id.isPresent()) {
                CustomField field = customFields.getCustomFieldObject(id.get());
                if (field == null) {
                    LOG.warn("Issue facts: mapped field {} for {} does not exist; the fact is left empty", id.get(), role);
                } else {
                    fields.put(role, field);
                }
            }
        }
        resolved = new ResolvedFields(current, Map.copyOf(fields));
        return resolved.fields();
    }

    private record ResolvedFields(FieldMapping mapping, Map<Role, CustomField> fields) {
    }
}
