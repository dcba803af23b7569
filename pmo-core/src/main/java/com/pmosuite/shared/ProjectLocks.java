package com.pmosuite.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Port: runs a change to one project's PMO data while no other change to that project's data runs, on any node.
 * Used where a rule spans rows that optimistic locking cannot protect, such as "no risk uses a level above the
 * project's scale" while the scale itself changes. Locks are not re-entrant: never nest them.
 */
public interface ProjectLocks {

    <T> T withLock(String projectKey, Supplier<T> change);

    /** Locks held in this JVM only: right for a single node and for tests, not for a cluster. */
    static ProjectLocks inThisJvm() {
        Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
        return new ProjectLocks() {
            @Override
            public <T> T withLock(String projectKey, Supplier<T> change) {
                ReentrantLock lock = locks.computeIfAbsent(projectKey, key -> new ReentrantLock());
                lock.lock();
                try {
                    return change.get();
                } finally {
                    lock.unlock();
                }
            }
        };
    }
}
