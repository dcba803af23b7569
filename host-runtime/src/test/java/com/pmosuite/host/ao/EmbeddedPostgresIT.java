package com.pmosuite.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL: a durable server flushes every commit and comes back on its data after the JVM that
 * started it was killed, whether its server survived or died too; and AO's transactions run at the isolation the
 * database was opened with.
 */
class EmbeddedPostgresIT {
    @TempDir
    Path data;

    /** A failed test must not leave a server running on a deleted directory. */
    @AfterEach
    void killLeftoverServer() throws IOException {
        Optional<ProcessHandle> server = EmbeddedPostgres.serverOf(data);
        if (server.isPresent()) {
            server.get().descendants().forEach(ProcessHandle::destroyForcibly);
            server.get().destroyForcibly();
        }
    }

    @Test
    void aDurableServerFlushesEveryCommitToDisk() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.durable(data)) {
            assertThat(settings(server, "fsync", "synchronous_commit", "full_page_writes"))
                    .containsExactly("on", "on", "on");
        }
    }

    @Test
    void aThrowawayServerTradesDurabilityForSpeed() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.throwaway()) {
            assertThat(settings(server, "fsync", "synchronous_commit")).containsExactly("off", "off");
        }
    }

    @Test
    void aServerLeftRunningByAKilledJvmIsStoppedAndItsDataKept() throws Exception {
        killJvmHolding(data, "before the crash");
        ProcessHandle leftover = EmbeddedPostgres.serverOf(data).orElseThrow(
                () -> new AssertionError("the server should outlive the JVM that started it"));

        try (EmbeddedPostgres server = EmbeddedPostgres.durable(data)) {
            assertThat(leftover.isAlive()).isFalse();
            assertThat(notes(server)).containsExactly("before the crash");
        }
    }

    @Test
    void aServerKilledWithItsJvmRecoversFromItsStalePidFileAndKeepsItsData() throws Exception {
        killJvmHolding(data, "before the crash");
        killServer();
        assertThat(data.resolve("postmaster.pid")).exists();

        try (EmbeddedPostgres server = EmbeddedPostgres.durable(data)) {
            assertThat(notes(server)).containsExactly("before the crash");
        }
    }

    @Test
    void aStalePidFileNamingAnotherLiveProgramDoesNotBlockTheStart() throws Exception {
        killJvmHolding(data, "before the crash");
        killServer();
        Process other = new ProcessBuilder("sleep", "300").start();
        try {
            // As after a container restart: the dead server's pid now belongs to something else.
            Path pidFile = data.resolve("postmaster.pid");
            List<String> lines = new ArrayList<>(Files.readAllLines(pidFile));
            lines.set(0, Long.toString(other.pid()));
            Files.write(pidFile, lines);

            try (EmbeddedPostgres server = EmbeddedPostgres.durable(data)) {
                assertThat(notes(server)).containsExactly("before the crash");
            }
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void transactionsRunSerializableAsAoDoesByDefaultAndReadCommittedAsJiraDoesWhenAsked() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.throwaway()) {
            assertThat(isolationInAndOutOfATransaction(server, AoDatabase.Isolation.AO_DEFAULT))
                    .containsExactly("serializable", "read committed");
            assertThat(isolationInAndOutOfATransaction(server, AoDatabase.Isolation.READ_COMMITTED))
                    .containsExactly("read committed", "read committed");
        }
    }

    /** SIGKILL for the server of {@link #data} and its sessions, as when the machine dies. */
    private void killServer() throws Exception {
        ProcessHandle postmaster = EmbeddedPostgres.serverOf(data).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> isolationInAndOutOfATransaction(EmbeddedPostgres server,
                                                                AoDatabase.Isolation isolation) {
        try (AoDatabase database = AoDatabase.open(server.jdbcUrl("postgres"), server.user(), server.password(),
                "com.example.plugin", isolation)) {
            ActiveObjects ao = database.activeObjects();
            String inside = ao.executeInTransaction(() -> isolation(database));
            String outside = isolation(database);
            return List.of(inside, outside);
        }
    }

    private static String isolation(AoDatabase database) {
        try (Connection connection = database.entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW transaction_isolation")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }

    /** Starts {@link DurablePostgresHolder} on {@code data}, waits for its commit, and kills it with SIGKILL. */
    private static void killJvmHolding(Path data, String note) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DurablePostgresHolder.class.getName(), data.toString(), note).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && !line.equals("COMMITTED"); line = lines.readLine()) {
                output.add(line);
            }
            assertThat(holder.isAlive()).as("the holder JVM, which printed:%n%s", String.join("\n", output))
                    .isTrue();
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.exists(data.resolve("postmaster.pid"))).isTrue();
    }

    private static List<String> settings(EmbeddedPostgres server, String... names) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(),
                server.password()); Statement statement = connection.createStatement()) {
            for (String name : names) {
                try (ResultSet row = statement.executeQuery("SHOW " + name)) {
                    row.next();
                    values.add(row.getString(1));
                }
            }
        }
        return values;
    }

    private static List<String> notes(EmbeddedPostgres server) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(),
                server.password()); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT text FROM note")) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
