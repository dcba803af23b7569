package com.pmosuite.plugin.risk.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.plugin.testsupport.TestProjects;
import com.pmosuite.risk.RiskSettingsStore;
import com.pmosuite.risk.contract.RiskSettingsStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The AO settings store passes the settings-store contract on a real HSQLDB through real Active Objects. */
class AoRiskSettingsStoreHsqldbIT extends RiskSettingsStoreContract {
    private AoDatabase database;
    private AoRiskSettingsStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.hsqldb();
        store = new AoRiskSettingsStore(database.activeObjects(), new TestProjects());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Override
    protected RiskSettingsStore store() {
        return store;
    }
}
