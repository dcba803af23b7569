package com.pmosuite.workbench.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Concurrent risk creates and updates over HTTP, as admin, recording every write the workbench acknowledged
 * (201 or 200) with what it acknowledged. Each writer updates only the risks it created, so no update is refused
 * for a version conflict. A writer stops at its first failed connection: the workbench is gone.
 */
final class WriteBurst {
    static final String PROJECT = "ALPHA";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI rest;
    private final String label;
    private final Map<Long, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final Queue<Acknowledged> acknowledgedUpdates = new ConcurrentLinkedQueue<>();
    private final CountDownLatch createsBeforeCrash;
    private final CountDownLatch updatesBeforeCrash;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean stopped;

    /** An acknowledged state of one risk: its id, title and description, and the version that was answered. */
    record Acknowledged(long id, String title, String description, long version) {
    }

    WriteBurst(URI base, String label, int createsBeforeCrash, int updatesBeforeCrash) {
        this.rest = base.resolve("rest/pmo/1.0/");
        this.label = label;
        this.createsBeforeCrash = new CountDownLatch(createsBeforeCrash);
        this.updatesBeforeCrash = new CountDownLatch(updatesBeforeCrash);
    }

    /** Starts {@code count} writers; they run until {@link #stop()} or until the workbench stops answering. */
    void start(int count) {
        for (int w = 0; w < count; w++) {
            int writer = w;
            Thread thread = new Thread(() -> write(writer), "burst-writer-" + w);
            writers.add(thread);
            thread.start();
        }
    }

    /** Waits until enough creates and updates were acknowledged that a crash now hits a burst in full swing. */
    boolean awaitMidBurst(long timeout, TimeUnit unit) throws InterruptedException {
        return createsBeforeCrash.await(timeout, unit) && updatesBeforeCrash.await(timeout, unit);
    }

    void stop() throws InterruptedException {
        stopped = true;
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(60));
        }
    }

    /** The last acknowledged state of every risk whose create was acknowledged, by id. */
    Map<Long, Acknowledged> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** Every acknowledged update, with the version it answered. */
    List<Acknowledged> acknowledgedUpdates() {
        return List.copyOf(acknowledgedUpdates);
    }

    private void write(int writer) {
        List<Long> mine = new ArrayList<>();
        int n = 0;
        try {
            while (!stopped) {
                n++;
                // Two creates for every update: most of the burst is new rows, as in the probe that lost them.
                if (n % 3 == 0 && !mine.isEmpty()) {
                    long id = mine.get(n % mine.size());
                    update(acknowledged.get(id), "updated by writer " + writer + " in step " + n);
                } else {
                    create(label + " writer " + writer + " risk " + n, "created in step " + n).ifPresent(mine::add);
                }
            }
        } catch (IOException e) {
            // Connection refused or reset: the workbench was killed. What it answered before is all that counts.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<Long> create(String title, String description) throws IOException, InterruptedException {
        Map<String, Object> body = body(title, description);
        HttpResponse<String> response = send("POST", "projects/" + PROJECT + "/risks", body);
        if (response.statusCode() != 201) {
            return Optional.empty();
        }
        JsonNode risk = JSON.readTree(response.body());
        long id = risk.path("id").asLong();
        acknowledged.put(id, new Acknowledged(id, title, description, risk.path("version").asLong()));
        createsBeforeCrash.countDown();
        return Optional.of(id);
    }

    private void update(Acknowledged risk, String description) throws IOException, InterruptedException {
        Map<String, Object> body = body(risk.title(), description);
        body.put("version", risk.version());
        HttpResponse<String> response = send("PUT", "risks/" + risk.id(), body);
        if (response.statusCode() != 200) {
            return;
        }
        long version = JSON.readTree(response.body()).path("version").asLong();
        Acknowledged updated = new Acknowledged(risk.id(), risk.title(), description, version);
        acknowledged.put(risk.id(), updated);
        acknowledgedUpdates.add(updated);
        updatesBeforeCrash.countDown();
    }

    private static Map<String, Object> body(String title, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", description);
        body.put("kind", "threat");
        body.put("probability", 3);
        body.put("impact", 4);
        return body;
    }

    private HttpResponse<String> send(String method, String path, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(rest.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .header("X-Atlassian-Token", "no-check")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** One risk as the (restarted) workbench has it now, or {@code null} when it answers 404. */
    JsonNode read(long id) {
        try {
            HttpResponse<String> response = send("GET", "risks/" + id, null);
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new AssertionError("GET risks/" + id + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates one risk on the (restarted) workbench and returns its id. */
    long createOne(String title) {
        try {
            HttpResponse<String> response = send("POST", "projects/" + PROJECT + "/risks",
                    body(title, "created after the restart"));
            if (response.statusCode() != 201) {
                throw new AssertionError("POST answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body()).path("id").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
