package com.pmosuite.workbench.host;

import com.atlassian.jira.user.ApplicationUser;
import com.pmosuite.workbench.http.WorkbenchAccount;

/** A workbench account seen through Jira's user interface. */
public record WorkbenchUser(WorkbenchAccount account) implements ApplicationUser {
    @Override
    public String getKey() {
        return account.key();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public String getName() {
        return account.username();
    }

    @Override
    public String getDisplayName() {
        return account.displayName();
    }

    /** Demo addresses: nothing is really sent, the outbox shows what Jira would have queued. */
    @Override
    public String getEmailAddress() {
        return account.email();
    }

    @Override
    public boolean isActive() {
        return true;
    }
}
