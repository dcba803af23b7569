package com.atlassian.jira.issue;

/**
 * Compile-time stand-in for Jira's MutableIssue, which IssueManager.getIssueObject(String) returns; none of its
 * setters are declared (see https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html).
 */
public interface MutableIssue extends Issue {
}
