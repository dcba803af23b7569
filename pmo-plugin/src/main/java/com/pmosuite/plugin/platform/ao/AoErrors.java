package com.pmosuite.plugin.platform.ao;

import java.sql.SQLException;

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
}
