package com.pmosuite.plugin.compliance.notify;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.pmosuite.compliance.notify.IssueVisibility;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@link IssueVisibility} over Jira: the issue exists and the given user (not the logged-in one: digests are sent
 * by a background job) may browse it, issue security included. An unknown or deactivated user sees nothing.
 */
public final class JiraIssueVisibility implements IssueVisibility {
    private final UserManager users;
    private final IssueManager issues;
    private final PermissionManager permissions;

    public JiraIssueVisibility(UserManager users, IssueManager issues, PermissionManager permissions) {
        this.users = users;
        this.issues = issues;
        this.permissions = permissions;
    }

    @Override
    public Set<String> visibleTo(String userKey, Collection<String> issueKeys) {
        ApplicationUser user = users.getUserByKey(userKey);
        Set<String> visible = new LinkedHashSet<>();
        if (user == null || !user.isActive()) {
            return visible;
        }
        for (String key : new LinkedHashSet<>(issueKeys)) {
            Issue issue = issues.getIssueObject(key);
            if (issue != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
                visible.add(key);
            }
        }
        return visible;
    }
}
