package com.pmosuite.plugin.facts.admin.ao;

import com.pmosuite.facts.mapping.FieldMappingStore;
import com.pmosuite.facts.mapping.contract.FieldMappingStoreContract;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The AO field mapping passes the field mapping contract on PostgreSQL at READ COMMITTED. */
class AoFieldMappingStorePostgresIT extends FieldMappingStoreContract {
    private AoDatabase database;
    private AoFieldMappingStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.postgres(AoDatabase.Isolation.READ_COMMITTED);
        store = new AoFieldMappingStore(database.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected FieldMappingStore store() {
        return store;
    }
}
