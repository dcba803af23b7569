package com.pmosuite.plugin.facts.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import org.mockito.Mockito;
import org.mockito.quality.Strictness;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.withSettings;

/** Builds Mockito stand-ins of Jira issues (Jira's own type, so mocked) with readable defaults. */
final class JiraIssueBuilder {
    static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant UPDATED = Instant.parse("2026-02-01T10:30:00Z");

    private long id = 10_000;
    private long projectId = 100;
    private String typeId = "10001";
    private boolean subTask;
    private Long parentId;
    private String statusCategoryKey = "indeterminate";
    private Instant created = CREATED;
    private Instant updated = UPDATED;
    private Instant resolved;
    private Timestamp due;
    private Long originalEstimate;
    private Long estimate;
    private Long timeSpent;
    private String assignee;
    private Long securityLevel;
    private final Map<CustomField, Object> values = new HashMap<>();
    private final List<Issue> subTasks = new ArrayList<>();

    static JiraIssueBuilder issue(long id) {
        JiraIssueBuilder builder = new JiraIssueBuilder();
        builder.id = id;
        return builder;
    }

    JiraIssueBuilder inProject(long project) {
        this.projectId = project;
        return this;
    }

    JiraIssueBuilder ofType(String issueTypeId) {
        this.typeId = issueTypeId;
        return this;
    }

    JiraIssueBuilder subTaskOf(long parent) {
        this.subTask = true;
        this.parentId = parent;
        this.typeId = "10003";
        return this;
    }

    JiraIssueBuilder statusCategory(String key) {
        this.statusCategoryKey = key;
        return this;
    }

    JiraIssueBuilder resolved(Instant when) {
        this.resolved = when;
        return this;
    }

    JiraIssueBuilder due(Timestamp when) {
        this.due = when;
        return this;
    }

    JiraIssueBuilder estimates(Long original, Long remaining, Long spent) {
        this.originalEstimate = original;
        this.estimate = remaining;
        this.timeSpent = spent;
        return this;
    }

    JiraIssueBuilder assignee(String key) {
        this.assignee = key;
        return this;
    }

    JiraIssueBuilder securityLevel(Long level) {
        this.securityLevel = level;
        return this;
    }

    JiraIssueBuilder value(CustomField field, Object value) {
        values.put(field, value);
        return this;
    }

    JiraIssueBuilder withSubTask(Issue subTaskIssue) {
        subTasks.add(subTaskIssue);
        return this;
    }

    MutableIssue build() {
        MutableIssue issue = Mockito.mock(MutableIssue.class, withSettings().strictness(Strictness.LENIENT));
        IssueType type = Mockito.mock(IssueType.class, withSettings().strictness(Strictness.LENIENT));
        lenient().when(type.getId()).thenReturn(typeId);
        lenient().when(type.isSubTask()).thenReturn(subTask);
        Status status = null;
        if (statusCategoryKey != null) {
            status = Mockito.mock(Status.class, withSettings().strictness(Strictness.LENIENT));
            StatusCategory category = Mockito.mock(StatusCategory.class,
                    withSettings().strictness(Strictness.LENIENT));
            lenient().when(category.getKey()).thenReturn(statusCategoryKey);
            lenient().when(status.getStatusCategory()).thenReturn(category);
        }
        lenient().when(issue.getId()).thenReturn(id);
        lenient().when(issue.getKey()).thenReturn("P" + projectId + "-" + id);
        lenient().when(issue.getProjectId()).thenReturn(projectId);
        lenient().when(issue.getIssueType()).thenReturn(type);
        lenient().when(issue.isSubTask()).thenReturn(subTask);
        lenient().when(issue.getParentId()).thenReturn(parentId);
        lenient().when(issue.getStatus()).thenReturn(status);
        lenient().when(issue.getCreated()).thenReturn(timestamp(created));
        lenient().when(issue.getUpdated()).thenReturn(timestamp(updated));
        lenient().when(issue.getResolutionDate()).thenReturn(timestamp(resolved));
        lenient().when(issue.getDueDate()).thenReturn(due);
        lenient().when(issue.getOriginalEstimate()).thenReturn(originalEstimate);
        lenient().when(issue.getEstimate()).thenReturn(estimate);
        lenient().when(issue.getTimeSpent()).thenReturn(timeSpent);
        lenient().when(issue.getAssigneeId()).thenReturn(assignee);
        lenient().when(issue.getSecurityLevelId()).thenReturn(securityLevel);
        lenient().when(issue.getSubTaskObjects()).thenReturn(List.copyOf(subTasks));
        lenient().when(issue.getCustomFieldValue(any())).thenAnswer(call -> values.get(call.<CustomField>getArgument(0)));
        return issue;
    }

    static CustomField field(String id, String name, String typeKey) {
        CustomField field = Mockito.mock(CustomField.class, withSettings().strictness(Strictness.LENIENT));
        lenient().when(field.getId()).thenReturn(id);
        lenient().when(field.getName()).thenReturn(name);
        @SuppressWarnings("unchecked")
        CustomFieldType<Object, Object> type =
                Mockito.mock(CustomFieldType.class,
                        withSettings().strictness(Strictness.LENIENT));
        lenient().when(type.getKey()).thenReturn(typeKey);
        lenient().when(field.getCustomFieldType()).thenReturn(type);
        return field;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
