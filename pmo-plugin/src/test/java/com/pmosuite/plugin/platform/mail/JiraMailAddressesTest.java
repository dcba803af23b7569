package com.pmosuite.plugin.platform.mail;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraMailAddressesTest {
    private final UserManager users = mock(UserManager.class);
    private final JiraMailAddresses addresses = new JiraMailAddresses(users);

    @Test
    void anActiveUsersAddressIsTheirJiraAddress() {
        user("JIRAUSER10100", true, " alice@example.com ");

        assertThat(addresses.addressOf("JIRAUSER10100")).contains("alice@example.com");
    }

    @Test
    void deactivatedUnknownAndAddresslessUsersGetNoMail() {
        user("gone", false, "gone@example.com");
        user("blank", true, "  ");
        user("forged", true, "x@example.com\r\nBcc: all@example.com");

        assertThat(addresses.addressOf("gone")).isEmpty();
        assertThat(addresses.addressOf("blank")).isEmpty();
        assertThat(addresses.addressOf("forged")).isEmpty();
        assertThat(addresses.addressOf("nobody")).isEmpty();
    }

    private void user(String key, boolean active, String address) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.isActive()).thenReturn(active);
        when(user.getEmailAddress()).thenReturn(address);
        when(users.getUserByKey(key)).thenReturn(user);
    }
}
