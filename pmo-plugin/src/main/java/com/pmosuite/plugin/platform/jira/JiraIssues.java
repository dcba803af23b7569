package com.pmosuite.plugin.platform.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.pmosuite.shared.IssueDirectory;

/** {@link IssueDirectory} over Jira: the issue exists and the logged-in user may browse its project. */
public final class JiraIssues implements IssueDirectory {
    private final IssueManager issues;
    private final PermissionManager permissions;
    private final JiraAuthenticationContext authentication;

    public JiraIssues(IssueManager issues, PermissionManager permissions, JiraAuthenticationContext authentication) {
        this.issues = issues;
        this.permissions = permissions;
        this.authentication = authentication;
    }

    @Override
    public boolean isVisible(String issueKey) {
        Issue issue = issues.getIssueObject(issueKey);
        return issue != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue,
                authentication.getLoggedInUser());
    }
}
