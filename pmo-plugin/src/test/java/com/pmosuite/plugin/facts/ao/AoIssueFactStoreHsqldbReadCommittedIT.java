package com.pmosuite.plugin.facts.ao;

import com.pmosuite.facts.IssueFactStore;
import com.pmosuite.facts.contract.IssueFactStoreContract;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.PluginEntities;
import com.pmosuite.plugin.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The AO issue-facts store passes the store contract on HSQLDB at READ COMMITTED, the workbench's level. The other node is a second store over the same database, so writers
 * meet only in the database.
 */
class AoIssueFactStoreHsqldbReadCommittedIT extends IssueFactStoreContract {
    private AoDatabase database;
    private AoIssueFactStore store;
    private AoIssueFactStore otherNode;

    @BeforeEach
    void freshDatabase() {
        database = readCommittedHsqldb();
        store = new AoIssueFactStore(database.activeObjects());
        otherNode = new AoIssueFactStore(database.activeObjects());
    }

    private static AoDatabase readCommittedHsqldb() {
        AoDatabase database = AoDatabase.open("jdbc:hsqldb:mem:facts-rc-" + System.nanoTime() + ";hsqldb.tx=mvcc",
                "SA", "", TestDatabases.PLUGIN_KEY, AoDatabase.Isolation.READ_COMMITTED);
        database.activeObjects().migrate(PluginEntities.declared());
        return database;
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
