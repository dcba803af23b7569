package com.pmosuite.plugin.platform.cluster;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.when;

/** Project locks take and always release Jira's cluster lock, under a short, namespaced, case-exact name. */
@ExtendWith(MockitoExtension.class)
class ClusterProjectLocksTest {
    @Mock ClusterLockService service;
    @Mock ClusterLock lock;

    @Test
    void runsTheChangeBetweenLockAndUnlock() {
        when(service.getLockForName(ClusterProjectLocks.lockName("ALPHA"))).thenReturn(lock);

        String result = new ClusterProjectLocks(service).withLock("ALPHA", () -> "done");

        assertThat(result).isEqualTo("done");
        InOrder order = inOrder(lock);
        order.verify(lock).lock();
        order.verify(lock).unlock();
    }

    @Test
    void releasesTheLockWhenTheChangeFails() {
        when(service.getLockForName(ClusterProjectLocks.lockName("ALPHA"))).thenReturn(lock);

        assertThatThrownBy(() -> new ClusterProjectLocks(service).withLock("ALPHA", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        InOrder order = inOrder(lock);
        order.verify(lock).lock();
        order.verify(lock).unlock();
    }

    @Test
    void lockNamesAreSimpleAsciiAndDistinguishKeysThatDifferOnlyInCase() {
        String upper = ClusterProjectLocks.lockName("ALPHA");

        assertThat(upper).matches("[a-z0-9.\\-]+").hasSizeLessThan(255);
        assertThat(ClusterProjectLocks.lockName("alpha")).isNotEqualToIgnoringCase(upper);
    }
}
