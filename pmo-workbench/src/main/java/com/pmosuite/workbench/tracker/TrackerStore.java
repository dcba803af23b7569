package com.pmosuite.workbench.tracker;

import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.host.WorkbenchProject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The workbench Jira's issue tables, in plain JDBC: {@code WB_ISSUE}, {@code WB_WORKLOG} and {@code WB_COUNTER}
 * (issue ids from 10000, as in Jira, and each project's next issue number). These are Jira's side of the
 * database, beside the plugin's {@code AO_} tables; they are created on first start. Works on HSQLDB and
 * PostgreSQL. Every change runs in one transaction ({@link #inTransaction}); commits are as durable as the
 * database's (the workbench syncs HSQLDB's log on every commit).
 */
public final class TrackerStore implements WorkbenchDirectory.IssueLookup {

    /** Jira numbers its first issue 10000. */
    public static final long FIRST_ISSUE_ID = 10_000L;

    static final String COLUMNS = "ID, ISSUE_KEY, PROJECT_ID, ISSUE_NUMBER, TYPE_ID, SUMMARY, STATUS_ID, "
            + "STATUS_CATEGORY, PARENT_ID, EPIC_LINK_ID, STORY_POINTS, START_DATE, DUE_DATE, CREATED, UPDATED, "
            + "RESOLVED, ORIGINAL_ESTIMATE, REMAINING_ESTIMATE, TIME_SPENT, ASSIGNEE, SECURITY_LEVEL_ID";
    private static final String INSERT = "INSERT INTO WB_ISSUE (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE WB_ISSUE SET ISSUE_KEY = ?, PROJECT_ID = ?, ISSUE_NUMBER = ?, "
            + "TYPE_ID = ?, SUMMARY = ?, STATUS_ID = ?, STATUS_CATEGORY = ?, PARENT_ID = ?, EPIC_LINK_ID = ?, "
            + "STORY_POINTS = ?, START_DATE = ?, DUE_DATE = ?, CREATED = ?, UPDATED = ?, RESOLVED = ?, "
            + "ORIGINAL_ESTIMATE = ?, REMAINING_ESTIMATE = ?, TIME_SPENT = ?, ASSIGNEE = ?, SECURITY_LEVEL_ID = ? "
            + "WHERE ID = ?";

    /** Work on one connection inside a transaction. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final Map<Long, WorkbenchProject> projectsById;

    public TrackerStore(DataSource dataSource, Collection<WorkbenchProject> projects) {
        this.dataSource = dataSource;
        this.projectsById = projects.stream().collect(Collectors.toUnmodifiableMap(WorkbenchProject::id,
                Function.identity()));
        createTablesIfMissing();
        enlargeHsqldbCache();
    }

    /**
     * HSQLDB keeps at most 50,000 rows or 10 MB of a CACHED table in memory by default; a search at 100,000 issues
     * then re-reads the data file for every page. The workbench lets it keep up to a million rows (256 MB), what a
     * generated portfolio of a million issues needs; PostgreSQL manages its own cache.
     */
    private void enlargeHsqldbCache() {
        read(connection -> {
            if (connection.getMetaData().getDatabaseProductName().toUpperCase(java.util.Locale.ROOT)
                    .contains("HSQL")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET FILES CACHE ROWS 1000000");
                    statement.execute("SET FILES CACHE SIZE 262144");
                }
            }
            return null;
        });
    }

    // Dates are days since 1970-01-01 and instants milliseconds, in BIGINTs: AO reads every table of the schema when
    // it migrates the plugin's entities, and stops at column types it has no mapping for (DATE among them).
    private void createTablesIfMissing() {
        inTransaction(connection -> {
            if (!tableExists(connection, "WB_MOVED_KEY")) {
                // Added after the first release: a database from then has the other tables but not this one.
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("CREATE TABLE WB_MOVED_KEY (ISSUE_KEY VARCHAR(64) NOT NULL PRIMARY KEY, "
                            + "ISSUE_ID BIGINT NOT NULL)");
                    ddl.execute("CREATE INDEX WB_MOVED_KEY_ISSUE ON WB_MOVED_KEY (ISSUE_ID)");
                }
            }
            if (tableExists(connection, "WB_ISSUE")) {
                return null;
            }
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE WB_ISSUE (ID BIGINT NOT NULL PRIMARY KEY, ISSUE_KEY VARCHAR(64) NOT NULL, "
                        + "PROJECT_ID BIGINT NOT NULL, ISSUE_NUMBER BIGINT NOT NULL, TYPE_ID VARCHAR(16) NOT NULL, "
                        + "SUMMARY VARCHAR(255) NOT NULL, STATUS_ID VARCHAR(16) NOT NULL, "
                        + "STATUS_CATEGORY VARCHAR(16) NOT NULL, PARENT_ID BIGINT, EPIC_LINK_ID BIGINT, "
                        + "STORY_POINTS DOUBLE PRECISION, START_DATE BIGINT, DUE_DATE BIGINT, CREATED BIGINT NOT NULL, "
                        + "UPDATED BIGINT NOT NULL, RESOLVED BIGINT, ORIGINAL_ESTIMATE BIGINT, "
                        + "REMAINING_ESTIMATE BIGINT, TIME_SPENT BIGINT NOT NULL, ASSIGNEE VARCHAR(255), "
                        + "SECURITY_LEVEL_ID BIGINT)");
                ddl.execute("CREATE UNIQUE INDEX WB_ISSUE_KEY ON WB_ISSUE (ISSUE_KEY)");
                // Searches are always limited to the projects the reader may browse, and page by id.
                ddl.execute("CREATE INDEX WB_ISSUE_PROJECT_ID ON WB_ISSUE (PROJECT_ID, ID)");
                ddl.execute("CREATE INDEX WB_ISSUE_PARENT ON WB_ISSUE (PARENT_ID)");
                ddl.execute("CREATE INDEX WB_ISSUE_EPIC_LINK ON WB_ISSUE (EPIC_LINK_ID)");
                ddl.execute("CREATE INDEX WB_ISSUE_UPDATED ON WB_ISSUE (UPDATED)");
                ddl.execute("CREATE TABLE WB_WORKLOG (ID BIGINT NOT NULL PRIMARY KEY, ISSUE_ID BIGINT NOT NULL, "
                        + "AUTHOR VARCHAR(255) NOT NULL, STARTED BIGINT NOT NULL, TIME_SPENT BIGINT NOT NULL, "
                        + "CREATED BIGINT NOT NULL)");
                ddl.execute("CREATE INDEX WB_WORKLOG_ISSUE ON WB_WORKLOG (ISSUE_ID)");
                ddl.execute("CREATE TABLE WB_COUNTER (NAME VARCHAR(64) NOT NULL PRIMARY KEY, "
                        + "NEXT_VALUE BIGINT NOT NULL)");
            }
            return null;
        });
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of(table, table.toLowerCase(java.util.Locale.ROOT))) {
            try (ResultSet tables = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new TrackerSqlException(e);
        }
    }

    /** Reads with a connection of its own, outside any transaction. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new TrackerSqlException(e);
        }
    }

    public Optional<WorkbenchProject> project(long id) {
        return Optional.ofNullable(projectsById.get(id));
    }

    /** Reserves {@code count} consecutive values of a counter and returns the first; starts at {@code first}. */
    public long reserve(Connection connection, String counter, long count, long first) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE WB_COUNTER SET NEXT_VALUE = NEXT_VALUE + ? WHERE NAME = ?")) {
            update.setLong(1, count);
            update.setString(2, counter);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO WB_COUNTER (NAME, NEXT_VALUE) VALUES (?, ?)")) {
                    insert.setString(1, counter);
                    insert.setLong(2, first + count);
                    insert.executeUpdate();
                }
                return first;
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT NEXT_VALUE FROM WB_COUNTER WHERE NAME = ?")) {
            select.setString(1, counter);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1) - count;
            }
        }
    }

    /** The value a counter would hand out next, or {@code first} if it was never used. */
    public long peek(Connection connection, String counter, long first) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT NEXT_VALUE FROM WB_COUNTER WHERE NAME = ?")) {
            select.setString(1, counter);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : first;
            }
        }
    }

    public void insert(Connection connection, List<TrackerIssue> issues) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (TrackerIssue issue : issues) {
                insert.setLong(1, issue.id());
                bindFields(insert, 2, issue);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public void update(Connection connection, TrackerIssue issue) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            int next = bindFields(update, 1, issue);
            update.setLong(next, issue.id());
            update.executeUpdate();
        }
    }

    public void delete(Connection connection, long issueId) throws SQLException {
        try (PreparedStatement worklogs = connection.prepareStatement("DELETE FROM WB_WORKLOG WHERE ISSUE_ID = ?");
             PreparedStatement movedKeys = connection.prepareStatement("DELETE FROM WB_MOVED_KEY WHERE ISSUE_ID = ?");
             PreparedStatement issue = connection.prepareStatement("DELETE FROM WB_ISSUE WHERE ID = ?")) {
            worklogs.setLong(1, issueId);
            worklogs.executeUpdate();
            movedKeys.setLong(1, issueId);
            movedKeys.executeUpdate();
            issue.setLong(1, issueId);
            issue.executeUpdate();
        }
    }

    public void insertWorklogs(Connection connection, List<Worklog> worklogs) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO WB_WORKLOG "
                + "(ID, ISSUE_ID, AUTHOR, STARTED, TIME_SPENT, CREATED) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Worklog worklog : worklogs) {
                insert.setLong(1, worklog.id());
                insert.setLong(2, worklog.issueId());
                insert.setString(3, worklog.authorKey());
                insert.setLong(4, worklog.started().toEpochMilli());
                insert.setLong(5, worklog.timeSpentSeconds());
                insert.setLong(6, worklog.created().toEpochMilli());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public List<Worklog> worklogs(Connection connection, long issueId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, ISSUE_ID, AUTHOR, STARTED, "
                + "TIME_SPENT, CREATED FROM WB_WORKLOG WHERE ISSUE_ID = ? ORDER BY ID")) {
            select.setLong(1, issueId);
            List<Worklog> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Worklog(rows.getLong(1), rows.getLong(2), rows.getString(3),
                            Instant.ofEpochMilli(rows.getLong(4)), rows.getLong(5),
                            Instant.ofEpochMilli(rows.getLong(6))));
                }
            }
            return found;
        }
    }

    public Optional<TrackerIssue> byId(Connection connection, long id) throws SQLException {
        List<TrackerIssue> found = select(connection, "ID = ?", List.of(id), "", 0, 1);
        return found.stream().findFirst();
    }

    public Optional<TrackerIssue> byKey(Connection connection, String key) throws SQLException {
        List<TrackerIssue> found = select(connection, "ISSUE_KEY = ?", List.of(key), "", 0, 1);
        return found.stream().findFirst();
    }

    @Override
    public Optional<TrackerIssue> byId(long id) {
        return read(connection -> byId(connection, id));
    }

    @Override
    public Optional<TrackerIssue> byKey(String key) {
        return read(connection -> byKey(connection, key));
    }

    @Override
    public List<TrackerIssue> subTasksOf(long id) {
        return select("PARENT_ID = ?", List.of(id), "ID", 0, Integer.MAX_VALUE);
    }

    @Override
    public List<TrackerIssue> ofProject(long projectId, int limit) {
        return select("PROJECT_ID = ?", List.of(projectId), "ID", 0, limit);
    }

    /** Keeps the key an issue had before a move, so that key still finds it (as Jira keeps it). */
    public void keepMovedKey(Connection connection, String oldKey, long issueId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO WB_MOVED_KEY (ISSUE_KEY, ISSUE_ID) VALUES (?, ?)")) {
            insert.setString(1, oldKey);
            insert.setLong(2, issueId);
            insert.executeUpdate();
        }
    }

    /**
     * The ids of the issues these keys name: current keys, and the keys issues had before they were moved. At most
     * two queries per 1,000 keys.
     */
    public Map<String, Long> idsOfKeys(Collection<String> keys) {
        List<String> distinct = keys.stream().distinct().toList();
        Map<String, Long> ids = new java.util.HashMap<>();
        for (int from = 0; from < distinct.size(); from += IN_LIST) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + IN_LIST));
            ids.putAll(keyed("SELECT ISSUE_KEY, ID FROM WB_ISSUE WHERE ISSUE_KEY IN ", chunk));
            List<String> unknown = chunk.stream().filter(key -> !ids.containsKey(key)).toList();
            if (!unknown.isEmpty()) {
                ids.putAll(keyed("SELECT ISSUE_KEY, ISSUE_ID FROM WB_MOVED_KEY WHERE ISSUE_KEY IN ", unknown));
            }
        }
        return ids;
    }

    private static final int IN_LIST = 1_000;

    private Map<String, Long> keyed(String select, List<String> keys) {
        return read(connection -> {
            Map<String, Long> found = new java.util.HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(select + "("
                    + String.join(", ", keys.stream().map(key -> "?").toList()) + ")")) {
                bind(statement, keys);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return found;
        });
    }

    /** The keys of these issues, by id (ids of deleted issues are left out); one query per 1,000 ids. */
    public Map<Long, String> keysOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> distinct = ids.stream().distinct().toList();
        Map<Long, String> keys = new java.util.HashMap<>();
        for (int from = 0; from < distinct.size(); from += IN_LIST) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + IN_LIST));
            keys.putAll(read(connection -> {
                Map<Long, String> found = new java.util.HashMap<>();
                try (PreparedStatement select = connection.prepareStatement("SELECT ID, ISSUE_KEY FROM WB_ISSUE "
                        + "WHERE ID IN (" + String.join(", ", chunk.stream().map(id -> "?").toList()) + ")")) {
                    bind(select, chunk);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.put(rows.getLong(1), rows.getString(2));
                        }
                    }
                }
                return found;
            }));
        }
        return keys;
    }

    /** The issues whose parent (sub-tasks) or epic link (stories) is this issue. */
    public List<TrackerIssue> childrenOf(Connection connection, long issueId) throws SQLException {
        return select(connection, "PARENT_ID = ? OR EPIC_LINK_ID = ?", List.of(issueId, issueId), "ID", 0,
                Integer.MAX_VALUE);
    }

    /**
     * Issues matching a SQL condition over {@code WB_ISSUE}'s columns (values bound from {@code parameters}), in
     * the given order ({@code ""} for none), one window of them.
     */
    public List<TrackerIssue> select(Connection connection, String where, List<?> parameters, String orderBy,
                                     int offset, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM WB_ISSUE WHERE ")
                .append(where);
        if (!orderBy.isEmpty()) {
            sql.append(" ORDER BY ").append(orderBy);
        }
        boolean window = offset > 0 || limit != Integer.MAX_VALUE;
        if (window) {
            sql.append(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        }
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int next = bind(select, parameters);
            if (window) {
                select.setInt(next++, offset);
                select.setInt(next, limit);
            }
            List<TrackerIssue> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(issue(rows));
                }
            }
            return found;
        }
    }

    public List<TrackerIssue> select(String where, List<?> parameters, String orderBy, int offset, int limit) {
        return read(connection -> select(connection, where, parameters, orderBy, offset, limit));
    }

    /** The ids of the first {@code limit} issues matching a SQL condition, lowest first. */
    public List<Long> ids(String where, List<?> parameters, int limit) {
        return read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT ID FROM WB_ISSUE WHERE " + where
                    + " ORDER BY ID FETCH FIRST ? ROWS ONLY")) {
                int next = bind(select, parameters);
                select.setInt(next, limit);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    public long count(String where, List<?> parameters) {
        return read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*) FROM WB_ISSUE" + (where.equals("1 = 1") ? "" : " WHERE " + where))) {
                bind(select, parameters);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private static int bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        return index;
    }

    private static int bindFields(PreparedStatement statement, int first, TrackerIssue issue) throws SQLException {
        int i = first;
        statement.setString(i++, issue.key());
        statement.setLong(i++, issue.project().id());
        statement.setLong(i++, issue.number());
        statement.setString(i++, issue.type().id());
        statement.setString(i++, issue.summary());
        statement.setString(i++, issue.status().id());
        statement.setString(i++, issue.statusCategory().jiraKey());
        setLong(statement, i++, issue.parentId());
        setLong(statement, i++, issue.epicLinkId());
        if (issue.storyPoints() == null) {
            statement.setNull(i++, Types.DOUBLE);
        } else {
            statement.setDouble(i++, issue.storyPoints());
        }
        setDate(statement, i++, issue.start());
        setDate(statement, i++, issue.due());
        statement.setLong(i++, issue.created().toEpochMilli());
        statement.setLong(i++, issue.updated().toEpochMilli());
        setLong(statement, i++, issue.resolved() == null ? null : issue.resolved().toEpochMilli());
        setLong(statement, i++, issue.originalEstimateSeconds());
        setLong(statement, i++, issue.remainingEstimateSeconds());
        statement.setLong(i++, issue.timeSpentSeconds());
        statement.setString(i++, issue.assigneeKey());
        setLong(statement, i++, issue.securityLevelId());
        return i;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        setLong(statement, index, value == null ? null : value.toEpochDay());
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        Long day = nullableLong(rows, column);
        return day == null ? null : LocalDate.ofEpochDay(day);
    }

    private TrackerIssue issue(ResultSet rows) throws SQLException {
        long projectId = rows.getLong(3);
        WorkbenchProject project = projectsById.get(projectId);
        if (project == null) {
            throw new IllegalStateException("Issue " + rows.getString(2) + " is in unknown project " + projectId);
        }
        return new TrackerIssue(rows.getLong(1), rows.getString(2), project, rows.getLong(4),
                TrackerScheme.issueTypeById(rows.getString(5)).orElseThrow(), rows.getString(6),
                TrackerScheme.statusById(rows.getString(7)).orElseThrow(), nullableLong(rows, 9),
                nullableLong(rows, 10), nullableDouble(rows, 11), date(rows, 12),
                date(rows, 13), Instant.ofEpochMilli(rows.getLong(14)),
                Instant.ofEpochMilli(rows.getLong(15)), instant(nullableLong(rows, 16)), nullableLong(rows, 17),
                nullableLong(rows, 18), rows.getLong(19), rows.getString(20), nullableLong(rows, 21));
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static Double nullableDouble(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
