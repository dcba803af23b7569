package com.pmosuite.plugin.platform.jira;

import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.pmosuite.shared.UserZones;

import java.time.ZoneId;

/** {@link UserZones} over Jira's profiles: the user's own time zone, or Jira's default for a key no one has. */
public final class JiraUserZones implements UserZones {
    private final UserManager users;
    private final TimeZoneManager timeZones;

    public JiraUserZones(UserManager users, TimeZoneManager timeZones) {
        this.users = users;
        this.timeZones = timeZones;
    }

    @Override
    public ZoneId zoneOf(String userKey) {
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        return (user == null ? timeZones.getDefaultTimezone() : timeZones.getTimeZoneforUser(user)).toZoneId();
    }
}
