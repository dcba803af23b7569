package com.pmosuite.plugin.schedule.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.shared.schedule.JobRunStore;
import com.pmosuite.shared.schedule.contract.JobRunStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The AO run history passes the run-history contract on HSQLDB through real Active Objects. */
class AoJobRunStoreHsqldbIT extends JobRunStoreContract {
    private AoDatabase database;
    private AoJobRunStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.hsqldb();
        store = new AoJobRunStore(database.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected JobRunStore store() {
        return store;
    }
}
