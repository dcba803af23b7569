package com.atlassian.jira.issue.status.category;

/**
 * Compile-time stand-in for Jira's StatusCategory (an interface); the plugin reads only its key: "new",
 * "indeterminate", "done" or "undefined" (see docs/host-api.md).
 */
public interface StatusCategory {

    String getKey();
}
