package com.pmosuite.workbench.tracker;

import java.sql.SQLException;

/** A database failure in the workbench's issue tables: a server error, never the caller's fault. */
public final class TrackerSqlException extends RuntimeException {
    public TrackerSqlException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
