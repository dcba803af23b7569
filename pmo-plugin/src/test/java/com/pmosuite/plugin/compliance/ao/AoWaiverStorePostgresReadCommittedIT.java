package com.pmosuite.plugin.compliance.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.compliance.waiver.WaiverStore;
import com.pmosuite.compliance.waiver.contract.WaiverStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The waiver store contract at READ COMMITTED, the level Jira runs AO transactions at on PostgreSQL: two decisions on one version still end with exactly one winner. */
class AoWaiverStorePostgresReadCommittedIT extends WaiverStoreContract {
    private AoDatabase database;
    private AoWaiverStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.postgres(AoDatabase.Isolation.READ_COMMITTED);
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
