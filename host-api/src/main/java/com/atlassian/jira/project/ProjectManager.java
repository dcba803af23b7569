package com.atlassian.jira.project;

import java.util.Collection;
import java.util.List;

/**
 * Compile-time stand-in for Jira's ProjectManager, declaring only the members the plugin calls (see
 * https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/project/ProjectManager.html and docs/host-api.md).
 */
public interface ProjectManager {

    Project getProjectObjByKey(String projectKey);

    /** The project with this id, or {@code null}; declared to throw the unchecked DataAccessException. */
    Project getProjectObj(Long id);

    List<Project> getProjectObjects();

    /** Every project category, ordered by name. */
    Collection<ProjectCategory> getAllProjectCategories();
}
