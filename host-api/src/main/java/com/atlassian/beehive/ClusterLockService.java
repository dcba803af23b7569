package com.atlassian.beehive;

/**
 * Compile-time stand-in for Beehive's {@code ClusterLockService}, declaring only the member the plugin calls.
 * Javadoc: https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html
 */
public interface ClusterLockService {
    /** The cluster-wide lock of this name (up to 255 simple ASCII characters; not re-entrant). */
    ClusterLock getLockForName(String lockName);
}
