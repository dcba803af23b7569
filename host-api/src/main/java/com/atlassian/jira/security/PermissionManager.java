package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-time stand-in for Jira's PermissionManager, declaring only the members the plugin calls and omitting the
 * JiraManager superinterface (see https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html).
 */
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
