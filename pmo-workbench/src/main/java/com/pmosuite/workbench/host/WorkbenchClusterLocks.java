package com.pmosuite.workbench.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Beehive's cluster locks for a one-node workbench: a JVM lock per name, as Beehive's simple service does. */
public final class WorkbenchClusterLocks implements ClusterLockService {
    private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, name -> new JvmLock());
    }

    /** A named lock; conditions are unsupported, as in Beehive. */
    private static final class JvmLock implements ClusterLock {
        private final ReentrantLock lock = new ReentrantLock();

        @Override
        public void lock() {
            refuseNesting();
            lock.lock();
        }

        // Beehive's locks are not meant to be re-entrant: nesting must fail here rather than deadlock in a cluster.
        private void refuseNesting() {
            if (lock.isHeldByCurrentThread()) {
                throw new IllegalStateException("Cluster locks are not re-entrant");
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            refuseNesting();
            lock.lockInterruptibly();
        }

        @Override
        public boolean tryLock() {
            refuseNesting();
            return lock.tryLock();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            refuseNesting();
            return lock.tryLock(time, unit);
        }

        @Override
        public void unlock() {
            lock.unlock();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("Cluster locks have no conditions");
        }
    }
}
