package com.pmosuite.plugin.platform.ao.upgrade.v2;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;

/** Schema versions 0 → 2 on HSQLDB, which commits on every DDL statement. */
class RiskSortKeysUpgradeTask2HsqldbIT extends RiskSortKeysUpgradeTask2Suite {
    @Override
    protected AoDatabase emptyDatabase() {
        return TestDatabases.emptyHsqldb();
    }
}
