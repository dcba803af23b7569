package com.atlassian.jira.issue;

/**
 * Compile-time stand-in for Jira's IssueManager, declaring only the member the plugin calls; the unchecked
 * DataAccessException in the real throws clause is omitted (see
 * https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html).
 */
public interface IssueManager {

    MutableIssue getIssueObject(String key);
}
