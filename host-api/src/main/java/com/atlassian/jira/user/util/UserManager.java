package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-time stand-in for Jira's own UserManager (not SAL's), declaring only the members the plugin calls (see
 * https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html).
 */
public interface UserManager {

    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
