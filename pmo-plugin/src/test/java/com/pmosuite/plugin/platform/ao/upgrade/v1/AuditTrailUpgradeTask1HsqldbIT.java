package com.pmosuite.plugin.platform.ao.upgrade.v1;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;

/** Schema version 0 → 1 on HSQLDB, which commits on every DDL statement. */
class AuditTrailUpgradeTask1HsqldbIT extends AuditTrailUpgradeTask1Suite {
    @Override
    protected AoDatabase emptyDatabase() {
        return TestDatabases.emptyHsqldb();
    }
}
