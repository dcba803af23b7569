package com.pmosuite.plugin.facts.ao;

import com.pmosuite.facts.RebuildProgressStore;
import com.pmosuite.facts.contract.RebuildProgressStoreContract;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The AO walk checkpoint passes the checkpoint contract on PostgreSQL at READ COMMITTED. */
class AoRebuildProgressStorePostgresIT extends RebuildProgressStoreContract {
    private AoDatabase database;
    private AoRebuildProgressStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.postgres(AoDatabase.Isolation.READ_COMMITTED);
        store = new AoRebuildProgressStore(database.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected RebuildProgressStore store() {
        return store;
    }
}
