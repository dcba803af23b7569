package com.atlassian.jira.user;

import java.io.Serializable;
import java.security.Principal;

/**
 * Compile-time stand-in for Jira's ApplicationUser, declaring only the members the plugin calls and keeping the JDK
 * superinterfaces while omitting the Jira-only WithId and WithKey (see
 * https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/user/ApplicationUser.html).
 */
public interface ApplicationUser extends Principal, Serializable {

    String getKey();

    String getUsername();

    @Override
    String getName();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();
}
