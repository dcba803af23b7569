package com.pmosuite.plugin.risk.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.plugin.testsupport.TestProjects;
import com.pmosuite.risk.RiskStore;
import com.pmosuite.risk.contract.RiskStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The AO risk store passes the store contract on PostgreSQL at READ COMMITTED, the isolation Jira runs its
 * transactions at (and so AO's, which join them); outside Jira AO's own transactions are SERIALIZABLE, which
 * {@link AoRiskStorePostgresIT} covers.
 */
class AoRiskStorePostgresReadCommittedIT extends RiskStoreContract {
    private AoDatabase database;
    private AoRiskStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.postgres(AoDatabase.Isolation.READ_COMMITTED);
        store = new AoRiskStore(database.activeObjects(), new TestProjects());
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected RiskStore store() {
        return store;
    }
}
