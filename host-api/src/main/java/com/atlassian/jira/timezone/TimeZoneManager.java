package com.atlassian.jira.timezone;

import java.util.TimeZone;

/**
 * Compile-time stand-in for Jira's TimeZoneManager, declaring only the member the plugin calls (see
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/timezone/TimeZoneManager.html).
 */
public interface TimeZoneManager {

    /** The time zone of the user who is logged in (Jira's default zone for anonymous users). */
    TimeZone getLoggedInUserTimeZone();
}
