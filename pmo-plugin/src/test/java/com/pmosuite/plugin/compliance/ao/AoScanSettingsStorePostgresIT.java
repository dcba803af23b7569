package com.pmosuite.plugin.compliance.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.compliance.scan.ComplianceSettingsStore;
import com.pmosuite.compliance.scan.contract.ComplianceSettingsStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The AO compliance settings store passes the store contract on PostgreSQL (embedded server from Maven Central binaries). */
class AoScanSettingsStorePostgresIT extends ComplianceSettingsStoreContract {
    private AoDatabase database;
    private AoScanSettingsStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.postgres();
        store = new AoScanSettingsStore(database.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected ComplianceSettingsStore store() {
        return store;
    }
}
