package com.pmosuite.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * An Active Objects database outside Jira: a pooled JDBC connection, AO's own HSQLDB or PostgreSQL provider, and
 * the Atlassian name converters with an {@code AO_xxxxxx_} table prefix derived from the plugin key, so tables
 * and columns are named as they are inside Jira.
 */
public final class AoDatabase implements AutoCloseable {
    private static final String HSQLDB_FILE = "jdbc:hsqldb:file:";
    /** Longer than HSQLDB's heartbeat window (about ten seconds), short enough that a live holder fails soon. */
    private static final Duration STALE_LOCK_WAIT = Duration.ofSeconds(30);

    private final HikariDataSource pool;
    private final DatabaseProvider provider;
    private final EntityManager entityManager;
    private final ActiveObjects activeObjects;
    private final boolean hsqldb;

    private AoDatabase(String jdbcUrl, String user, String password, String pluginKey, Isolation isolation) {
        this.hsqldb = jdbcUrl.startsWith("jdbc:hsqldb:");
        if (!hsqldb && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Only jdbc:hsqldb: and jdbc:postgresql: URLs are supported: " + jdbcUrl);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setPoolName("pmo-ao");
        config.setTransactionIsolation(isolation == Isolation.READ_COMMITTED ? "TRANSACTION_READ_COMMITTED" : null);
        this.pool = jdbcUrl.startsWith(HSQLDB_FILE) ? openOnceTheLockIsStale(config) : new HikariDataSource(config);
        if (jdbcUrl.startsWith(HSQLDB_FILE)) {
            makeHsqldbFileDurable();
        }
        DisposableDataSource dataSource = new PooledDataSource(pool);
        this.provider = hsqldb ? new HSQLDatabaseProvider(dataSource) : new PostgreSQLDatabaseProvider(dataSource);
        this.entityManager = new EntityManager(provider, new AtlassianNaming(tablePrefix(pluginKey)));
        this.activeObjects = new EntityManagerActiveObjects(entityManager, isolation.jdbcLevel);
    }

    /**
     * Opens an HSQLDB file database, waiting out the lock of a process that was killed: HSQLDB refuses a file whose
     * lock file's heartbeat was written within the last seconds, as it cannot tell a dead holder from a live one, so a
     * restart right after a crash would fail. A lock that stays fresh (a live process) still fails after the wait.
     */
    private static HikariDataSource openOnceTheLockIsStale(HikariConfig config) {
        long deadline = System.nanoTime() + STALE_LOCK_WAIT.toNanos();
        boolean told = false;
        while (true) {
            try {
                return new HikariDataSource(config);
            } catch (RuntimeException failure) {
                if (!heldByAnotherProcess(failure) || System.nanoTime() > deadline) {
                    throw failure;
                }
                if (!told) {
                    System.out.println("The database's lock file was touched moments ago (a process that stopped"
                            + " without closing it?); waiting for it to go stale");
                    told = true;
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }

    private static boolean heldByAnotherProcess(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Database lock acquisition failure")) {
                return true;
            }
        }
        return false;
    }

    /** How {@link ActiveObjects#executeInTransaction} isolates its transactions. */
    public enum Isolation {
        /**
         * What AO's own {@code net.java.ao.Transaction} does outside Jira: every transaction SERIALIZABLE
         * (unless the JVM-wide {@code ao.transaction.isolation.level} says otherwise); statements outside a
         * transaction run at the driver's default, READ COMMITTED on HSQLDB and PostgreSQL.
         */
        AO_DEFAULT(null),
        /**
         * What Jira does: AO's transactions join Jira's own, on a pool at READ COMMITTED (Jira's setting for
         * PostgreSQL). A store must be correct here, where one transaction sees others' commits mid-way.
         */
        READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED);

        private final Integer jdbcLevel;

        Isolation(Integer jdbcLevel) {
            this.jdbcLevel = jdbcLevel;
        }
    }

    /** Opens (creating if needed) a database by JDBC URL, HSQLDB or PostgreSQL, with AO's default isolation. */
    public static AoDatabase open(String jdbcUrl, String user, String password, String pluginKey) {
        return open(jdbcUrl, user, password, pluginKey, Isolation.AO_DEFAULT);
    }

    /**
     * Opens (creating if needed) a database by JDBC URL: HSQLDB or PostgreSQL. An HSQLDB file database is always
     * made durable: see {@link #hsqldbFile}.
     */
    public static AoDatabase open(String jdbcUrl, String user, String password, String pluginKey,
                                  Isolation isolation) {
        return new AoDatabase(jdbcUrl, user, password, pluginKey, isolation);
    }

    /**
     * An HSQLDB database in files under {@code directory} that survives restarts and crashes: the log is synced
     * on every commit (HSQLDB's default delays it by 500 ms, so a killed JVM loses the commits of the last half
     * second), and tables are CACHED, kept on disk rather than wholly in memory, so start-up time and heap do not
     * grow with the data. A database created with MEMORY tables is converted when opened.
     */
    public static AoDatabase hsqldbFile(Path directory, String pluginKey) {
        return open(hsqldbFileUrl(directory), "SA", "", pluginKey);
    }

    public static String hsqldbFileUrl(Path directory) {
        // MVCC so readers never wait for writers, as on the databases Jira runs on. The two durability properties
        // only take effect when the database is created; makeHsqldbFileDurable() applies them to older ones.
        return HSQLDB_FILE + directory.toAbsolutePath().resolve("pmo")
                + ";hsqldb.tx=mvcc;hsqldb.lob_compressed=true;hsqldb.write_delay=false;hsqldb.default_table_type=cached";
    }

    /** A private in-memory HSQLDB database, gone when closed: for tests. */
    public static AoDatabase hsqldbMemory(String name, String pluginKey) {
        return open("jdbc:hsqldb:mem:" + name + ";hsqldb.tx=mvcc", "SA", "", pluginKey);
    }

    /**
     * The HSQLDB settings that keep acknowledged commits, applied to every file database (they are stored in the
     * database, so this also upgrades one created by an earlier release): sync on commit, CACHED tables by
     * default, and existing MEMORY tables converted to CACHED.
     */
    private void makeHsqldbFileDurable() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET FILES WRITE DELAY FALSE");
            statement.execute("SET DATABASE DEFAULT TABLE TYPE CACHED");
            List<String> memoryTables = new ArrayList<>();
            try (ResultSet tables = statement.executeQuery("SELECT TABLE_SCHEM, TABLE_NAME"
                    + " FROM INFORMATION_SCHEMA.SYSTEM_TABLES WHERE HSQLDB_TYPE = 'MEMORY' AND TABLE_TYPE = 'TABLE'"
                    + " AND TABLE_SCHEM NOT IN ('INFORMATION_SCHEMA', 'SYSTEM_LOBS')")) {
                while (tables.next()) {
                    memoryTables.add(quoted(tables.getString(1)) + "." + quoted(tables.getString(2)));
                }
            }
            for (String table : memoryTables) {
                statement.execute("SET TABLE " + table + " TYPE CACHED");
            }
            if (!memoryTables.isEmpty()) {
                // Writes the converted tables into the .data file now, instead of replaying the log next time.
                statement.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            pool.close();
            throw new AoSqlException(e);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * Jira prefixes each plugin's tables with {@code AO_} and six hex digits derived from the plugin key, so that
     * plugins cannot collide; we derive ours the same way (last six digits of the key's MD5, upper case).
     */
    public static String tablePrefix(String pluginKey) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(pluginKey.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest).toUpperCase(Locale.ROOT);
            return "AO_" + hex.substring(hex.length() - 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /**
     * The pooled connections AO uses, for tables that are not AO's: the workbench keeps its stand-in Jira's issues
     * in the same database, as Jira keeps its own tables next to the plugins' {@code AO_} tables.
     */
    public DataSource dataSource() {
        return pool;
    }

    public boolean isHsqldb() {
        return hsqldb;
    }

    @Override
    public void close() {
        if (hsqldb) {
            // Writes HSQLDB's files out cleanly so the next start does not have to replay its log.
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // Already shut down, or an in-memory database that is discarded anyway.
            }
        }
        pool.close();
    }

    /** Hands AO a pooled data source; closing stays with the pool's owner. */
    private record PooledDataSource(HikariDataSource pool) implements DisposableDataSource {
        @Override
        public void dispose() {
            // AoDatabase.close() closes the pool.
        }

        @Override
        public Connection getConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return pool.getConnection(username, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return pool.isWrapperFor(type);
        }
    }

    /** AO configured with the converters Atlassian's AO plugin uses, so names match those inside Jira. */
    private record AtlassianNaming(String prefix) implements EntityManagerConfiguration {
        @Override
        public boolean useWeakCache() {
            return true;
        }

        @Override
        public NameConverters getNameConverters() {
            return new SimpleNameConverters(
                    new AtlassianTableNameConverter(name -> prefix + "_" + name),
                    new AtlassianFieldNameConverter(),
                    new AtlassianSequenceNameConverter(),
                    new AtlassianTriggerNameConverter(),
                    new AtlassianIndexNameConverter(),
                    new AtlassianUniqueNameConverter());
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return new DefaultSchemaConfiguration();
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return new CachingEntityInfoResolverFactory();
        }
    }
}
