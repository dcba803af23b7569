package com.pmosuite.shared;

import java.time.ZoneId;

/**
 * Port: the time zone a person works in, by their stable user key (Jira: the zone in their profile, else Jira's
 * default zone). "Today" for that person is the date in this zone, not the server's.
 */
public interface UserZones {
    /** Never null: a key no one has any longer gets the default zone. */
    ZoneId zoneOf(String userKey);
}
