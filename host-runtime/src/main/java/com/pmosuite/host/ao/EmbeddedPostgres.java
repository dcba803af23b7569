package com.pmosuite.host.ao;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A private PostgreSQL server from Maven Central's embedded binaries (zonky), started on a free port: no install
 * step, a pinned server version, and it also starts as root.
 *
 * <p>Two kinds, chosen by name so that data worth keeping never gets the fast one: {@link #durable(Path)} keeps
 * every acknowledged commit through a crash; {@link #throwaway()} is for tests whose data is discarded.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    /** Crash recovery replays the write-ahead log before the server accepts connections; zonky waits 10 s. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(3);
    private static final Duration LEFTOVER_SHUTDOWN_WAIT = Duration.ofMinutes(2);
    private static final String PID_FILE = "postmaster.pid";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * A server whose data in {@code dataDirectory} survives a crash of this JVM, of the server, or of the machine:
     * the log is flushed on every commit ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes} on;
     * zonky turns all three off for speed). A server of the same directory left running by a killed JVM is shut
     * down first; after a crash of the server too, PostgreSQL recovers from its log.
     */
    public static EmbeddedPostgres durable(Path dataDirectory) throws IOException {
        stopLeftoverServer(dataDirectory);
        return new EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(STARTUP_WAIT)
                .start());
    }

    /**
     * A fast server in a temporary directory, deleted when closed, that may lose its last commits in a crash
     * (zonky's defaults: no fsync, asynchronous commit): for tests whose data is discarded.
     */
    public static EmbeddedPostgres throwaway() throws IOException {
        return new EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start());
    }

    public String jdbcUrl(String database) {
        return server.getJdbcUrl("postgres", database);
    }

    public String user() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /**
     * zonky starts the server through {@code pg_ctl}, so it outlives a JVM killed with SIGKILL and keeps its data
     * directory locked. Its clients died with the JVM, so a smart shutdown (SIGTERM) completes as soon as their
     * sessions notice. A {@code postmaster.pid} naming a dead process is PostgreSQL's to recover from; one naming
     * a live program that is not PostgreSQL (pids are reused, in containers after every restart) would make it
     * refuse to start, so that file is removed.
     */
    private static void stopLeftoverServer(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> named = namedByPidFile(dataDirectory);
        if (named.isEmpty() || !named.get().isAlive()) {
            return;
        }
        ProcessHandle process = named.get();
        Optional<Boolean> postgres = process.info().command().map(EmbeddedPostgres::isPostgres);
        if (postgres.isEmpty()) {
            return;
        }
        if (!postgres.get()) {
            LOG.warn("{} names pid {}, which is now another program; removing the stale file",
                    dataDirectory.resolve(PID_FILE), process.pid());
            Files.deleteIfExists(dataDirectory.resolve(PID_FILE));
            return;
        }
        LOG.warn("A PostgreSQL server (pid {}) is still running on {}, left by a workbench that did not stop;"
                + " shutting it down before starting a new one", process.pid(), dataDirectory);
        List<ProcessHandle> sessions = process.descendants().toList();
        process.destroy();
        try {
            process.onExit().get(LEFTOVER_SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Killed, the server loses nothing that was committed: its write-ahead log is replayed on start.
            LOG.warn("PostgreSQL pid {} did not stop in {}; killing it", process.pid(), LEFTOVER_SHUTDOWN_WAIT);
            process.destroyForcibly();
            sessions.forEach(ProcessHandle::destroyForcibly);
            waitForExit(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the leftover PostgreSQL server", e);
        } catch (ExecutionException e) {
            throw new IOException("Could not stop the leftover PostgreSQL server", e);
        }
        for (ProcessHandle session : sessions) {
            waitForExit(session);
        }
    }

    private static void waitForExit(ProcessHandle process) throws IOException {
        try {
            process.onExit().get(LEFTOVER_SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for pid " + process.pid() + " to exit", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("PostgreSQL pid " + process.pid() + " did not exit", e);
        }
    }

    /** The live PostgreSQL server named by the data directory's {@code postmaster.pid}, if there is one. */
    public static Optional<ProcessHandle> serverOf(Path dataDirectory) throws IOException {
        return namedByPidFile(dataDirectory)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(EmbeddedPostgres::isPostgres).orElse(false));
    }

    private static Optional<ProcessHandle> namedByPidFile(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        try {
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(String command) {
        return Path.of(command).getFileName().toString().equals("postgres");
    }
}
