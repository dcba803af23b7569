package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-time stand-in for Jira's JiraAuthenticationContext, declaring only the member the plugin calls (see
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html).
 */
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();
}
