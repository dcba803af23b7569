package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-time stand-in for Jira's GroupManager, declaring only the member the plugin calls (see
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html).
 */
public interface GroupManager {

    boolean isUserInGroup(ApplicationUser user, String groupname);
}
