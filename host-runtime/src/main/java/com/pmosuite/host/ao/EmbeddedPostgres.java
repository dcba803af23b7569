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

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * A server whose data in {@code dataDirectory} survives a crash of this JVM, of the server, or of the machine:
     * the log is flushed on every commit ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes} on;
     * zonky turns all three off for speed). A server of the same directory left running by a killed JVM is shut
     * down first, and a stale {@code postmaster.pid} of a dead one is left to PostgreSQL's own crash recovery.
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
     * sessions notice; anything else than a live postgres holding {@code postmaster.pid} needs nothing from us.
     */
    private static void stopLeftoverServer(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> leftover = serverOf(dataDirectory);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = leftover.get();
        LOG.warn("A PostgreSQL server (pid {}) is still running on {}, left by a workbench that did not stop;"
                + " shutting it down before starting a new one", postmaster.pid(), dataDirectory);
        List<ProcessHandle> sessions = postmaster.descendants().toList();
        postmaster.destroy();
        try {
            postmaster.onExit().get(LEFTOVER_SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Killed, the server loses nothing that was committed: its write-ahead log is replayed on start.
            LOG.warn("PostgreSQL pid {} did not stop in {}; killing it", postmaster.pid(), LEFTOVER_SHUTDOWN_WAIT);
            postmaster.destroyForcibly();
            sessions.forEach(ProcessHandle::destroyForcibly);
            waitForExit(postmaster);
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

    /**
     * The live postmaster named by the data directory's {@code postmaster.pid}, if it is one. A pid that now
     * belongs to another program (pids are reused) is not stopped; PostgreSQL then refuses to start, naming the
     * pid file, rather than risk two servers on one directory.
     */
    public static Optional<ProcessHandle> serverOf(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        long pid;
        try {
            pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command()
                        .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                        .orElse(false));
    }
}
