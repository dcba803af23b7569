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
import com.pmosuite.plugin.platform.auth.ProjectAccess;
import com.pmosuite.plugin.platform.cluster.ClusterProjectLocks;
import com.pmosuite.plugin.platform.jira.JiraIssues;
import com.pmosuite.plugin.platform.jira.JiraPeople;
import com.pmosuite.plugin.platform.jira.JiraProjectIdentity;
import com.pmosuite.plugin.platform.jira.ProjectIdentity;
import com.pmosuite.plugin.risk.ao.AoRiskSettingsStore;
import com.pmosuite.plugin.risk.ao.AoRiskStore;
import com.pmosuite.plugin.risk.rest.RiskViews;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.shared.PeopleDirectory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;

/**
 * The composition root: builds the app's services from the host's. Inside Jira, Spring Scanner creates it with the
 * imported Jira services; the workbench calls the same constructor with its own implementations of them, so
 * both runtimes run exactly the same service graph.
 */
@Named
public class PmoComponents {
    private final ProjectAccess projectAccess;
    private final PeopleDirectory people;
    private final RiskRegister riskRegister;
    private final RiskViews riskViews;

    @Inject
    public PmoComponents(@ComponentImport ActiveObjects activeObjects,
                         @ComponentImport JiraAuthenticationContext authenticationContext,
                         @ComponentImport ProjectManager projectManager,
                         @ComponentImport PermissionManager permissionManager,
                         @ComponentImport GlobalPermissionManager globalPermissionManager,
                         @ComponentImport GroupManager groupManager,
                         @ComponentImport UserManager userManager,
                         @ComponentImport IssueManager issueManager,
                         @ComponentImport ClusterLockService clusterLockService,
                         @ComponentImport TimeZoneManager timeZoneManager) {
        this(activeObjects, authenticationContext, projectManager, permissionManager, globalPermissionManager,
                groupManager, userManager, issueManager, clusterLockService, timeZoneManager, Clock.systemUTC());
    }

    /** For runtimes and tests that set the clock. */
    public PmoComponents(ActiveObjects activeObjects, JiraAuthenticationContext authenticationContext,
                         ProjectManager projectManager, PermissionManager permissionManager,
                         GlobalPermissionManager globalPermissionManager, GroupManager groupManager,
                         UserManager userManager, IssueManager issueManager, ClusterLockService clusterLockService,
                         TimeZoneManager timeZoneManager, Clock clock) {
        this.projectAccess = new ProjectAccess(authenticationContext, projectManager, permissionManager,
                globalPermissionManager, groupManager);
        this.people = new JiraPeople(userManager);
        ProjectIdentity projects = new JiraProjectIdentity(projectManager);
        this.riskRegister = new RiskRegister(new AoRiskStore(activeObjects, projects),
                new AoRiskSettingsStore(activeObjects, projects), people, clock,
                new ClusterProjectLocks(clusterLockService, projects),
                new ClusterProjectLocks(clusterLockService, projects, "risk-import"),
                new JiraIssues(issueManager, projectManager, permissionManager, authenticationContext),
                // "Today" is the viewing user's date in their Jira time zone, read on every use.
                () -> timeZoneManager.getLoggedInUserTimeZone().toZoneId());
        this.riskViews = new RiskViews(riskRegister, people);
    }

    public ProjectAccess projectAccess() {
        return projectAccess;
    }

    public PeopleDirectory people() {
        return people;
    }

    public RiskRegister riskRegister() {
        return riskRegister;
    }

    public RiskViews riskViews() {
        return riskViews;
    }
}
