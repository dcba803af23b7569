package com.pmosuite.plugin.portfolio.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.portfolio.PortfolioStore;
import com.pmosuite.portfolio.contract.PortfolioStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The AO portfolio store passes the store contract on PostgreSQL at READ COMMITTED, the isolation Jira runs AO's transactions at. */
class AoPortfolioStorePostgresReadCommittedIT extends PortfolioStoreContract {
    private AoDatabase database;
    private AoPortfolioStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.postgres(AoDatabase.Isolation.READ_COMMITTED);
        store = new AoPortfolioStore(database.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected PortfolioStore store() {
        return store;
    }
}
