package com.pmosuite.plugin.platform.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.pmosuite.shared.NotFound;

/** {@link ProjectIdentity} over Jira's projects, which also find a project by a key it had before a rename. */
public final class JiraProjectIdentity implements ProjectIdentity {
    private final ProjectManager projects;

    public JiraProjectIdentity(ProjectManager projects) {
        this.projects = projects;
    }

    @Override
    public long idOf(String projectKey) {
        Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        if (project == null) {
            throw new NotFound("Project " + projectKey);
        }
        return project.getId();
    }

    @Override
    public String currentKeyOf(long projectId, String storedKey) {
        Project project = projects.getProjectObj(projectId);
        return project == null ? storedKey : project.getKey();
    }
}
