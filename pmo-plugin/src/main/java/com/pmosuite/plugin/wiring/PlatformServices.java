package com.pmosuite.plugin.wiring;

import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.cluster.ClusterLocks;
import com.pmosuite.plugin.platform.jira.JiraIssues;
import com.pmosuite.plugin.platform.jira.JiraPeople;
import com.pmosuite.plugin.platform.jira.JiraProjectIdentity;
import com.pmosuite.plugin.platform.jira.ProjectIdentity;
import com.pmosuite.shared.IssueDirectory;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.PmoLocks;
import com.pmosuite.shared.ViewerZone;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;

/**
 * What every capability shares, built once from the host's services: the access policy, people, issues, project
 * identity, the named cluster locks, the clock and the viewer's time zone. Capability modules (risks now; portfolio
 * and compliance next) take their ports from here.
 */
@Named
public final class PlatformServices {
    private final HostServices host;
    private final PmoAccess access;
    private final PeopleDirectory people;
    private final ProjectIdentity projects;
    private final IssueDirectory issues;
    private final PmoLocks locks;
    private final Clock clock;
    private final ViewerZone viewerZone;

    @Inject
    public PlatformServices(HostServices host, PmoAccess access) {
        this(host, access, Clock.systemUTC());
    }

    /** For runtimes and tests that set the clock. */
    public PlatformServices(HostServices host, PmoAccess access, Clock clock) {
        this.host = host;
        this.access = access;
        this.people = new JiraPeople(host.userManager());
        this.projects = new JiraProjectIdentity(host.projectManager());
        this.issues = new JiraIssues(host.issueManager(), host.projectManager(), host.permissionManager(),
                host.authentication());
        this.locks = new ClusterLocks(host.clusterLockService(), projects);
        this.clock = clock;
        // "Today" is the viewing user's date in their Jira time zone, read on every use.
        this.viewerZone = () -> host.timeZoneManager().getLoggedInUserTimeZone().toZoneId();
    }

    public HostServices host() {
        return host;
    }

    public PmoAccess access() {
        return access;
    }

    public PeopleDirectory people() {
        return people;
    }

    public ProjectIdentity projects() {
        return projects;
    }

    public IssueDirectory issues() {
        return issues;
    }

    public PmoLocks locks() {
        return locks;
    }

    public Clock clock() {
        return clock;
    }

    public ViewerZone viewerZone() {
        return viewerZone;
    }
}
