package com.pmosuite.plugin.platform.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.pmosuite.shared.IssueDirectory;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link IssueDirectory} over Jira: the issue exists and the logged-in user may browse it. Jira also finds a moved
 * issue by its old key; the key returned is the current one.
 */
public final class JiraIssues implements IssueDirectory {
    private final IssueManager issues;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final JiraAuthenticationContext authentication;

    public JiraIssues(IssueManager issues, ProjectManager projects, PermissionManager permissions,
                      JiraAuthenticationContext authentication) {
        this.issues = issues;
        this.projects = projects;
        this.permissions = permissions;
        this.authentication = authentication;
    }

    @Override
    public Optional<String> visibleKey(String issueKey) {
        Issue issue = issues.getIssueObject(issueKey);
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue,
                authentication.getLoggedInUser())) {
            return Optional.empty();
        }
        return Optional.of(issue.getKey());
    }

    /**
     * Keys in a project the user cannot browse are hidden after one permission check per project, without loading
     * their issues. The others are checked per issue, because issue security can hide one issue of a browsable
     * project and a moved issue may now live in a project the user cannot browse. A key whose issue no longer
     * exists is shown when its project may be browsed: it reveals nothing there, and an editor can remove it.
     */
    @Override
    public Set<String> shownAmong(Collection<String> issueKeys) {
        ApplicationUser user = authentication.getLoggedInUser();
        Map<String, Optional<Boolean>> browsableProjects = new HashMap<>();
        Set<String> shown = new LinkedHashSet<>();
        for (String key : new LinkedHashSet<>(issueKeys)) {
            int dash = key.lastIndexOf('-');
            // Empty when no project has this key any more (renamed or deleted): then only the issue can tell.
            Optional<Boolean> browsable = browsableProjects.computeIfAbsent(dash > 0 ? key.substring(0, dash) : key,
                    projectKey -> Optional.ofNullable(projects.getProjectObjByKey(projectKey)).map(
                            project -> permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user)));
            if (browsable.isPresent() && !browsable.get()) {
                continue;
            }
            Issue issue = issues.getIssueObject(key);
            if (issue == null ? browsable.isPresent()
                    : permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
                shown.add(key);
            }
        }
        return shown;
    }
}
