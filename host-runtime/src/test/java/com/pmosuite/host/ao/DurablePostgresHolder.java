package com.pmosuite.host.ao;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A JVM that starts a durable embedded PostgreSQL on a data directory, commits one row, says so and waits to be
 * killed: what a workbench killed with SIGKILL leaves behind. Run by {@link EmbeddedPostgresIT}.
 */
public final class DurablePostgresHolder {
    private DurablePostgresHolder() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.durable(Path.of(args[0]));
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(),
                server.password()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS note (text VARCHAR(100))");
            statement.execute("INSERT INTO note VALUES ('" + args[1] + "')");
        }
        System.out.println("COMMITTED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
