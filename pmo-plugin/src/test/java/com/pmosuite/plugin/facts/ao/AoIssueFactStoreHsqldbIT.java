package com.pmosuite.plugin.facts.ao;

import com.pmosuite.facts.IssueFactStore;
import com.pmosuite.facts.contract.IssueFactStoreContract;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The AO issue-facts store passes the store contract on HSQLDB (MVCC) with AO's own SERIALIZABLE transactions. The other node is a second store over the same database, so writers
 * meet only in the database.
 */
class AoIssueFactStoreHsqldbIT extends IssueFactStoreContract {
    private AoDatabase database;
    private AoIssueFactStore store;
    private AoIssueFactStore otherNode;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.hsqldb();
        store = new AoIssueFactStore(database.activeObjects());
        otherNode = new AoIssueFactStore(database.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected IssueFactStore store() {
        return store;
    }

    @Override
    protected IssueFactStore otherNode() {
        return otherNode;
    }
}
