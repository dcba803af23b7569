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
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.pmosuite.plugin.platform.settings.PmoSettingsStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one access policy of every PMO capability (risks now; portfolios and compliance next). Reading a project's PMO
 * data needs Browse Projects on it; changing it needs Edit Issues on it, or being a PMO admin who can also browse
 * it; administering it needs Administer Projects, or being a PMO admin. A PMO admin is a Jira administrator or a
 * member of the PMO admin group, a setting Jira administrators change. An unknown project and an invisible one look
 * the same. Messages name no capability: callers that want to may name the action.
 */
@Named
public final class PmoAccess {
    private final JiraAuthenticationContext authentication;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final GlobalPermissionManager globalPermissions;
    private final GroupManager groups;
    private final Supplier<String> pmoAdminGroup;

    @Inject
    public PmoAccess(@ComponentImport JiraAuthenticationContext authentication,
                     @ComponentImport ProjectManager projects,
                     @ComponentImport PermissionManager permissions,
                     @ComponentImport GlobalPermissionManager globalPermissions,
                     @ComponentImport GroupManager groups, PmoSettingsStore settings) {
        this(authentication, projects, permissions, globalPermissions, groups, settings::pmoAdminGroup);
    }

    /** @param pmoAdminGroup the PMO admin group's name, read at every check so a change applies at once */
    public PmoAccess(JiraAuthenticationContext authentication, ProjectManager projects,
                     PermissionManager permissions, GlobalPermissionManager globalPermissions,
                     GroupManager groups, Supplier<String> pmoAdminGroup) {
        this.authentication = authentication;
        this.projects = projects;
        this.permissions = permissions;
        this.globalPermissions = globalPermissions;
        this.groups = groups;
        this.pmoAdminGroup = pmoAdminGroup;
    }

    /** What a multi-project read may show: the projects the user may browse, and how many others were asked for. */
    public record VisibleProjects(List<Project> visible, int hidden) {
        public VisibleProjects {
            visible = List.copyOf(visible);
        }
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
        return editable(projectKey, "change its PMO data");
    }

    /**
     * The project, if the current user may change its PMO data.
     *
     * @param action what the refused user wanted, completing "You need … in KEY to", e.g. "change its risks"
     */
    public Project editable(String projectKey, String action) {
        ApplicationUser user = currentUser().orElseThrow(NotAuthenticated::new);
        Project project = browsable(projectKey);
        if (!permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, project, user) && !isPmoAdmin(user)) {
            throw new NotPermitted("You need the Edit Issues permission in " + project.getKey() + " to " + action);
        }
        return project;
    }

    /** The project, if the current user may change its PMO settings: a project administrator or PMO admin. */
    public Project administrable(String projectKey) {
        return administrable(projectKey, "change its PMO settings");
    }

    /** @param action what the refused user wanted, completing "You need to administer KEY to" */
    public Project administrable(String projectKey, String action) {
        ApplicationUser user = currentUser().orElseThrow(NotAuthenticated::new);
        Project project = browsable(projectKey);
        if (!permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user) && !isPmoAdmin(user)) {
            throw new NotPermitted("You need to administer " + project.getKey() + " to " + action);
        }
        return project;
    }

    /**
     * The projects among {@code projectKeys} the current user may browse, in the order given, and how many of the
     * others exist but are hidden from them; unknown keys count as hidden too, so a total cannot tell them apart.
     */
    public VisibleProjects visibleAmong(Collection<String> projectKeys) {
        List<Project> visible = new ArrayList<>();
        int hidden = 0;
        for (String key : new LinkedHashSet<>(projectKeys)) {
            Project project = key == null ? null : projects.getProjectObjByKey(key);
            if (project != null && canBrowse(project)) {
                visible.add(project);
            } else {
                hidden++;
            }
        }
        return new VisibleProjects(visible, hidden);
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
        return user != null && (isJiraAdministrator(user) || groups.isUserInGroup(user, pmoAdminGroup.get()));
    }

    /** Jira's Administer permission: who may change the PMO suite's own settings, such as the PMO admin group. */
    public boolean isJiraAdministrator(ApplicationUser user) {
        return user != null && globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user);
    }

    /** Refuses anyone but a Jira administrator: 401 when nobody is logged in, else 403. */
    public ApplicationUser requireJiraAdministrator(String action) {
        ApplicationUser user = currentUser().orElseThrow(NotAuthenticated::new);
        if (!isJiraAdministrator(user)) {
            throw new NotPermitted("You need to be a Jira administrator to " + action);
        }
        return user;
    }
}
