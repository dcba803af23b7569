package com.pmosuite.plugin.facts.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;

/** The facts walk over AO on HSQLDB. */
class AoIssueFactsReconcileHsqldbIT extends AoIssueFactsReconcileSuite {
    @Override
    protected AoDatabase freshDatabase() {
        return TestDatabases.hsqldb();
    }
}
