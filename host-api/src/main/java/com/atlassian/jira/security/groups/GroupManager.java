package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-time stand-in for Jira's GroupManager, declaring only the members the plugin calls (see
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html).
 */
public interface GroupManager {

    boolean groupExists(String groupName);

    boolean isUserInGroup(ApplicationUser user, String groupname);
}
