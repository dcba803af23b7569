package com.pmosuite.risk.reminder;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Port: remembers which owners were reminded on which day, in storage shared by every node, so that two nodes,
 * a restart or a manual run never send the same reminder twice on one day.
 */
public interface ReminderLedger {

    /** True for exactly one caller per owner and day, across nodes: the one that may send the reminder. */
    boolean claim(String ownerKey, LocalDate day, Instant at);

    /** Gives a claim back when the mail could not be queued, so a later run tries again. */
    void release(String ownerKey, LocalDate day);
}
