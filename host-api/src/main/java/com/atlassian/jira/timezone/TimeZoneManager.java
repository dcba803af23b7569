package com.atlassian.jira.timezone;

import com.atlassian.jira.user.ApplicationUser;

import java.util.TimeZone;

/**
 * Compile-time stand-in for Jira's TimeZoneManager, declaring only the members the plugin calls (see
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/timezone/TimeZoneManager.html).
 */
public interface TimeZoneManager {

    /** The time zone of the user who is logged in (Jira's default zone for anonymous users). */
    TimeZone getLoggedInUserTimeZone();

    /** The time zone of the given user: the one in their profile, else Jira's default zone. */
    TimeZone getTimeZoneforUser(ApplicationUser user);

    /** Jira's default time zone. */
    TimeZone getDefaultTimezone();
}
