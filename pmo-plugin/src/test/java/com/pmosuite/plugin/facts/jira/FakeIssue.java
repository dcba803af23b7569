package com.pmosuite.plugin.facts.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** A plain in-memory Jira issue for tests that need tens of thousands of them (mocks would be slow). */
record FakeIssue(Long getId, Long getProjectId) implements MutableIssue {
    private static final Timestamp CREATED = Timestamp.from(Instant.parse("2026-01-05T09:00:00Z"));
    private static final IssueType STORY = new IssueType() {
        @Override
        public String getId() {
            return "10001";
        }

        @Override
        public String getName() {
            return "Story";
        }

        @Override
        public boolean isSubTask() {
            return false;
        }
    };
    private static final Status IN_PROGRESS = () -> () -> "indeterminate";

    @Override
    public String getKey() {
        return "P" + getProjectId + "-" + getId;
    }

    @Override
    public Project getProjectObject() {
        throw new UnsupportedOperationException("not needed for facts");
    }

    @Override
    public String getSummary() {
        return "issue " + getId;
    }

    @Override
    public IssueType getIssueType() {
        return STORY;
    }

    @Override
    public Status getStatus() {
        return IN_PROGRESS;
    }

    @Override
    public Long getParentId() {
        return null;
    }

    @Override
    public boolean isSubTask() {
        return false;
    }

    @Override
    public Collection<Issue> getSubTaskObjects() {
        return List.of();
    }

    @Override
    public Timestamp getCreated() {
        return CREATED;
    }

    @Override
    public Timestamp getUpdated() {
        return CREATED;
    }

    @Override
    public Timestamp getResolutionDate() {
        return null;
    }

    @Override
    public Timestamp getDueDate() {
        return null;
    }

    @Override
    public Long getOriginalEstimate() {
        return 3_600L;
    }

    @Override
    public Long getEstimate() {
        return 1_800L;
    }

    @Override
    public Long getTimeSpent() {
        return 1_800L;
    }

    @Override
    public String getAssigneeId() {
        return null;
    }

    @Override
    public Long getSecurityLevelId() {
        return null;
    }

    @Override
    public Object getCustomFieldValue(CustomField customField) {
        return null;
    }
}
