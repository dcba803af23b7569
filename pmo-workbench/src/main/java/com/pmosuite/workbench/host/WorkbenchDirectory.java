package com.pmosuite.workbench.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectCategory;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.pmosuite.workbench.http.CurrentUser;
import com.pmosuite.workbench.http.WorkbenchAccount;
import com.pmosuite.workbench.http.WorkbenchAccounts;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The Jira a workbench stands in for: users, groups, projects with roles, issues, and the permission scheme, exposed
 * through the same Jira interfaces the plugin uses inside Jira. The scheme: {@code jira-administrators} may do
 * everything everywhere; {@code pmo-admins} may browse every project; otherwise a project role gives
 * viewer = browse, member = browse + edit issues, admin = all. Anonymous users see nothing.
 */
public final class WorkbenchDirectory implements ProjectManager, PermissionManager, GlobalPermissionManager,
        GroupManager, UserManager, JiraAuthenticationContext, IssueManager, TimeZoneManager {
    /** Jira's default user time zone when a user has chosen none; the workbench server's is UTC. */
    public static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;

    public static final String JIRA_ADMINISTRATORS = "jira-administrators";
    public static final String PMO_ADMINS = "pmo-admins";

    private final WorkbenchAccounts accounts;
    private final CurrentUser currentUser;
    private final Map<String, WorkbenchProject> projects = new LinkedHashMap<>();
    private final Map<String, WorkbenchIssue> issues = new LinkedHashMap<>();
    private final I18nHelper i18n;
    private final Map<String, ZoneId> zonesByUserKey;

    /**
     * @param i18n           what {@link #getI18nHelper()} returns
     * @param zonesByUserKey each user's Jira time zone setting; users not in it have {@link #DEFAULT_ZONE}
     */
    public WorkbenchDirectory(WorkbenchAccounts accounts, CurrentUser currentUser, List<WorkbenchProject> projects,
                              List<WorkbenchIssue> issues, I18nHelper i18n, Map<String, ZoneId> zonesByUserKey) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.zonesByUserKey = Map.copyOf(zonesByUserKey);
        projects.forEach(p -> this.projects.put(p.key(), p));
        issues.forEach(i -> this.issues.put(i.key(), i));
    }

    public WorkbenchAccounts accounts() {
        return accounts;
    }

    /** Every issue of a project, in key order. */
    public List<WorkbenchIssue> issuesOf(String projectKey) {
        return issues.values().stream().filter(i -> i.project().key().equals(projectKey)).toList();
    }

    // --- ProjectManager

    @Override
    public Project getProjectObjByKey(String projectKey) {
        return projectKey == null ? null : projects.get(projectKey);
    }

    @Override
    public Project getProjectObj(Long id) {
        return id == null ? null
                : projects.values().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    @Override
    public List<Project> getProjectObjects() {
        return projects.values().stream().sorted(Comparator.comparing(WorkbenchProject::name))
                .map(Project.class::cast).toList();
    }

    @Override
    public Collection<ProjectCategory> getAllProjectCategories() {
        return projects.values().stream().map(WorkbenchProject::category).filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparing(WorkbenchCategory::name)).map(ProjectCategory.class::cast).toList();
    }

    // --- PermissionManager

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        if (user == null || !(project instanceof WorkbenchProject workbenchProject)) {
            return false;
        }
        WorkbenchAccount account = accounts.byKey(user.getKey()).orElse(null);
        if (account == null) {
            return false;
        }
        if (account.inGroup(JIRA_ADMINISTRATORS)) {
            return true;
        }
        ProjectRole role = workbenchProject.roles().get(account.key());
        if (permissionKey.equals(ProjectPermissions.BROWSE_PROJECTS)) {
            return role != null || account.inGroup(PMO_ADMINS);
        }
        if (permissionKey.equals(ProjectPermissions.EDIT_ISSUES)) {
            return role == ProjectRole.MEMBER || role == ProjectRole.ADMIN;
        }
        if (permissionKey.equals(ProjectPermissions.ADMINISTER_PROJECTS)) {
            return role == ProjectRole.ADMIN;
        }
        return false;
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        return issue != null && hasPermission(permissionKey, issue.getProjectObject(), user);
    }

    // --- GlobalPermissionManager

    @Override
    public boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user) {
        boolean admin = user != null && isUserInGroup(user, JIRA_ADMINISTRATORS);
        return admin && (globalPermissionKey.equals(GlobalPermissionKey.ADMINISTER)
                || globalPermissionKey.equals(GlobalPermissionKey.SYSTEM_ADMIN));
    }

    // --- GroupManager

    /** The workbench's groups are those its accounts belong to, matched exactly as {@link #isUserInGroup} does. */
    @Override
    public boolean groupExists(String groupName) {
        return groupName != null && accounts.all().stream().anyMatch(a -> a.inGroup(groupName));
    }

    @Override
    public boolean isUserInGroup(ApplicationUser user, String groupname) {
        return user != null && accounts.byKey(user.getKey()).map(a -> a.inGroup(groupname)).orElse(false);
    }

    // --- UserManager

    @Override
    public ApplicationUser getUserByKey(String userKey) {
        return userKey == null ? null : accounts.byKey(userKey).map(WorkbenchUser::new).orElse(null);
    }

    @Override
    public ApplicationUser getUserByName(String userName) {
        return userName == null ? null : accounts.byUsername(userName).map(WorkbenchUser::new).orElse(null);
    }

    // --- JiraAuthenticationContext

    @Override
    public ApplicationUser getLoggedInUser() {
        return currentUser.get().map(WorkbenchUser::new).orElse(null);
    }

    @Override
    public I18nHelper getI18nHelper() {
        return i18n;
    }

    // --- TimeZoneManager

    @Override
    public TimeZone getLoggedInUserTimeZone() {
        ZoneId zone = currentUser.get().map(user -> zonesByUserKey.get(user.key())).orElse(null);
        return TimeZone.getTimeZone(zone == null ? DEFAULT_ZONE : zone);
    }

    @Override
    public TimeZone getTimeZoneforUser(ApplicationUser user) {
        ZoneId zone = user == null ? null : zonesByUserKey.get(user.getKey());
        return TimeZone.getTimeZone(zone == null ? DEFAULT_ZONE : zone);
    }

    @Override
    public TimeZone getDefaultTimezone() {
        return TimeZone.getTimeZone(DEFAULT_ZONE);
    }

    // --- IssueManager

    @Override
    public MutableIssue getIssueObject(String key) {
        return key == null ? null : issues.get(key);
    }

    /** The issue, if the current user may browse its project. */
    public Optional<WorkbenchIssue> browsableIssue(String key) {
        WorkbenchIssue issue = issues.get(key);
        if (issue == null || !hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, getLoggedInUser())) {
            return Optional.empty();
        }
        return Optional.of(issue);
    }

    /** The projects the current user may browse, by name. */
    public List<WorkbenchProject> browsableProjects() {
        ApplicationUser user = getLoggedInUser();
        return projects.values().stream()
                .filter(p -> hasPermission(ProjectPermissions.BROWSE_PROJECTS, p, user))
                .sorted(Comparator.comparing(WorkbenchProject::name))
                .toList();
    }
}
