package com.pmosuite.plugin.platform.auth;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Optional;

/**
 * The one permission checker of the app. Reading a project's PMO data needs Browse Projects on it; changing it
 * needs Edit Issues on it, or being a PMO admin (a Jira administrator, or a member of the {@code pmo-admins}
 * group) who can also browse it. An unknown project and an invisible one look the same.
 */
public final class ProjectAccess {
    /** Members of this Jira group administer PMO standards and may edit every project's PMO data they can see. */
    public static final String PMO_ADMINS_GROUP = "pmo-admins";

    private final JiraAuthenticationContext authentication;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final GlobalPermissionManager globalPermissions;
    private final GroupManager groups;

    public ProjectAccess(JiraAuthenticationContext authentication, ProjectManager projects,
                         PermissionManager permissions, GlobalPermissionManager globalPermissions,
                         GroupManager groups) {
        this.authentication = authentication;
        this.projects = projects;
        this.permissions = permissions;
        this.globalPermissions = globalPermissions;
        this.groups = groups;
    }

    public Optional<ApplicationUser> currentUser() {
        return Optional.ofNullable(authentication.getLoggedInUser());
    }

    /** The current user's key, for audit stamps; only for calls that {@link #editable} already allowed. */
    public String currentUserKey() {
        return currentUser().map(ApplicationUser::getKey).orElseThrow(NotAuthenticated::new);
    }

    /** The project, if the current user may browse it. */
    public Project browsable(String projectKey) {
        Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        if (project == null || !canBrowse(project)) {
            throw new NotVisible("Project " + projectKey);
        }
        return project;
    }

    /** The project, if the current user may change its PMO data. */
    public Project editable(String projectKey) {
        ApplicationUser user = currentUser().orElseThrow(NotAuthenticated::new);
        Project project = browsable(projectKey);
        if (!permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, project, user) && !isPmoAdmin(user)) {
            throw new NotPermitted("You need the Edit Issues permission in " + project.getKey()
                    + " to change its risks");
        }
        return project;
    }

    /** The project, if the current user may change its settings: a project administrator or PMO admin. */
    public Project administrable(String projectKey) {
        ApplicationUser user = currentUser().orElseThrow(NotAuthenticated::new);
        Project project = browsable(projectKey);
        if (!permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user) && !isPmoAdmin(user)) {
            throw new NotPermitted("You need to administer " + project.getKey() + " to change its risk settings");
        }
        return project;
    }

    public boolean canBrowse(Project project) {
        return permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project,
                authentication.getLoggedInUser());
    }

    public boolean canEdit(Project project) {
        ApplicationUser user = authentication.getLoggedInUser();
        return user != null && canBrowse(project)
                && (permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, project, user) || isPmoAdmin(user));
    }

    public boolean canAdminister(Project project) {
        ApplicationUser user = authentication.getLoggedInUser();
        return user != null && canBrowse(project)
                && (permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user)
                || isPmoAdmin(user));
    }

    public boolean isPmoAdmin(ApplicationUser user) {
        return user != null && (globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)
                || groups.isUserInGroup(user, PMO_ADMINS_GROUP));
    }
}
