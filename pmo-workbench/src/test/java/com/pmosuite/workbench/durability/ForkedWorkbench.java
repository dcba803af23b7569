package com.pmosuite.workbench.durability;

import com.pmosuite.host.ao.EmbeddedPostgres;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged workbench jar in its own JVM, as a user runs it, on a data directory that outlives it; it can be
 * stopped or killed as a crash would (SIGKILL of the JVM, and of its embedded PostgreSQL server).
 */
final class ForkedWorkbench implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("Workbench ready at (http://\\S+)");
    private static final Pattern STARTED = Pattern.compile("Started in (\\d+) ms");
    /** The first start with PostgreSQL unpacks its binaries, and a restart may replay a log first. */
    private static final long START_TIMEOUT_SECONDS = 240;

    private final Process process;
    private final Path data;
    private final URI base;
    private final long startMillis;
    private final List<String> output;

    private ForkedWorkbench(Process process, Path data, URI base, long startMillis, List<String> output) {
        this.process = process;
        this.data = data;
        this.base = base;
        this.startMillis = startMillis;
        this.output = output;
    }

    /** Starts {@code java -jar pmo-workbench.jar --port 0 --data DATA ARGS…} and waits until it is ready. */
    static ForkedWorkbench start(Path data, String... args) {
        Path jar = Path.of(System.getProperty("pmo.workbench.jar", "target/pmo-workbench-0.1.0-SNAPSHOT.jar"));
        return start(jar, List.of("-Xmx512m"), data, args);
    }

    /** Starts {@code java JVM-OPTIONS -jar JAR --port 0 --data DATA ARGS…} and waits until it is ready. */
    static ForkedWorkbench start(Path jar, List<String> jvmOptions, Path data, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--port", "0", "--data", data.toString()));
        command.addAll(List.of(args));
        System.out.println("Forking " + String.join(" ", command));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> ready = new CompletableFuture<>();
        long[] startMillis = {-1};
        Thread reader = new Thread(() -> {
            // Keeps reading after "ready": a full pipe would block the workbench's logging, and so its requests.
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                    Matcher started = STARTED.matcher(line);
                    if (started.find()) {
                        startMillis[0] = Long.parseLong(started.group(1));
                    }
                    Matcher found = READY.matcher(line);
                    if (found.find()) {
                        ready.complete(found.group(1));
                    }
                }
            } catch (IOException e) {
                // The process died: the future below reports it with what it printed.
            }
            ready.completeExceptionally(new IllegalStateException("The workbench exited before it was ready"));
        }, "forked-workbench-output");
        reader.setDaemon(true);
        reader.start();
        try {
            String base = ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new ForkedWorkbench(process, data, URI.create(base), startMillis[0], output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while the workbench started", e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("The workbench did not get ready; it printed:\n"
                    + String.join("\n", List.copyOf(output)), e);
        }
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    /** What the workbench printed as its own start time (database open, migration, server start). */
    long startMillis() {
        return startMillis;
    }

    /**
     * SIGKILL, as a crash: the embedded PostgreSQL server and its sessions first (when {@code withDatabase}),
     * then the workbench's JVM, so nothing gets a chance to flush anything.
     */
    void kill(boolean withDatabase) {
        List<ProcessHandle> victims = new ArrayList<>();
        if (withDatabase) {
            ProcessHandle postmaster = postgresServer().orElseThrow(
                    () -> new AssertionError("No PostgreSQL server is running on " + postgresData()));
            victims.add(postmaster);
            victims.addAll(postmaster.descendants().toList());
        }
        victims.add(process.toHandle());
        victims.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle victim : victims) {
            try {
                victim.onExit().get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError("pid " + victim.pid() + " survived SIGKILL", e);
            }
        }
    }

    java.util.Optional<ProcessHandle> postgresServer() {
        try {
            return EmbeddedPostgres.serverOf(postgresData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path postgresData() {
        return data.resolve("postgres");
    }

    /** Stops the workbench as Ctrl-C would, and makes sure no server of its data directory is left running. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        postgresServer().ifPresent(server -> {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        });
    }
}
