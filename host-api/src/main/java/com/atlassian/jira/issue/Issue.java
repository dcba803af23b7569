package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

import java.sql.Timestamp;
import java.util.Collection;

/**
 * Compile-time stand-in for Jira's Issue, declaring only the members the plugin calls and omitting the Jira-only
 * superinterfaces OfBizValueWrapper, IssueContext, WithId and WithKey (see
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html and docs/host-api.md).
 */
public interface Issue {

    Long getId();

    String getKey();

    Project getProjectObject();

    Long getProjectId();

    String getSummary();

    IssueType getIssueType();

    Status getStatus();

    /** A sub-task's parent issue id; null for other issues. */
    Long getParentId();

    boolean isSubTask();

    /** This issue's sub-tasks; empty for a sub-task. */
    Collection<Issue> getSubTaskObjects();

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getResolutionDate();

    Timestamp getDueDate();

    /** Original estimate, in seconds (the {@code timeoriginalestimate} column). */
    Long getOriginalEstimate();

    /** Remaining estimate, in seconds. */
    Long getEstimate();

    /** Time logged on this issue, in seconds. */
    Long getTimeSpent();

    /** The assignee's user key; null when unassigned. */
    String getAssigneeId();

    Long getSecurityLevelId();

    Object getCustomFieldValue(CustomField customField);
}
