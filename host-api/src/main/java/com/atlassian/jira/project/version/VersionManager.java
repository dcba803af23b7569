package com.atlassian.jira.project.version;

import java.util.List;

/**
 * Compile-time stand-in for Jira's VersionManager (an interface), declaring only the members the plugin calls (see
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/project/version/VersionManager.html and docs/host-api.md).
 */
public interface VersionManager {

    /** Every version of the project, archived ones included. */
    List<Version> getVersions(Long projectId);
}
