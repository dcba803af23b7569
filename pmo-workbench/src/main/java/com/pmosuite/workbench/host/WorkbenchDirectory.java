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
import com.pmosuite.workbench.tracker.JiraIssueView;
import com.pmosuite.workbench.tracker.TrackerIssue;
import com.pmosuite.workbench.tracker.TrackerScheme;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The Jira a workbench stands in for: users, groups, projects with roles, issues (kept by the tracker, see
 * {@link #useIssues}), and the permission scheme with one issue security level, exposed
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
    private IssueLookup issues = IssueLookup.NONE;
    private final I18nHelper i18n;
    private final Map<String, ZoneId> zonesByUserKey;

    /**
     * @param i18n           what {@link #getI18nHelper()} returns
     * @param zonesByUserKey each user's Jira time zone setting; users not in it have {@link #DEFAULT_ZONE}
     */
    public WorkbenchDirectory(WorkbenchAccounts accounts, CurrentUser currentUser, List<WorkbenchProject> projects,
                              I18nHelper i18n, Map<String, ZoneId> zonesByUserKey) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.zonesByUserKey = Map.copyOf(zonesByUserKey);
        projects.forEach(p -> this.projects.put(p.key(), p));
    }

    /** Where the issues are: the workbench's issue tracker, once its tables are open. */
    public void useIssues(IssueLookup lookup) {
        this.issues = lookup;
    }

    /** How the directory finds issues, so it stays a directory of people, projects and permissions. */
    public interface IssueLookup extends JiraIssueView.Related {
        IssueLookup NONE = new IssueLookup() {
            @Override
            public Optional<TrackerIssue> byKey(String key) {
                return Optional.empty();
            }

            @Override
            public Optional<TrackerIssue> byId(long id) {
                return Optional.empty();
            }

            @Override
            public List<TrackerIssue> ofProject(long projectId, int limit) {
                return List.of();
            }

            @Override
            public List<TrackerIssue> subTasksOf(long id) {
                return List.of();
            }
        };

        Optional<TrackerIssue> byKey(String key);

        /** The first issues of a project, by id. */
        List<TrackerIssue> ofProject(long projectId, int limit);
    }

    public WorkbenchAccounts accounts() {
        return accounts;
    }

    /** Every project, in no particular order. */
    public List<WorkbenchProject> projects() {
        return List.copyOf(projects.values());
    }

    /** Every issue of a project, by id. */
    public List<TrackerIssue> issuesOf(String projectKey) {
        WorkbenchProject project = projects.get(projectKey);
        return project == null ? List.of() : issues.ofProject(project.id(), Integer.MAX_VALUE);
    }

    /** The key of an issue, by id. */
    public Optional<String> issueKey(long id) {
        return issues.byId(id).map(TrackerIssue::key);
    }

    /** The first issues of a project, by id, at most {@code limit}. */
    public List<TrackerIssue> firstIssuesOf(WorkbenchProject project, int limit) {
        return issues.ofProject(project.id(), limit);
    }

    /**
     * Whether a user may see issues at a security level of a project: the project's administrators, Jira
     * administrators and PMO admins may see {@link TrackerScheme#MANAGEMENT} issues; members and viewers may not.
     */
    public boolean canSeeSecurityLevel(WorkbenchProject project, long levelId, ApplicationUser user) {
        WorkbenchAccount account = user == null ? null : accounts.byKey(user.getKey()).orElse(null);
        if (account == null || TrackerScheme.securityLevel(levelId).isEmpty()) {
            return false;
        }
        return account.inGroup(JIRA_ADMINISTRATORS) || account.inGroup(PMO_ADMINS)
                || project.roles().get(account.key()) == ProjectRole.ADMIN;
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
        if (issue == null || !hasPermission(permissionKey, issue.getProjectObject(), user)) {
            return false;
        }
        return !(issue instanceof JiraIssueView view) || withinSecurityLevel(view.issue(), user);
    }

    // As in Jira, an issue's security level hides it, and so every permission on it, from those outside the level.
    private boolean withinSecurityLevel(TrackerIssue issue, ApplicationUser user) {
        return issue.securityLevelId() == null || canSeeSecurityLevel(issue.project(), issue.securityLevelId(), user);
    }

    /** A tracker issue seen through Jira's {@code Issue} API. */
    public JiraIssueView jiraIssue(TrackerIssue issue) {
        return new JiraIssueView(issue, issues);
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
        return key == null || key.length() > 64 ? null : issues.byKey(key).map(this::jiraIssue).orElse(null);
    }

    @Override
    public MutableIssue getIssueObject(Long id) {
        return id == null ? null : issues.byId(id).map(this::jiraIssue).orElse(null);
    }

    @Override
    public List<Issue> getIssueObjects(Collection<Long> ids) {
        List<Issue> found = new ArrayList<>();
        for (Long id : ids) {
            MutableIssue issue = getIssueObject(id);
            if (issue != null) {
                found.add(issue);
            }
        }
        return found;
    }

    /** The workbench's tracker does not move issues between projects. */
    @Override
    public Issue findMovedIssue(String oldIssueKey) {
        return null;
    }

    /** The issue, if the current user may browse its project and see its security level. */
    public Optional<TrackerIssue> browsableIssue(String key) {
        TrackerIssue issue = key == null || key.length() > 64 ? null : issues.byKey(key).orElse(null);
        ApplicationUser user = getLoggedInUser();
        if (issue == null || !hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue.project(), user)
                || !withinSecurityLevel(issue, user)) {
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
