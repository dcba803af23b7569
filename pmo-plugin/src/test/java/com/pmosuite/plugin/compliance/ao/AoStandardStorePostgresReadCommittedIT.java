package com.pmosuite.plugin.compliance.ao;

import com.pmosuite.compliance.standard.StandardStore;
import com.pmosuite.compliance.standard.contract.StandardStoreContract;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The AO standard store passes the store contract on PostgreSQL at READ COMMITTED, the isolation Jira runs AO's transactions at. */
class AoStandardStorePostgresReadCommittedIT extends StandardStoreContract {
    private AoDatabase database;
    private AoStandardStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.postgres(AoDatabase.Isolation.READ_COMMITTED);
        store = new AoStandardStore(database.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected StandardStore store() {
        return store;
    }
}
