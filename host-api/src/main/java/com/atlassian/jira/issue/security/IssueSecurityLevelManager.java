package com.atlassian.jira.issue.security;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/**
 * Compile-time stand-in for Jira's IssueSecurityLevelManager, declaring only the member the plugin calls (see
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/security/IssueSecurityLevelManager.html).
 */
public interface IssueSecurityLevelManager {

    /** The levels of security the user can see across all projects. */
    Collection<IssueSecurityLevel> getAllSecurityLevelsForUser(ApplicationUser user);
}
