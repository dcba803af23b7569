package com.atlassian.jira.issue.security;

/**
 * Compile-time stand-in for Jira's IssueSecurityLevel, declaring only the member the plugin calls (see
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/security/IssueSecurityLevel.html).
 */
public interface IssueSecurityLevel {

    Long getId();
}
