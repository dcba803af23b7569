package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Compile-time stand-in for Jira's Status (an interface), declaring only the member the plugin calls and omitting
 * the Jira-only superinterface IssueConstant (see docs/host-api.md).
 */
public interface Status {

    StatusCategory getStatusCategory();
}
