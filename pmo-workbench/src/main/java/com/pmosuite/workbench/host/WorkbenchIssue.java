package com.pmosuite.workbench.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

import java.sql.Timestamp;
import java.util.Collection;

/**
 * An issue of the demo portfolio: epic, story or sub-task, with its parent for the hierarchy.
 *
 * @param parentKey the epic of a story or the story of a sub-task; {@code null} for epics
 */
public record WorkbenchIssue(Long id, String key, WorkbenchProject project, String type, String summary,
                             String status, String parentKey) implements MutableIssue {
    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public Project getProjectObject() {
        return project;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    // The issue-fact getters below came with issue 7's stand-ins; the workbench's issue tracker
    // (com.pmosuite.workbench.tracker) gives its issues real values. Until then nothing in the workbench reads them.

    @Override
    public Long getProjectId() {
        return project.getId();
    }

    @Override
    public IssueType getIssueType() {
        throw notModelled();
    }

    @Override
    public Status getStatus() {
        throw notModelled();
    }

    @Override
    public Long getParentId() {
        throw notModelled();
    }

    @Override
    public boolean isSubTask() {
        throw notModelled();
    }

    @Override
    public Collection<Issue> getSubTaskObjects() {
        throw notModelled();
    }

    @Override
    public Timestamp getCreated() {
        throw notModelled();
    }

    @Override
    public Timestamp getUpdated() {
        throw notModelled();
    }

    @Override
    public Timestamp getResolutionDate() {
        throw notModelled();
    }

    @Override
    public Timestamp getDueDate() {
        throw notModelled();
    }

    @Override
    public Long getOriginalEstimate() {
        throw notModelled();
    }

    @Override
    public Long getEstimate() {
        throw notModelled();
    }

    @Override
    public Long getTimeSpent() {
        throw notModelled();
    }

    @Override
    public String getAssigneeId() {
        throw notModelled();
    }

    @Override
    public Long getSecurityLevelId() {
        throw notModelled();
    }

    @Override
    public Object getCustomFieldValue(CustomField customField) {
        throw notModelled();
    }

    private static UnsupportedOperationException notModelled() {
        return new UnsupportedOperationException("the demo issues carry no issue facts yet");
    }
}
