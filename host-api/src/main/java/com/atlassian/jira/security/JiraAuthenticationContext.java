package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

/**
 * Compile-time stand-in for Jira's JiraAuthenticationContext, declaring only the members the plugin calls (see
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html).
 */
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();

    /** Translations in the logged-in user's language; what Jira's templates call as {@code $i18n}. */
    I18nHelper getI18nHelper();
}
