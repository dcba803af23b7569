package com.atlassian.jira.issue.issuetype;

/**
 * Compile-time stand-in for Jira's IssueType (an interface), declaring only the members the plugin calls and
 * omitting the Jira-only superinterface IssueConstant (see docs/host-api.md).
 */
public interface IssueType {

    String getId();

    String getName();

    boolean isSubTask();
}
