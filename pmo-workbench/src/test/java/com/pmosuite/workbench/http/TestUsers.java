package com.pmosuite.workbench.http;

import java.util.List;
import java.util.Set;

/** The accounts the HTTP tests log in with. */
final class TestUsers {

    static final WorkbenchAccount ALICE = new WorkbenchAccount("JIRAUSER10100", "alice", "Alice <Member> Doe",
            "alice@example.com", "alice-secret", Set.of("jira-software-users"));
    static final WorkbenchAccount ADMIN = new WorkbenchAccount("JIRAUSER10000", "admin", "Ada Admin",
            "admin@example.com", "admin-secret", Set.of("jira-software-users", "jira-administrators"));

    private TestUsers() {
    }

    static WorkbenchAccounts accounts() {
        return new WorkbenchAccounts(List.of(ALICE, ADMIN));
    }
}
