package com.pmosuite.host.ao;

import net.java.ao.DBParam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HSQLDB file database keeps every acknowledged commit (the log is synced on commit, not half a second later)
 * and keeps its tables on disk (CACHED), also when it was created by a release that had neither.
 */
class HsqldbFileDurabilityTest {
    private static final String PLUGIN_KEY = "com.example.plugin";
    private static final String NOTE_TABLE = AoDatabase.tablePrefix(PLUGIN_KEY) + "_NOTE";

    @Test
    void aNewFileDatabaseSyncsItsLogOnEveryCommitAndKeepsTablesOnDisk(@TempDir Path directory) throws Exception {
        try (AoDatabase database = AoDatabase.hsqldbFile(directory, PLUGIN_KEY)) {
            database.activeObjects().migrate(NoteEntity.class);

            assertThat(writeDelayMillis(database)).isZero();
            assertThat(tableTypes(database)).containsExactly(NOTE_TABLE + "=CACHED");
        }
    }

    @Test
    void aDatabaseWithMemoryTablesAndADelayedLogIsConvertedWhenOpenedAndKeepsItsRows(@TempDir Path directory)
            throws Exception {
        createAsTheFirstReleaseDid(directory, "kept through the upgrade");

        try (AoDatabase database = AoDatabase.hsqldbFile(directory, PLUGIN_KEY)) {
            database.activeObjects().migrate(NoteEntity.class);

            assertThat(writeDelayMillis(database)).isZero();
            assertThat(tableTypes(database)).containsExactly(NOTE_TABLE + "=CACHED");
            assertThat(notes(database)).containsExactly("kept through the upgrade");
            database.activeObjects().create(NoteEntity.class, new DBParam("TEXT", "written after"));
        }
        try (AoDatabase reopened = AoDatabase.hsqldbFile(directory, PLUGIN_KEY)) {
            assertThat(tableTypes(reopened)).containsExactly(NOTE_TABLE + "=CACHED");
            assertThat(notes(reopened)).containsExactly("kept through the upgrade", "written after");
        }
    }

    @Test
    void aTableCreatedAfterTheUpgradeIsCachedToo(@TempDir Path directory) throws Exception {
        try (AoDatabase first = AoDatabase.hsqldbFile(directory, PLUGIN_KEY)) {
            first.activeObjects().migrate();
        }
        try (AoDatabase database = AoDatabase.hsqldbFile(directory, PLUGIN_KEY)) {
            database.activeObjects().migrate(NoteEntity.class);

            assertThat(tableTypes(database)).containsExactly(NOTE_TABLE + "=CACHED");
        }
    }

    /**
     * The first release opened file databases with HSQLDB's defaults: MEMORY tables and a 500 ms write delay. We
     * build one the same way (AO creates the table), then put back exactly those two settings.
     */
    private static void createAsTheFirstReleaseDid(Path directory, String note) throws SQLException {
        try (AoDatabase database = AoDatabase.hsqldbFile(directory, PLUGIN_KEY)) {
            database.activeObjects().migrate(NoteEntity.class);
            database.activeObjects().create(NoteEntity.class, new DBParam("TEXT", note));
            try (Connection connection = database.entityManager().getProvider().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SET TABLE PUBLIC.\"" + NOTE_TABLE + "\" TYPE MEMORY");
                statement.execute("SET DATABASE DEFAULT TABLE TYPE MEMORY");
                statement.execute("SET FILES WRITE DELAY TRUE");
            }
            assertThat(tableTypes(database)).containsExactly(NOTE_TABLE + "=MEMORY");
            assertThat(writeDelayMillis(database)).isEqualTo(500);
        }
    }

    private static List<String> tableTypes(AoDatabase database) throws SQLException {
        return query(database, "SELECT TABLE_NAME || '=' || HSQLDB_TYPE FROM INFORMATION_SCHEMA.SYSTEM_TABLES"
                + " WHERE TABLE_SCHEM = 'PUBLIC' AND TABLE_TYPE = 'TABLE' ORDER BY TABLE_NAME");
    }

    private static int writeDelayMillis(AoDatabase database) throws SQLException {
        return Integer.parseInt(query(database, "SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES"
                + " WHERE PROPERTY_NAME = 'hsqldb.write_delay_millis'").get(0));
    }

    private static List<String> notes(AoDatabase database) throws SQLException {
        return query(database, "SELECT \"TEXT\" FROM PUBLIC.\"" + NOTE_TABLE + "\" ORDER BY \"ID\"");
    }

    private static List<String> query(AoDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
