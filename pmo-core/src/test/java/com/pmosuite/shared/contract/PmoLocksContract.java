package com.pmosuite.shared.contract;

import com.pmosuite.shared.PmoLocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link PmoLocks} must do, whatever holds the locks (this JVM, Jira's cluster lock service, the
 * workbench's): each capability locks projects in its own namespace, jobs lock by name, no lock may be nested.
 */
public abstract class PmoLocksContract {
    /** The locks under test; a new set for each test. */
    protected abstract PmoLocks locks();

    private PmoLocks locks;

    @BeforeEach
    void createLocks() {
        locks = locks();
    }

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

            // The risk edit releases its lock only after the scan ran: had the scan waited for it, neither ends.
            assertThat(scan.get(20, TimeUnit.SECONDS)).isEqualTo("scanned");
            assertThat(riskEdit.get(20, TimeUnit.SECONDS)).isEqualTo("edited");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theSameCapabilitysLockOnAProjectMustNotBeNested() {
        assertThatThrownBy(() -> locks.projects("risk").withLock("ALPHA",
                () -> locks.projects("risk").withLock("ALPHA", () -> "nested")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherCapabilitysLockOnTheSameProjectIsAnotherLock() {
        String result = locks.projects("risk").withLock("ALPHA",
                () -> locks.projects("compliance").withLock("ALPHA", () -> "both held"));

        assertThat(result).isEqualTo("both held");
    }

    @Test
    void aJobLockIsGlobalAndNotNested() {
        assertThat(locks.withJobLock("review-reminders", () -> "ran")).isEqualTo("ran");
        assertThatThrownBy(() -> locks.withJobLock("review-reminders",
                () -> locks.withJobLock("review-reminders", () -> "nested")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(locks.withJobLock("review-reminders", () -> locks.withJobLock("compliance-scan", () -> "other")))
                .isEqualTo("other");
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
