package com.pmosuite.plugin.trend.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.rollup.trend.SnapshotStore;
import com.pmosuite.rollup.trend.contract.SnapshotStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The AO snapshot store passes the snapshot contract on PostgreSQL at AO's own SERIALIZABLE: the other node is a second store over the same
 * database, so only the unique day:project:level key keeps two racing puts from leaving two sets of rows.
 */
class AoSnapshotStorePostgresIT extends SnapshotStoreContract {
    private AoDatabase database;
    private AoSnapshotStore store;
    private AoSnapshotStore otherNode;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.postgres();
        store = new AoSnapshotStore(database.activeObjects());
        otherNode = new AoSnapshotStore(database.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected SnapshotStore store() {
        return store;
    }

    @Override
    protected SnapshotStore otherNode() {
        return otherNode;
    }
}
