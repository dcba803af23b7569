package com.pmosuite.workbench.host;

import com.pmosuite.plugin.platform.cluster.ClusterLocks;
import com.pmosuite.plugin.platform.jira.ProjectIdentity;
import com.pmosuite.shared.PmoLocks;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plugin's named cluster locks over the workbench's lock service: capabilities never share a project lock. */
class WorkbenchClusterLocksTest {
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
    private final PmoLocks locks = new ClusterLocks(new WorkbenchClusterLocks(), projects);

    @Test
    void aComplianceScanOfAProjectDoesNotWaitForARiskEditInIt() throws Exception {
        CountDownLatch riskEditHoldsTheLock = new CountDownLatch(1);
        CountDownLatch scanDone = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> riskEdit = threads.submit(() -> locks.projects("risk").withLock("ALPHA", () -> {
                riskEditHoldsTheLock.countDown();
                await(scanDone);
                return "edited";
            }));
            await(riskEditHoldsTheLock);

            Future<String> scan = threads.submit(() -> locks.projects("compliance").withLock("ALPHA", () -> {
                scanDone.countDown();
                return "scanned";
            }));

            // The risk edit lets go only after the scan ran: had the scan waited for the risk lock, neither ends.
            assertThat(scan.get(20, TimeUnit.SECONDS)).isEqualTo("scanned");
            assertThat(riskEdit.get(20, TimeUnit.SECONDS)).isEqualTo("edited");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void oneCapabilitysLockOnAProjectIsOneClusterLockAndMustNotBeNested() {
        assertThatThrownBy(() -> locks.projects("risk").withLock("ALPHA",
                () -> locks.projects("risk").withLock("ALPHA", () -> "nested")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(locks.projects("risk").withLock("ALPHA",
                () -> locks.projects("compliance").withLock("ALPHA", () -> "both"))).isEqualTo("both");
    }

    @Test
    void aJobLockIsOneClusterLockAndMustNotBeNested() {
        assertThatThrownBy(() -> locks.withJobLock("review-reminders",
                () -> locks.withJobLock("review-reminders", () -> "nested")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(locks.withJobLock("review-reminders", () -> "ran")).isEqualTo("ran");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("the other thread never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
