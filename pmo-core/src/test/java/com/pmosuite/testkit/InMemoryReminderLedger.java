package com.pmosuite.testkit;

import com.pmosuite.risk.reminder.ReminderLedger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** The reminder ledger in memory: one claim per owner and day. */
public final class InMemoryReminderLedger implements ReminderLedger {
    private final Set<String> claimed = new HashSet<>();

    @Override
    public synchronized boolean claim(String ownerKey, LocalDate day, Instant at) {
        return claimed.add(day + ":" + ownerKey);
    }

    @Override
    public synchronized void release(String ownerKey, LocalDate day) {
        claimed.remove(day + ":" + ownerKey);
    }
}
