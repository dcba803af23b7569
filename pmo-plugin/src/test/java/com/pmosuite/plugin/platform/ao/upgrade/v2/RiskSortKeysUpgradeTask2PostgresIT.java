package com.pmosuite.plugin.platform.ao.upgrade.v2;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;

/** Schema versions 0 → 2 on PostgreSQL (embedded server), where DDL is transactional and identifiers quoted. */
class RiskSortKeysUpgradeTask2PostgresIT extends RiskSortKeysUpgradeTask2Suite {
    @Override
    protected AoDatabase emptyDatabase() {
        return TestDatabases.emptyPostgres();
    }
}
