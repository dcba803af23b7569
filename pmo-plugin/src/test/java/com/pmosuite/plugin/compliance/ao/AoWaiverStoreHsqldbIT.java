package com.pmosuite.plugin.compliance.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.compliance.waiver.WaiverStore;
import com.pmosuite.compliance.waiver.contract.WaiverStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The AO waiver store passes the store contract on a real HSQLDB through real Active Objects. */
class AoWaiverStoreHsqldbIT extends WaiverStoreContract {
    private AoDatabase database;
    private AoWaiverStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.hsqldb();
        store = new AoWaiverStore(database.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected WaiverStore store() {
        return store;
    }
}
