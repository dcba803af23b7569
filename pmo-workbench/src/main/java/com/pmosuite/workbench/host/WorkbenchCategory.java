package com.pmosuite.workbench.host;

import com.atlassian.jira.project.ProjectCategory;

/** A Jira project category in the workbench. */
public record WorkbenchCategory(Long id, String name) implements ProjectCategory {
    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }
}
