package com.pmosuite.workbench.host;

import com.atlassian.jira.project.Project;

import java.util.Map;

/**
 * A Jira project in the workbench, with who has which role in it.
 *
 * @param roles user key to role; users not listed have no access (unless the site-wide rules in
 *              {@link WorkbenchDirectory} grant it)
 */
public record WorkbenchProject(Long id, String key, String name, String leadKey, Map<String, ProjectRole> roles)
        implements Project {

    public WorkbenchProject {
        roles = Map.copyOf(roles);
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
}
