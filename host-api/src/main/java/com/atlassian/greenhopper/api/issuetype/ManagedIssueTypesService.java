package com.atlassian.greenhopper.api.issuetype;

import com.atlassian.jira.bc.ServiceOutcome;
import com.atlassian.jira.issue.issuetype.IssueType;

/**
 * Compile-time stand-in for Jira Software's {@code @PublicApi} ManagedIssueTypesService (an interface, since JSW
 * 6.3.5), declaring only the member the plugin calls. Jira Software may be absent, so the package is imported
 * optionally (see docs/host-api.md).
 */
public interface ManagedIssueTypesService {

    ServiceOutcome<IssueType> getEpicIssueType();
}
