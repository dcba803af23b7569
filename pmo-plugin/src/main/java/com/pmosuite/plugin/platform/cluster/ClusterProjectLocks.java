package com.pmosuite.plugin.platform.cluster;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.pmosuite.plugin.platform.jira.ProjectIdentity;
import com.pmosuite.shared.PmoLocks;
import com.pmosuite.shared.ProjectLocks;

import java.util.function.Supplier;

/**
 * One capability's {@link ProjectLocks} on Jira's cluster lock service, so that nodes of a Data Center cluster take
 * turns too. Locks are named after the capability and the project's id, not its key: a rename must not split one
 * project into two locks, another capability's work on the project must not wait for this one, and Beehive advises
 * simple ASCII names.
 */
public final class ClusterProjectLocks implements ProjectLocks {
    private final ClusterLockService clusterLocks;
    private final ProjectIdentity projects;
    private final String capability;

    ClusterProjectLocks(ClusterLockService clusterLocks, ProjectIdentity projects, String capability) {
        this.clusterLocks = clusterLocks;
        this.projects = projects;
        this.capability = capability;
    }

    @Override
    public <T> T withLock(String projectKey, Supplier<T> change) {
        ClusterLock lock = clusterLocks.getLockForName(lockName(capability, projects.idOf(projectKey)));
        // Beehive locks never time out; runLocked's bounded wait keeps request threads from piling up behind one.
        return ProjectLocks.runLocked(lock, projectKey, change);
    }

    static String lockName(String capability, long projectId) {
        return ClusterLocks.PREFIX + PmoLocks.projectLockName(capability,
                Long.toString(projectId));
    }
}
