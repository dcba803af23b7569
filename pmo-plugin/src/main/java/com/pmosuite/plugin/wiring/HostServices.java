package com.pmosuite.plugin.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The one record of the host services every capability builds on. Inside Jira, Spring Scanner creates it from the
 * imported Jira services; the workbench calls the same constructor with its stand-ins. Only the platform and the
 * capability modules read it: resources and pages receive the services they use.
 */
@Named
public final class HostServices {
    private final ActiveObjects activeObjects;
    private final JiraAuthenticationContext authentication;
    private final ProjectManager projectManager;
    private final PermissionManager permissionManager;
    private final GlobalPermissionManager globalPermissionManager;
    private final GroupManager groupManager;
    private final UserManager userManager;
    private final IssueManager issueManager;
    private final ClusterLockService clusterLockService;
    private final TimeZoneManager timeZoneManager;

    @Inject
    public HostServices(@ComponentImport ActiveObjects activeObjects,
                        @ComponentImport JiraAuthenticationContext authentication,
                        @ComponentImport ProjectManager projectManager,
                        @ComponentImport PermissionManager permissionManager,
                        @ComponentImport GlobalPermissionManager globalPermissionManager,
                        @ComponentImport GroupManager groupManager,
                        @ComponentImport UserManager userManager,
                        @ComponentImport IssueManager issueManager,
                        @ComponentImport ClusterLockService clusterLockService,
                        @ComponentImport TimeZoneManager timeZoneManager) {
        this.activeObjects = activeObjects;
        this.authentication = authentication;
        this.projectManager = projectManager;
        this.permissionManager = permissionManager;
        this.globalPermissionManager = globalPermissionManager;
        this.groupManager = groupManager;
        this.userManager = userManager;
        this.issueManager = issueManager;
        this.clusterLockService = clusterLockService;
        this.timeZoneManager = timeZoneManager;
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    public JiraAuthenticationContext authentication() {
        return authentication;
    }

    public ProjectManager projectManager() {
        return projectManager;
    }

    public PermissionManager permissionManager() {
        return permissionManager;
    }

    public GlobalPermissionManager globalPermissionManager() {
        return globalPermissionManager;
    }

    public GroupManager groupManager() {
        return groupManager;
    }

    public UserManager userManager() {
        return userManager;
    }

    public IssueManager issueManager() {
        return issueManager;
    }

    public ClusterLockService clusterLockService() {
        return clusterLockService;
    }

    public TimeZoneManager timeZoneManager() {
        return timeZoneManager;
    }
}
