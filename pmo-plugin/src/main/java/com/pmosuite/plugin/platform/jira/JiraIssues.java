package com.pmosuite.plugin.platform.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.pmosuite.shared.IssueDirectory;

import java.util.Optional;

/**
 * {@link IssueDirectory} over Jira: the issue exists and the logged-in user may browse its project. Jira also finds
 * a moved issue by its old key; the key returned is the current one.
 */
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
    public Optional<String> visibleKey(String issueKey) {
        Issue issue = issues.getIssueObject(issueKey);
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue,
                authentication.getLoggedInUser())) {
            return Optional.empty();
        }
        return Optional.of(issue.getKey());
    }
}
