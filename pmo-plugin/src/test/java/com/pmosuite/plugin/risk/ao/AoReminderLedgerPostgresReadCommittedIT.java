package com.pmosuite.plugin.risk.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.risk.reminder.ReminderLedger;
import com.pmosuite.risk.reminder.contract.ReminderLedgerContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The AO reminder ledger passes the ledger contract on PostgreSQL at READ COMMITTED, Jira's isolation and the
 * workbench's, where the two nodes' transactions see each other's commits mid-way and only the unique key can
 * stop a second send; {@link AoReminderLedgerPostgresIT} covers AO's own SERIALIZABLE.
 */
class AoReminderLedgerPostgresReadCommittedIT extends ReminderLedgerContract {
    private AoDatabase database;
    private AoReminderLedger ledger;
    private AoReminderLedger otherNode;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.postgres(AoDatabase.Isolation.READ_COMMITTED);
        ledger = new AoReminderLedger(database.activeObjects());
        otherNode = new AoReminderLedger(database.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected ReminderLedger ledger() {
        return ledger;
    }

    @Override
    protected ReminderLedger otherNode() {
        return otherNode;
    }
}
