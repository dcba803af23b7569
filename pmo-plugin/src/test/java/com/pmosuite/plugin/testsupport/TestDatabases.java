package com.pmosuite.plugin.testsupport;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.host.ao.EmbeddedPostgres;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, migrated AO databases for tests: HSQLDB in memory, and PostgreSQL from the embedded binaries (or from
 * {@code -Dpmo.test.postgres.url=jdbc:postgresql://host/db} with {@code .user}/{@code .password}). When no
 * PostgreSQL can be started, PostgreSQL tests are skipped on a developer machine but fail when {@code CI=true}.
 */
public final class TestDatabases {
    public static final String PLUGIN_KEY = "com.pmosuite.pmo-plugin";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static Throwable postgresFailure;

    private TestDatabases() {
    }

    public static AoDatabase hsqldb() {
        AoDatabase database = emptyHsqldb();
        database.activeObjects().migrate(PluginEntities.declared());
        return database;
    }

    /** A new HSQLDB database without any table: for creating an older release's schema. */
    public static AoDatabase emptyHsqldb() {
        return AoDatabase.hsqldbMemory("t" + COUNTER.incrementAndGet(), PLUGIN_KEY);
    }

    /** A new PostgreSQL database on the embedded server without any table: for creating an older schema. */
    public static AoDatabase emptyPostgres() {
        String name = "pmo_test_" + COUNTER.incrementAndGet();
        EmbeddedPostgres server = embeddedPostgres();
        try (Connection admin = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(),
                server.password()); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return AoDatabase.open(server.jdbcUrl(name), server.user(), server.password(), PLUGIN_KEY);
    }

    /** A new, empty PostgreSQL database with the plugin's tables, transactions isolated as AO does by default. */
    public static AoDatabase postgres() {
        return postgres(AoDatabase.Isolation.AO_DEFAULT);
    }

    /** A new, empty PostgreSQL database with the plugin's tables, transactions at the given isolation. */
    public static AoDatabase postgres(AoDatabase.Isolation isolation) {
        String external = System.getProperty("pmo.test.postgres.url");
        String name = "pmo_test_" + COUNTER.incrementAndGet();
        AoDatabase database;
        if (external != null && !external.isBlank()) {
            database = AoDatabase.open(external, System.getProperty("pmo.test.postgres.user", "postgres"),
                    System.getProperty("pmo.test.postgres.password", ""), PLUGIN_KEY, isolation);
            // An external database is shared between tests: start each from empty tables.
            database.activeObjects().migrate(PluginEntities.declared());
            return clean(database);
        }
        EmbeddedPostgres server = embeddedPostgres();
        try (Connection admin = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(),
                server.password()); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        database = AoDatabase.open(server.jdbcUrl(name), server.user(), server.password(), PLUGIN_KEY, isolation);
        database.activeObjects().migrate(PluginEntities.declared());
        return database;
    }

    private static AoDatabase clean(AoDatabase database) {
        for (Class<? extends net.java.ao.RawEntity<?>> entity : PluginEntities.declared()) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Class<? extends net.java.ao.RawEntity<Object>> type = (Class) entity;
            database.activeObjects().deleteWithSQL(type, "1 = 1");
        }
        return database;
    }

    private static synchronized EmbeddedPostgres embeddedPostgres() {
        if (postgres == null && postgresFailure == null) {
            try {
                // Test databases are discarded: crash durability would only slow them down.
                postgres = EmbeddedPostgres.throwaway();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (Exception ignored) {
                        // the JVM is exiting anyway
                    }
                }));
            } catch (Throwable e) {
                postgresFailure = e;
            }
        }
        if (postgres == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but no PostgreSQL could be started", postgresFailure);
            }
            Assumptions.abort("No PostgreSQL could be started here: " + postgresFailure);
        }
        return postgres;
    }
}
