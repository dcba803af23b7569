package com.pmosuite.plugin.risk.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.risk.reminder.ReminderLedger;
import com.pmosuite.risk.reminder.contract.ReminderLedgerContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The AO reminder ledger passes the ledger contract on HSQLDB: the other node is a second ledger over the
 * same database, so only the database's unique key can keep the two from both sending.
 */
class AoReminderLedgerHsqldbIT extends ReminderLedgerContract {
    private AoDatabase database;
    private AoReminderLedger ledger;
    private AoReminderLedger otherNode;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.hsqldb();
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
