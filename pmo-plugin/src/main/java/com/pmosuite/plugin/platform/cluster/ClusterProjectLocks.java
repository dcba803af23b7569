package com.pmosuite.plugin.platform.cluster;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.pmosuite.shared.ProjectLocks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * {@link ProjectLocks} on Jira's cluster lock service, so that nodes of a Data Center cluster take turns too.
 * Lock names are namespaced and hash the project key: Beehive advises simple ASCII names, and some databases
 * compare lock names case-insensitively while project keys are case-sensitive data here.
 */
public final class ClusterProjectLocks implements ProjectLocks {
    private static final String PREFIX = "com.pmosuite.pmo-plugin.project.";

    private final ClusterLockService clusterLocks;

    public ClusterProjectLocks(ClusterLockService clusterLocks) {
        this.clusterLocks = clusterLocks;
    }

    @Override
    public <T> T withLock(String projectKey, Supplier<T> change) {
        ClusterLock lock = clusterLocks.getLockForName(lockName(projectKey));
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }

    static String lockName(String projectKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(projectKey.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
