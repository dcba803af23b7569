package com.pmosuite.plugin.platform.cluster;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.pmosuite.plugin.platform.jira.ProjectIdentity;
import com.pmosuite.shared.ProjectLocks;

import java.util.function.Supplier;

/**
 * {@link ProjectLocks} on Jira's cluster lock service, so that nodes of a Data Center cluster take turns too.
 * Locks are named after the project's id, not its key: a rename must not split one project into two locks, and
 * Beehive advises simple ASCII names.
 */
public final class ClusterProjectLocks implements ProjectLocks {
    private static final String PREFIX = "com.pmosuite.pmo-plugin.";
    private static final String PROJECT = "project";

    private final ClusterLockService clusterLocks;
    private final ProjectIdentity projects;
    private final String purpose;

    public ClusterProjectLocks(ClusterLockService clusterLocks, ProjectIdentity projects) {
        this(clusterLocks, projects, PROJECT);
    }

    /** @param purpose names a second, independent set of project locks, e.g. {@code risk-import} (ASCII) */
    public ClusterProjectLocks(ClusterLockService clusterLocks, ProjectIdentity projects, String purpose) {
        this.clusterLocks = clusterLocks;
        this.projects = projects;
        this.purpose = purpose;
    }

    @Override
    public <T> T withLock(String projectKey, Supplier<T> change) {
        ClusterLock lock = clusterLocks.getLockForName(lockName(purpose, projects.idOf(projectKey)));
        // Beehive locks never time out; runLocked's bounded wait keeps request threads from piling up behind one.
        return ProjectLocks.runLocked(lock, projectKey, change);
    }

    static String lockName(long projectId) {
        return lockName(PROJECT, projectId);
    }

    static String lockName(String purpose, long projectId) {
        return PREFIX + purpose + "." + projectId;
    }
}
