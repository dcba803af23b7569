package com.pmosuite.plugin.risk.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.plugin.platform.ao.AoErrors;
import com.pmosuite.risk.reminder.ReminderLedger;
import net.java.ao.DBParam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The reminder ledger in Active Objects. A claim is an INSERT of the unique "day:owner" key in its own
 * transaction: the database lets exactly one node's insert through, on every database and isolation level.
 */
public final class AoReminderLedger implements ReminderLedger {
    /** AO's default (indexable) string column length. */
    private static final int MAX_KEY = 255;

    private final ActiveObjects ao;

    public AoReminderLedger(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean claim(String ownerKey, LocalDate day, Instant at) {
        String key = keyOf(ownerKey, day);
        try {
            ao.executeInTransaction(() -> ao.create(ReminderSentEntity.class,
                    new DBParam("REMINDER_KEY", key),
                    new DBParam("OWNER_KEY", ownerKey.length() <= MAX_KEY ? ownerKey : key),
                    new DBParam("REMINDER_DAY", day.toString()),
                    new DBParam("SENT_AT", at.toEpochMilli())));
            return true;
        } catch (RuntimeException e) {
            if (AoErrors.isWriteConflict(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void release(String ownerKey, LocalDate day) {
        String key = keyOf(ownerKey, day);
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(ReminderSentEntity.class, "REMINDER_KEY = ?", key);
            return null;
        });
    }

    /** "2026-03-02:alice"; a key that would not fit the column uses a SHA-256 of the owner key instead. */
    static String keyOf(String ownerKey, LocalDate day) {
        String plain = day + ":" + ownerKey;
        if (plain.length() <= MAX_KEY) {
            return plain;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(ownerKey.getBytes(StandardCharsets.UTF_8));
            return day + ":sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
