package com.pmosuite.plugin.platform.jira;

import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** An owner's zone is the one in their Jira profile; a key no one has any longer gets Jira's default zone. */
class JiraUserZonesTest {
    private final UserManager users = mock(UserManager.class);
    private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    private final JiraUserZones zones = new JiraUserZones(users, timeZones);

    @Test
    void aUsersZoneIsTheOneJiraHasForThem() {
        ApplicationUser alice = mock(ApplicationUser.class);
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(alice);
        when(timeZones.getTimeZoneforUser(alice)).thenReturn(TimeZone.getTimeZone("Pacific/Auckland"));
        when(timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));

        assertThat(zones.zoneOf("JIRAUSER10100")).isEqualTo(ZoneId.of("Pacific/Auckland"));
    }

    @Test
    void aKeyNoOneHasGetsJirasDefaultZone() {
        when(timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));

        assertThat(zones.zoneOf("JIRAUSER99999")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(zones.zoneOf(null)).isEqualTo(ZoneId.of("Europe/Berlin"));
    }
}
