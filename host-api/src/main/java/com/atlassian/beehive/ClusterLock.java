package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Compile-time stand-in for Beehive's {@code ClusterLock}: a {@link Lock} shared by every node of a cluster.
 * The plugin calls only the {@link Lock} methods it inherits.
 * Javadoc: https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html
 */
public interface ClusterLock extends Lock {
}
