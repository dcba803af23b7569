package com.pmosuite.plugin.facts.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;

/** The facts walk over AO on PostgreSQL at READ COMMITTED, as inside Jira. */
class AoIssueFactsReconcilePostgresIT extends AoIssueFactsReconcileSuite {
    @Override
    protected AoDatabase freshDatabase() {
        return TestDatabases.postgres(AoDatabase.Isolation.READ_COMMITTED);
    }
}
