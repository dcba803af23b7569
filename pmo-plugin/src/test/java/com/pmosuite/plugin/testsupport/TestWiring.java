package com.pmosuite.plugin.testsupport;

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
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.settings.ao.AoPmoSettings;
import com.pmosuite.plugin.portfolio.wiring.PortfolioModule;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import com.pmosuite.plugin.wiring.HostServices;
import com.pmosuite.plugin.wiring.PlatformServices;

import java.time.Clock;

/**
 * The plugin's service graph over given host services, built with the constructors Spring Scanner calls inside
 * Jira: what a test of a page or panel receives there.
 */
public record TestWiring(PmoAccess access, RiskModule risks, PortfolioModule portfolios) {

    public static TestWiring over(ActiveObjects ao, JiraAuthenticationContext authentication, ProjectManager projects,
                                  PermissionManager permissions, GlobalPermissionManager globalPermissions,
                                  GroupManager groups, UserManager users, IssueManager issues,
                                  ClusterLockService clusterLocks, TimeZoneManager timeZones, Clock clock) {
        HostServices host = new HostServices(ao, authentication, projects, permissions, globalPermissions, groups,
                users, issues, clusterLocks, timeZones);
        PmoAccess access = new PmoAccess(authentication, projects, permissions, globalPermissions, groups,
                new AoPmoSettings(ao));
        PlatformServices platform = new PlatformServices(host, access, clock);
        return new TestWiring(access, new RiskModule(platform), new PortfolioModule(platform));
    }
}
