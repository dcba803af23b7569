package com.pmosuite.workbench.tracker;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A workbench issue seen through Jira's {@code Issue} API, as the plugin reads issues inside Jira: its fields,
 * sub-tasks and custom field values (Epic Link as the epic's {@code Issue}, Story Points as a {@code Double}, the
 * start date as a {@code Timestamp}, as Jira's field types hold them). Related issues are read when asked for.
 */
public final class JiraIssueView implements MutableIssue {

    /** Where related issues are found: the tracker's store. */
    public interface Related {
        Optional<TrackerIssue> byId(long id);

        List<TrackerIssue> subTasksOf(long id);
    }

    private final TrackerIssue issue;
    private final Related related;

    public JiraIssueView(TrackerIssue issue, Related related) {
        this.issue = issue;
        this.related = related;
    }

    /** The tracker's record behind this view. */
    public TrackerIssue issue() {
        return issue;
    }

    @Override
    public Long getId() {
        return issue.id();
    }

    @Override
    public String getKey() {
        return issue.key();
    }

    @Override
    public Project getProjectObject() {
        return issue.project();
    }

    @Override
    public Long getProjectId() {
        return issue.project().id();
    }

    @Override
    public String getSummary() {
        return issue.summary();
    }

    @Override
    public IssueType getIssueType() {
        return issue.type();
    }

    @Override
    public Status getStatus() {
        return issue.status();
    }

    @Override
    public Long getParentId() {
        return issue.parentId();
    }

    @Override
    public boolean isSubTask() {
        return issue.type().isSubTask();
    }

    @Override
    public Collection<Issue> getSubTaskObjects() {
        if (issue.type().isSubTask()) {
            return List.of();
        }
        return related.subTasksOf(issue.id()).stream().map(t -> (Issue) new JiraIssueView(t, related)).toList();
    }

    @Override
    public Timestamp getCreated() {
        return timestamp(issue.created());
    }

    @Override
    public Timestamp getUpdated() {
        return timestamp(issue.updated());
    }

    @Override
    public Timestamp getResolutionDate() {
        return timestamp(issue.resolved());
    }

    @Override
    public Timestamp getDueDate() {
        return date(issue.due());
    }

    @Override
    public Long getOriginalEstimate() {
        return issue.originalEstimateSeconds();
    }

    @Override
    public Long getEstimate() {
        return issue.remainingEstimateSeconds();
    }

    @Override
    public Long getTimeSpent() {
        // Jira leaves the column empty until work is logged.
        return issue.timeSpentSeconds() == 0 ? null : issue.timeSpentSeconds();
    }

    @Override
    public String getAssigneeId() {
        return issue.assigneeKey();
    }

    @Override
    public Long getSecurityLevelId() {
        return issue.securityLevelId();
    }

    @Override
    public Object getCustomFieldValue(CustomField customField) {
        if (customField == null) {
            return null;
        }
        return switch (customField.getId()) {
            case TrackerFields.EPIC_LINK -> issue.epicLinkId() == null ? null
                    : related.byId(issue.epicLinkId()).map(epic -> new JiraIssueView(epic, related)).orElse(null);
            case TrackerFields.STORY_POINTS -> issue.storyPoints();
            case TrackerFields.START_DATE -> date(issue.start());
            default -> null;
        };
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    // Jira's date fields hold midnight of the day in the server's zone; the workbench server's is UTC.
    private static Timestamp date(LocalDate date) {
        return date == null ? null : Timestamp.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JiraIssueView view && view.issue.equals(issue);
    }

    @Override
    public int hashCode() {
        return issue.hashCode();
    }

    @Override
    public String toString() {
        return issue.key();
    }
}
