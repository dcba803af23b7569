package com.pmosuite.plugin.platform.ao;

import com.pmosuite.shared.StaleVersion;

import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/** Reads database failures that Active Objects wraps in its own runtime exceptions. */
public final class AoErrors {
    private AoErrors() {
    }

    /**
     * True when the failure, at any depth, is how a database reports that a concurrent transaction got there first:
     * an integrity-constraint violation (SQLSTATE class 23, e.g. PostgreSQL's unique violation) or a transaction
     * rollback (class 40, e.g. HSQLDB's MVCC "serialization failure" and deadlocks).
     */
    public static boolean isWriteConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && (state.startsWith("23") || state.startsWith("40"))) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Runs a versioned write of one record. When the database reports a write conflict, the transaction has been
     * rolled back: if the record moved past {@code expectedVersion} meanwhile, the caller lost the race and gets
     * {@link StaleVersion} with the winner's state ({@code what} names it, e.g. "Risk 7"); a conflict that changed
     * nothing (a deadlock victim, say) is tried again after a short, growing, jittered pause, at most
     * {@code attempts} times in all. Any other failure is rethrown as it is.
     */
    public static <T, R> T retryingVersionConflicts(String what, int expectedVersion, int attempts, Supplier<T> write,
                                                    Supplier<Optional<R>> current, ToIntFunction<R> versionOf) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException failure) {
                if (!isWriteConflict(failure)) {
                    throw failure;
                }
                Optional<R> now = current.get();
                if (now.isEmpty() || versionOf.applyAsInt(now.get()) != expectedVersion) {
                    throw new StaleVersion(what, expectedVersion, now.orElse(null));
                }
                if (attempt >= attempts) {
                    throw failure;
                }
                backOff(attempt, what);
            }
        }
    }

    // Writers who all failed at once must not collide again in lockstep.
    private static void backOff(int attempt, String what) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a write of " + what, e);
        }
    }
}
