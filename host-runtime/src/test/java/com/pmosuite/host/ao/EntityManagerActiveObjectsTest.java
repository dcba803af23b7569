package com.pmosuite.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ActiveObjects facade over a real EntityManager on in-memory HSQLDB behaves as the host's does. */
class EntityManagerActiveObjectsTest {
    private static final AtomicInteger NAMES = new AtomicInteger();
    private String name;
    private AoDatabase database;
    private ActiveObjects ao;

    @BeforeEach
    void open() {
        name = "host" + NAMES.incrementAndGet();
        database = AoDatabase.hsqldbMemory(name, "com.example.plugin");
        ao = database.activeObjects();
        ao.migrate(NoteEntity.class);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void tablesAreNamedAsInsideJiraWithAPrefixFromThePluginKey() throws Exception {
        String prefix = AoDatabase.tablePrefix("com.example.plugin");
        assertThat(prefix).matches("AO_[0-9A-F]{6}").isEqualTo(AoDatabase.tablePrefix("com.example.plugin"))
                .isNotEqualTo(AoDatabase.tablePrefix("com.example.other"));

        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:mem:" + name, "SA", "");
             ResultSet rs = connection.getMetaData().getTables(null, null, prefix + "%", null)) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertThat(tables).containsExactly(prefix + "_NOTE");
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.create(NoteEntity.class, new DBParam("TEXT", "first"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(ao.count(NoteEntity.class, "TEXT = ?", "first")).isZero();
    }

    @Test
    void aTransactionStartedInsideAnotherJoinsIt() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.executeInTransaction(() -> ao.create(NoteEntity.class, new DBParam("TEXT", "inner")));
            throw new IllegalStateException("outer fails after inner finished");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ao.count(NoteEntity.class, "TEXT = ?", "inner")).isZero();
    }

    @Test
    void databaseErrorsArriveUncheckedWithTheirSqlCause() {
        assertThatThrownBy(() -> ao.find(NoteEntity.class, "NO_SUCH_COLUMN = ?", 1))
                .isInstanceOf(AoSqlException.class)
                .hasCauseInstanceOf(java.sql.SQLException.class);
    }
}
