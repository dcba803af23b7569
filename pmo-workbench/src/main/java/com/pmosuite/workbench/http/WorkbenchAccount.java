package com.pmosuite.workbench.http;

import java.util.Objects;
import java.util.Set;

/**
 * A user who can log in to the workbench, shaped like a Jira user (key, username, display name, e-mail, groups).
 *
 * @param key         the stable user key, as Jira's {@code ApplicationUser.getKey()} (e.g. {@code JIRAUSER10100})
 * @param username    the login name; compared case-insensitively, as Jira does
 * @param displayName the full name shown in the page header
 * @param email       the e-mail address
 * @param password    the plain-text password (workbench only; never logged, see {@link #toString()})
 * @param groups      group names, e.g. {@code jira-administrators}
 */
public record WorkbenchAccount(String key, String username, String displayName, String email, String password,
                               Set<String> groups) {

    public WorkbenchAccount {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        groups = Set.copyOf(groups);
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    // The generated toString would print the password into logs and test failure messages.
    @Override
    public String toString() {
        return "WorkbenchAccount[key=" + key + ", username=" + username + ", displayName=" + displayName
                + ", email=" + email + ", groups=" + groups + "]";
    }
}
