package com.pmosuite.workbench.wiring;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.host.ao.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's AO transactions run at READ COMMITTED, as they do inside Jira, on every database it can open:
 * asked of the database itself from inside a transaction, not of the configuration.
 */
class WorkbenchIsolationIT {
    private static final String PLUGIN_KEY = "com.pmosuite.isolation-test";

    @TempDir
    Path data;

    @Test
    void theEmbeddedPostgresRunsAoTransactionsAtReadCommitted() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.throwaway();
             AoDatabase database = WorkbenchComponents.openDatabase(server, options(), PLUGIN_KEY)) {
            assertThat(postgresIsolationInAndOutOfATransaction(database))
                    .containsExactly("read committed", "read committed");
        }
    }

    @Test
    void aPostgresGivenByUrlRunsAoTransactionsAtReadCommitted() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.throwaway();
             AoDatabase database = WorkbenchComponents.openDatabase(null, options("--db-url",
                     server.jdbcUrl("postgres"), "--db-user", server.user(), "--db-password", server.password()),
                     PLUGIN_KEY)) {
            assertThat(postgresIsolationInAndOutOfATransaction(database))
                    .containsExactly("read committed", "read committed");
        }
    }

    @Test
    void theHsqldbFileDatabaseRunsAoTransactionsAtReadCommitted() {
        try (AoDatabase database = WorkbenchComponents.openDatabase(null, options(), PLUGIN_KEY)) {
            String inside = database.activeObjects().executeInTransaction(() -> hsqldbIsolation(database));
            assertThat(inside).isEqualTo("READ COMMITTED");
        }
    }

    private WorkbenchOptions options(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--port", "0", "--data", data.toString()));
        args.addAll(List.of(more));
        return WorkbenchOptions.parse(args.toArray(String[]::new));
    }

    private static List<String> postgresIsolationInAndOutOfATransaction(AoDatabase database) {
        String inside = database.activeObjects().executeInTransaction(
                () -> single(database, "SHOW transaction_isolation"));
        String outside = single(database, "SHOW transaction_isolation");
        return List.of(inside, outside);
    }

    private static String hsqldbIsolation(AoDatabase database) {
        return single(database, "VALUES (SESSION_ISOLATION_LEVEL())");
    }

    private static String single(AoDatabase database, String query) {
        try (Connection connection = database.entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
