package com.pmosuite.plugin.risk.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.plugin.testsupport.TestProjects;
import com.pmosuite.risk.imports.SavedMappingStore;
import com.pmosuite.risk.imports.contract.SavedMappingStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The AO saved-mapping store passes the saved-mapping contract on Postgres through real Active Objects. */
class AoSavedMappingStorePostgresIT extends SavedMappingStoreContract {
    private AoDatabase database;
    private AoSavedMappingStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.postgres();
        store = new AoSavedMappingStore(database.activeObjects(), new TestProjects());
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected SavedMappingStore store() {
        return store;
    }
}
