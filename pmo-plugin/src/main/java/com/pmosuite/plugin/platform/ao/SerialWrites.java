package com.pmosuite.plugin.platform.ao;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Writing transactions of one kind that run one at a time in this JVM, for stores whose INSERT can wait for another
 * open transaction's unique key. Why: AO 4.0.3's {@code HSQLDatabaseProvider.executeInsertReturningKey} is
 * {@code synchronized} on the provider (one monitor for every connection) and keeps that monitor while its INSERT
 * waits in HSQLDB (MVCC, READ COMMITTED as the workbench runs it) for a transaction that inserted the same key and has
 * not committed. If that transaction still has to INSERT, it waits for the monitor: a cycle across the JVM and the
 * database that neither detects, so both hang for good. Holding this lock around the whole transaction (taken before
 * it begins, released after it commits), no two such transactions of this JVM are ever open together; one in another
 * JVM has its own monitor. PostgreSQL's provider has no such monitor, and there the lock only orders admin writes that
 * are rare anyway. The lock is JVM-wide, not per store instance, because the monitor is shared by every store over
 * one database.
 */
public final class SerialWrites {
    private static final Map<String, SerialWrites> BY_NAME = new ConcurrentHashMap<>();

    private final String name;
    private final ReentrantLock lock = new ReentrantLock(true);

    private SerialWrites(String name) {
        this.name = name;
    }

    /** The JVM's one lock of this name (e.g. {@code compliance-standards}). */
    public static SerialWrites named(String name) {
        return BY_NAME.computeIfAbsent(Objects.requireNonNull(name, "name"), SerialWrites::new);
    }

    /**
     * Runs a writing transaction while no other of this name runs in this JVM. Call it outside the transaction: a
     * lock taken inside one would be released before its commit. Reentrant, so a write may call another.
     */
    public <T> T run(Supplier<T> write) {
        lock.lock();
        try {
            return write.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "SerialWrites[" + name + "]";
    }
}
