package com.pmosuite.workbench.dashboard;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.host.ao.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** {@link DashboardStoreContract} on PostgreSQL 16 (embedded binaries): one server, a new database per test. */
class DashboardStorePostgresIT extends DashboardStoreContract {
    private static EmbeddedPostgres server;
    private static int created;
    private String database;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.throwaway();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @AfterEach
    void forgetDatabase() {
        database = null;
    }

    @Override
    AoDatabase openDatabase() {
        if (database == null) {
            database = "dashboard" + (++created);
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(),
                    server.password()); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return AoDatabase.open(server.jdbcUrl(database), server.user(), server.password(), "com.pmosuite.pmo-plugin",
                AoDatabase.Isolation.READ_COMMITTED);
    }
}
