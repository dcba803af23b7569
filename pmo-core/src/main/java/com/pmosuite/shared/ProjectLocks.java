package com.pmosuite.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Port: runs a change to one project's PMO data while no other change to that project's data runs, on any node.
 * Used where a rule spans rows that optimistic locking cannot protect, such as "no risk uses a level above the
 * project's scale" while the scale itself changes. Locks are not re-entrant (Jira's cluster locks are not
 * meant to be), and waiting for one is bounded.
 */
public interface ProjectLocks {
    /** How long a change waits for another change to the same project before giving up with {@link ProjectBusy}. */
    long WAIT_SECONDS = 30;

    /**
     * @throws ProjectBusy           when the lock could not be had in {@link #WAIT_SECONDS}
     * @throws IllegalStateException when this thread already holds the lock: nesting would deadlock in a cluster
     */
    <T> T withLock(String projectKey, Supplier<T> change);

    /** Locks held in this JVM only: right for a single node and for tests, not for a cluster. */
    static ProjectLocks inThisJvm() {
        Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
        return new ProjectLocks() {
            @Override
            public <T> T withLock(String projectKey, Supplier<T> change) {
                ReentrantLock lock = locks.computeIfAbsent(projectKey, key -> new ReentrantLock());
                if (lock.isHeldByCurrentThread()) {
                    throw new IllegalStateException("Project locks must not be nested: " + projectKey);
                }
                return runLocked(lock, projectKey, change);
            }
        };
    }

    /**
     * Runs a change under a lock, waiting at most {@link #WAIT_SECONDS} for it and always releasing it: the one
     * locking sequence every {@code ProjectLocks} uses, whatever kind of {@link Lock} it holds.
     */
    static <T> T runLocked(Lock lock, String projectKey, Supplier<T> change) {
        return runLocked(lock, () -> new ProjectBusy(projectKey), change);
    }

    /** The same sequence for any named lock, failing with the caller's "busy" exception. */
    static <T> T runLocked(Lock lock, Supplier<? extends RuntimeException> busy, Supplier<T> change) {
        try {
            if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw busy.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy.get();
        }
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }
}
