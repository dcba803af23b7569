package com.pmosuite.workbench.tracker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the workbench's Jira knows of its projects beyond the directory's key, name, lead, roles and category: a
 * description ({@code WB_PROJECT_DETAIL}) and versions ({@code WB_VERSION}, ids from 10000 as in Jira), in plain JDBC
 * beside the issue tables, on the {@link TrackerStore}'s connections. Flags are INTEGERs (0 or 1) and days BIGINTs,
 * types AO's migration maps when it reads every table of the schema.
 */
public final class ProjectDetailsStore {
    /** Jira keeps descriptions as text; the workbench bounds them. */
    public static final int MAX_DESCRIPTION = 4_000;
    public static final int MAX_VERSION_NAME = 255;

    private static final String VERSION_COLUMNS = "ID, PROJECT_ID, NAME, SEQUENCE, RELEASED, ARCHIVED, START_DATE, "
            + "RELEASE_DATE";

    private final TrackerStore store;

    public ProjectDetailsStore(TrackerStore store) {
        this.store = store;
        createTablesIfMissing();
    }

    private void createTablesIfMissing() {
        store.inTransaction(connection -> {
            if (TrackerStore.tableExists(connection, "WB_VERSION")) {
                return null;
            }
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE WB_PROJECT_DETAIL (PROJECT_ID BIGINT NOT NULL PRIMARY KEY, "
                        + "DESCRIPTION VARCHAR(" + MAX_DESCRIPTION + "))");
                ddl.execute("CREATE TABLE WB_VERSION (ID BIGINT NOT NULL PRIMARY KEY, PROJECT_ID BIGINT NOT NULL, "
                        + "NAME VARCHAR(" + MAX_VERSION_NAME + ") NOT NULL, SEQUENCE BIGINT NOT NULL, "
                        + "RELEASED INTEGER NOT NULL, ARCHIVED INTEGER NOT NULL, START_DATE BIGINT, "
                        + "RELEASE_DATE BIGINT)");
                // Jira refuses a second version of the same name in a project; the database does too.
                ddl.execute("CREATE UNIQUE INDEX WB_VERSION_NAME ON WB_VERSION (PROJECT_ID, NAME)");
            }
            return null;
        });
    }

    /** The project's description, if it has one. */
    public Optional<String> description(long projectId) {
        return store.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT DESCRIPTION FROM WB_PROJECT_DETAIL WHERE PROJECT_ID = ?")) {
                select.setLong(1, projectId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Sets (or, with {@code null} or blank, clears) a project's description. */
    public void describe(long projectId, String description) {
        existingProject(projectId);
        String text = description == null || description.isBlank() ? null : description;
        if (text != null && text.length() > MAX_DESCRIPTION) {
            throw TrackerValidationException.field("description",
                    "The description may be at most " + MAX_DESCRIPTION + " characters long.");
        }
        store.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE WB_PROJECT_DETAIL SET DESCRIPTION = ? WHERE PROJECT_ID = ?")) {
                update.setString(1, text);
                update.setLong(2, projectId);
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO WB_PROJECT_DETAIL (PROJECT_ID, DESCRIPTION) VALUES (?, ?)")) {
                        insert.setLong(1, projectId);
                        insert.setString(2, text);
                        insert.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** A project's versions in its order (the order they were added, as Jira lists them). */
    public List<TrackerVersion> versions(long projectId) {
        return store.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + VERSION_COLUMNS
                    + " FROM WB_VERSION WHERE PROJECT_ID = ? ORDER BY SEQUENCE, ID")) {
                select.setLong(1, projectId);
                List<TrackerVersion> versions = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        versions.add(new TrackerVersion(rows.getLong(1), rows.getLong(2), rows.getString(3),
                                rows.getLong(4), rows.getInt(5) != 0, rows.getInt(6) != 0, day(rows, 7),
                                day(rows, 8)));
                    }
                }
                return versions;
            }
        });
    }

    /** Whether no project has a description or a version yet: the demo seeds details only into an empty store. */
    public boolean isEmpty() {
        return store.read(connection -> {
            for (String table : List.of("WB_VERSION", "WB_PROJECT_DETAIL")) {
                try (Statement select = connection.createStatement();
                     ResultSet rows = select.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    /**
     * Adds a version at the end of the project's order, with Jira's rules: a name of at most
     * {@value #MAX_VERSION_NAME} characters not used by another version of the project, a start date not after the
     * release date.
     */
    public TrackerVersion addVersion(long projectId, String name, boolean released, boolean archived,
                                     LocalDate startDate, LocalDate releaseDate) {
        existingProject(projectId);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_VERSION_NAME) {
            throw TrackerValidationException.field("name",
                    "A version needs a name of at most " + MAX_VERSION_NAME + " characters.");
        }
        if (startDate != null && releaseDate != null && startDate.isAfter(releaseDate)) {
            throw TrackerValidationException.field("startDate", "The start date must be before the release date.");
        }
        return store.inTransaction(connection -> {
            if (names(connection, projectId).stream().anyMatch(existing -> existing.equalsIgnoreCase(trimmed))) {
                throw TrackerValidationException.field("name",
                        "A version with this name already exists in this project.");
            }
            long id = store.reserve(connection, "version", 1, TrackerStore.FIRST_ISSUE_ID);
            long sequence = nextSequence(connection, projectId);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO WB_VERSION (" + VERSION_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setLong(2, projectId);
                insert.setString(3, trimmed);
                insert.setLong(4, sequence);
                insert.setInt(5, released ? 1 : 0);
                insert.setInt(6, archived ? 1 : 0);
                setDay(insert, 7, startDate);
                setDay(insert, 8, releaseDate);
                insert.executeUpdate();
            }
            return new TrackerVersion(id, projectId, trimmed, sequence, released, archived, startDate, releaseDate);
        });
    }

    private static List<String> names(Connection connection, long projectId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT NAME FROM WB_VERSION WHERE PROJECT_ID = ?")) {
            select.setLong(1, projectId);
            List<String> names = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }

    private static long nextSequence(Connection connection, long projectId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(MAX(SEQUENCE), 0) + 1 FROM WB_VERSION WHERE PROJECT_ID = ?")) {
            select.setLong(1, projectId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void existingProject(long projectId) {
        if (store.project(projectId).isEmpty()) {
            throw TrackerValidationException.message("No project with id " + projectId + ".");
        }
    }

    private static LocalDate day(ResultSet rows, int column) throws SQLException {
        long day = rows.getLong(column);
        return rows.wasNull() ? null : LocalDate.ofEpochDay(day);
    }

    private static void setDay(PreparedStatement statement, int index, LocalDate day) throws SQLException {
        if (day == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, day.toEpochDay());
        }
    }
}
