package com.pmosuite.host.ao;

import java.sql.SQLException;

/** A database failure inside Active Objects, unchecked as the ActiveObjects facade reports it. */
public final class AoSqlException extends RuntimeException {
    public AoSqlException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
