package com.pmosuite.workbench.host;

import com.pmosuite.plugin.platform.cluster.ClusterLocks;
import com.pmosuite.plugin.platform.jira.ProjectIdentity;
import com.pmosuite.shared.PmoLocks;
import com.pmosuite.shared.contract.PmoLocksContract;

/** The plugin's named cluster locks over the workbench's lock service keep the contract of every lock service. */
class WorkbenchClusterLocksTest extends PmoLocksContract {
    private final ProjectIdentity projects = new ProjectIdentity() {
        @Override
        public long idOf(String projectKey) {
            return "ALPHA".equals(projectKey) ? 10_000L : 10_001L;
        }

        @Override
        public String currentKeyOf(long projectId, String storedKey) {
            return storedKey;
        }
    };

    @Override
    protected PmoLocks locks() {
        return new ClusterLocks(new WorkbenchClusterLocks(), projects);
    }
}
