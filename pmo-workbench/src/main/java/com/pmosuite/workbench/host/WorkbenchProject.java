package com.pmosuite.workbench.host;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectCategory;

import java.util.Map;

/**
 * A Jira project in the workbench, with who has which role in it.
 *
 * @param roles user key to role; users not listed have no access (unless the site-wide rules in
 *              {@link WorkbenchDirectory} grant it)
 * @param category the project's category, or {@code null} for none
 */
public record WorkbenchProject(Long id, String key, String name, String leadKey, Map<String, ProjectRole> roles,
                               WorkbenchCategory category) implements Project {

    public WorkbenchProject {
        roles = Map.copyOf(roles);
    }

    /** A project in no category. */
    public WorkbenchProject(Long id, String key, String name, String leadKey, Map<String, ProjectRole> roles) {
        this(id, key, name, leadKey, roles, null);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public ProjectCategory getProjectCategoryObject() {
        return category;
    }

    /** The workbench keeps no project descriptions. */
    @Override
    public String getDescription() {
        return null;
    }

    @Override
    public String getLeadUserKey() {
        return leadKey;
    }
}
