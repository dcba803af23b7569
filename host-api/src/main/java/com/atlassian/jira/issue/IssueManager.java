package com.atlassian.jira.issue;

/**
 * Compile-time stand-in for Jira's IssueManager, declaring only the members the plugin calls; the unchecked
 * DataAccessException in the real throws clauses is omitted (see
 * https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html).
 */
public interface IssueManager {

    MutableIssue getIssueObject(String key);

    /** The issue with this id, or null when there is none. */
    MutableIssue getIssueObject(Long id);
}
