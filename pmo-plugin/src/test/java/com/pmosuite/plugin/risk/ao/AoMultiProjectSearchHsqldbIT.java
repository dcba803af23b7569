package com.pmosuite.plugin.risk.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.plugin.testsupport.TestProjects;
import com.pmosuite.risk.RiskStore;
import com.pmosuite.risk.contract.MultiProjectSearchContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The AO risk store searches across projects as the contract says, on HSQLDB through real Active Objects. */
class AoMultiProjectSearchHsqldbIT extends MultiProjectSearchContract {
    private AoDatabase database;
    private AoRiskStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.hsqldb();
        store = new AoRiskStore(database.activeObjects(), new TestProjects());
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected RiskStore store() {
        return store;
    }
}
