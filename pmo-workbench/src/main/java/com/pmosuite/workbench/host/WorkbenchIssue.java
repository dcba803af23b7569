package com.pmosuite.workbench.host;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;

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
}
