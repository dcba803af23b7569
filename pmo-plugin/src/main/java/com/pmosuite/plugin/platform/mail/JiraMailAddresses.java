package com.pmosuite.plugin.platform.mail;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.pmosuite.shared.mail.MailAddresses;

import java.util.Optional;

/** Mail addresses of Jira users; deactivated users get no mail, as Jira's own notifications do. */
public final class JiraMailAddresses implements MailAddresses {
    private final UserManager userManager;

    public JiraMailAddresses(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<String> addressOf(String userKey) {
        ApplicationUser user = userManager.getUserByKey(userKey);
        if (user == null || !user.isActive()) {
            return Optional.empty();
        }
        String address = user.getEmailAddress();
        if (address == null || address.isBlank() || address.indexOf('\r') >= 0 || address.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        return Optional.of(address.strip());
    }
}
