package com.atlassian.jira.cluster;

/**
 * Compile-time stand-in for Jira's {@code ClusterManager}, declaring only the member the plugin calls (Jira declares
 * it on the superinterface {@code ClusterInfo}; interface method resolution finds it there).
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.7.0/com/atlassian/jira/cluster/ClusterManager.html
 */
public interface ClusterManager {
    /** This node's id; {@code null} when Jira is not clustered. */
    String getNodeId();
}
