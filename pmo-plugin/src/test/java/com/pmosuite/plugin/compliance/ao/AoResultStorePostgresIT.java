package com.pmosuite.plugin.compliance.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.compliance.result.ResultStore;
import com.pmosuite.compliance.result.contract.ResultStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The AO result store passes the store contract on PostgreSQL (embedded server from Maven Central binaries). */
class AoResultStorePostgresIT extends ResultStoreContract {
    private AoDatabase database;
    private AoResultStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.postgres();
        store = new AoResultStore(database.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected ResultStore store() {
        return store;
    }
}
