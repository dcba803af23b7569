package com.atlassian.jira.issue;

import com.atlassian.jira.project.Project;

/**
 * Compile-time stand-in for Jira's Issue, declaring only the members the plugin calls and omitting the Jira-only
 * superinterfaces OfBizValueWrapper, IssueContext, WithId and WithKey (see
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html).
 */
public interface Issue {

    Long getId();

    String getKey();

    Project getProjectObject();

    String getSummary();
}
