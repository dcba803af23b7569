package com.pmosuite.plugin.platform.cluster;

import com.atlassian.beehive.ClusterLockService;
import com.pmosuite.plugin.platform.jira.ProjectIdentity;
import com.pmosuite.shared.LockBusy;
import com.pmosuite.shared.PmoLocks;
import com.pmosuite.shared.ProjectLocks;

import java.util.function.Supplier;

/**
 * {@link PmoLocks} on Jira's cluster lock service: {@code com.pmosuite.pmo-plugin.<capability>.project.<id>} for a
 * capability's work on a project, {@code com.pmosuite.pmo-plugin.jobs.<name>} for a job.
 */
public final class ClusterLocks implements PmoLocks {
    static final String PREFIX = "com.pmosuite.pmo-plugin.";

    private final ClusterLockService clusterLocks;
    private final ProjectIdentity projects;

    public ClusterLocks(ClusterLockService clusterLocks, ProjectIdentity projects) {
        this.clusterLocks = clusterLocks;
        this.projects = projects;
    }

    @Override
    public ProjectLocks projects(String capability) {
        PmoLocks.projectLockName(capability, "");
        return new ClusterProjectLocks(clusterLocks, projects, capability);
    }

    @Override
    public <T> T withJobLock(String jobName, Supplier<T> work) {
        String name = PREFIX + PmoLocks.jobLockName(jobName);
        return ProjectLocks.runLocked(clusterLocks.getLockForName(name), () -> new LockBusy(name), work);
    }
}
