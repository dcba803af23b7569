package com.pmosuite.plugin.platform.cluster;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.pmosuite.plugin.testsupport.TestProjects;
import com.pmosuite.shared.ProjectBusy;
import com.pmosuite.shared.ProjectLocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Project locks take and always release Jira's cluster lock, named after the project id, with a bounded wait. */
@ExtendWith(MockitoExtension.class)
class ClusterProjectLocksTest {
    @Mock ClusterLockService service;
    @Mock ClusterLock lock;
    private final TestProjects projects = new TestProjects();

    @Test
    void runsTheChangeBetweenLockAndUnlock() throws Exception {
        when(service.getLockForName(ClusterProjectLocks.lockName(projects.idOf("ALPHA")))).thenReturn(lock);
        when(lock.tryLock(ProjectLocks.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);

        String result = new ClusterProjectLocks(service, projects).withLock("ALPHA", () -> "done");

        assertThat(result).isEqualTo("done");
        InOrder order = inOrder(lock);
        order.verify(lock).tryLock(ProjectLocks.WAIT_SECONDS, TimeUnit.SECONDS);
        order.verify(lock).unlock();
    }

    @Test
    void releasesTheLockWhenTheChangeFails() throws Exception {
        when(service.getLockForName(ClusterProjectLocks.lockName(projects.idOf("ALPHA")))).thenReturn(lock);
        when(lock.tryLock(ProjectLocks.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);

        assertThatThrownBy(() -> new ClusterProjectLocks(service, projects).withLock("ALPHA", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        verify(lock).unlock();
    }

    @Test
    void aLockHeldTooLongElsewhereGivesProjectBusyAndRunsNothing() throws Exception {
        when(service.getLockForName(ClusterProjectLocks.lockName(projects.idOf("ALPHA")))).thenReturn(lock);
        when(lock.tryLock(ProjectLocks.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(false);

        assertThatThrownBy(() -> new ClusterProjectLocks(service, projects).withLock("ALPHA", () -> "ran"))
                .isInstanceOf(ProjectBusy.class);
        verify(lock, never()).unlock();
    }

    @Test
    void aRenamedProjectKeepsItsLock() {
        long id = projects.idOf("ALPHA");
        projects.rename("ALPHA", "OMEGA");

        assertThat(ClusterProjectLocks.lockName(projects.idOf("OMEGA"))).isEqualTo(ClusterProjectLocks.lockName(id))
                .matches("[a-z0-9.\\-]+");
    }

    @Test
    void importLocksAreNotTheEditLocksOfTheSameProject() {
        long id = projects.idOf("ALPHA");

        assertThat(ClusterProjectLocks.lockName("risk-import", id)).isNotEqualTo(ClusterProjectLocks.lockName(id))
                .matches("[a-z0-9.\\-]+");
    }
}
