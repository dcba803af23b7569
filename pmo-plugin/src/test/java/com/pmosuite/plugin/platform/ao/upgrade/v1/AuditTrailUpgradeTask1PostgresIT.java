package com.pmosuite.plugin.platform.ao.upgrade.v1;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;

/** Schema version 0 → 1 on PostgreSQL (embedded server), where DDL is transactional and identifiers quoted. */
class AuditTrailUpgradeTask1PostgresIT extends AuditTrailUpgradeTask1Suite {
    @Override
    protected AoDatabase emptyDatabase() {
        return TestDatabases.emptyPostgres();
    }
}
