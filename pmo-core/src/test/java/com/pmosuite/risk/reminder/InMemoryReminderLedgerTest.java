package com.pmosuite.risk.reminder;

import com.pmosuite.risk.reminder.contract.ReminderLedgerContract;
import com.pmosuite.testkit.InMemoryReminderLedger;

/** The in-memory ledger keeps the ledger contract; "another node" shares its memory. */
class InMemoryReminderLedgerTest extends ReminderLedgerContract {
    private final InMemoryReminderLedger ledger = new InMemoryReminderLedger();

    @Override
    protected ReminderLedger ledger() {
        return ledger;
    }

    @Override
    protected ReminderLedger otherNode() {
        return ledger;
    }
}
