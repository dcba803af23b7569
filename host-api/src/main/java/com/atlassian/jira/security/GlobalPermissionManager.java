package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-time stand-in for Jira's GlobalPermissionManager, declaring only the member the plugin calls (see
 * https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/GlobalPermissionManager.html).
 */
public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
