package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import static com.pmosuite.workbench.risk.RiskFixtures.ADMIN;
import static com.pmosuite.workbench.risk.RiskFixtures.ALICE;
import static com.pmosuite.workbench.risk.RiskFixtures.ALPHA;
import static com.pmosuite.workbench.risk.RiskFixtures.created;
import static com.pmosuite.workbench.risk.RiskFixtures.edited;
import static com.pmosuite.workbench.risk.RiskFixtures.fetched;
import static com.pmosuite.workbench.risk.RiskFixtures.historyOf;
import static com.pmosuite.workbench.risk.RiskFixtures.idOf;
import static com.pmosuite.workbench.risk.RiskFixtures.risk;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optimistic locking of risks over HTTP: a write names the version it was based on; a stale one gets 409 with the
 * stored risk and changes nothing, so clients that re-read and retry never lose each other's changes.
 */
class RiskEndpointsConcurrencyIT {
    private static final int WRITERS = 8;
    /** Far more attempts than N writers can need; only a livelock would exhaust it. */
    private static final int MAX_ATTEMPTS = 200;

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(WRITERS);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void aWriteBasedOnAnOldVersionIsAConflictThatCarriesTheStoredRisk() {
        JsonNode first = created(ADMIN, ALPHA, RiskBody.threat("Stale write"));
        JsonNode second = ADMIN.put(risk(idOf(first)), edited(first, "title", "Saved first")).json();

        PmoRestClient.Reply stale = ALICE.put(risk(idOf(first)), edited(first, "title", "Saved too late"));

        assertThat(stale.status()).as("%s", stale).isEqualTo(409);
        assertThat(stale.json().path("status").asInt()).isEqualTo(409);
        assertThat(stale.json().path("current").path("version").asInt()).isEqualTo(2);
        assertThat(stale.json().path("current").path("title").asText()).isEqualTo("Saved first");
        assertThat(stale.json().path("current")).isEqualTo(second);
    }

    @Test
    void aWriteBasedOnAnOldVersionChangesNothing() {
        JsonNode first = created(ADMIN, ALPHA, RiskBody.threat("Stale write"));
        JsonNode second = ADMIN.put(risk(idOf(first)), edited(first, "title", "Saved first")).json();
        JsonNode historyBefore = ADMIN.get(historyOf(idOf(first))).json();

        ALICE.put(risk(idOf(first)), edited(first, "description", "Saved too late"));

        assertThat(fetched(idOf(first))).isEqualTo(second);
        assertThat(ADMIN.get(historyOf(idOf(first))).json()).isEqualTo(historyBefore);
    }

    @Test
    void aDeleteBasedOnAnOldVersionIsAConflictAndTheRiskStays() {
        JsonNode first = created(ADMIN, ALPHA, RiskBody.threat("Stale delete"));
        JsonNode second = ADMIN.put(risk(idOf(first)), edited(first, "title", "Changed meanwhile")).json();

        PmoRestClient.Reply stale = ALICE.delete(risk(idOf(first)) + "?version=1");

        assertThat(stale.status()).as("%s", stale).isEqualTo(409);
        assertThat(stale.json().path("current").path("version").asInt()).isEqualTo(2);
        assertThat(fetched(idOf(first))).isEqualTo(second);
    }

    @Test
    void aDeleteBasedOnTheCurrentVersionSucceeds() {
        JsonNode first = created(ADMIN, ALPHA, RiskBody.threat("Current delete"));

        assertThat(ALICE.delete(risk(idOf(first)) + "?version=1").status()).isEqualTo(204);
    }

    @Test
    void aWriteToARiskDeletedMeanwhileIsNotFound() {
        JsonNode risk = created(ADMIN, ALPHA, RiskBody.threat("Deleted meanwhile"));
        ADMIN.delete(risk(idOf(risk)));

        PmoRestClient.Reply late = ALICE.put(risk(idOf(risk)), edited(risk, "title", "Too late"));

        assertThat(late.status()).as("%s", late).isEqualTo(404);
    }

    @Test
    void ofWritesStartedTogetherOnTheSameVersionExactlyOneWins() throws Exception {
        JsonNode risk = created(ADMIN, ALPHA, RiskBody.threat("Race on version 1"));

        List<Integer> statuses = together(WRITERS, writer -> clientOf(writer)
                .put(risk(idOf(risk)), edited(risk, "title", "Writer " + writer)).status());

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(fetched(idOf(risk)).path("version").asInt()).isEqualTo(2);
    }

    @Test
    void writersThatRereadAndRetryOnConflictNeverLoseAChange() throws Exception {
        JsonNode risk = created(ADMIN, ALPHA, RiskBody.threat("Many writers").with("description", "Tokens:"));
        long id = idOf(risk);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> tokens = IntStream.range(0, WRITERS).mapToObj(w -> "<" + run + "-" + w + ">").toList();

        List<Integer> successfulPuts = together(WRITERS, writer -> appendWithRetry(id, clientOf(writer),
                tokens.get(writer)));

        JsonNode last = fetched(id);
        String description = last.path("description").asText();
        tokens.forEach(token -> assertThat(occurrences(description, token)).as(token).isEqualTo(1));
        int puts = successfulPuts.stream().mapToInt(Integer::intValue).sum();
        assertThat(last.path("version").asInt()).isEqualTo(1 + puts);
        List<JsonNode> descriptionChanges = new ArrayList<>();
        ADMIN.get(historyOf(id)).json().forEach(entry -> {
            if (entry.path("field").asText().equals("description")) {
                descriptionChanges.add(entry);
            }
        });
        assertThat(descriptionChanges).hasSize(puts);
    }

    @Test
    void eachRetriedWriteBuildsOnThePreviousOneInTheHistory() throws Exception {
        JsonNode risk = created(ADMIN, ALPHA, RiskBody.threat("Chained writers").with("description", "Tokens:"));
        long id = idOf(risk);

        together(WRITERS, writer -> appendWithRetry(id, clientOf(writer), "<" + writer + ">"));

        List<JsonNode> changes = new ArrayList<>();
        ADMIN.get(historyOf(id)).json().forEach(entry -> {
            if (entry.path("field").asText().equals("description")) {
                changes.add(entry);
            }
        });
        assertThat(changes).extracting(c -> c.path("version").asInt())
                .containsExactlyElementsOf(IntStream.rangeClosed(2, WRITERS + 1).boxed().toList());
        assertThat(changes.get(0).path("oldValue").asText()).isEqualTo("Tokens:");
        for (int i = 1; i < changes.size(); i++) {
            assertThat(changes.get(i).path("oldValue").asText()).isEqualTo(changes.get(i - 1).path("newValue")
                    .asText());
        }
        assertThat(changes.get(changes.size() - 1).path("newValue").asText())
                .isEqualTo(fetched(id).path("description").asText());
    }

    /** Reads the risk, appends the token to its description and saves, re-reading on 409; the number of PUTs that succeeded. */
    private static int appendWithRetry(long id, PmoRestClient client, String token) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            JsonNode current = client.get(risk(id)).json();
            PmoRestClient.Reply reply = client.put(risk(id),
                    edited(current, "description", current.path("description").asText() + " " + token));
            if (reply.status() == 200) {
                return 1;
            }
            assertThat(reply.status()).as("%s", reply).isEqualTo(409);
        }
        throw new AssertionError(token + " was not saved in " + MAX_ATTEMPTS + " attempts");
    }

    /** Runs {@code work} for writers 0..n-1 on n threads released at the same moment; their results in order. */
    private static <T> List<T> together(int n, Writer<T> work) throws Exception {
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int writer = 0; writer < n; writer++) {
            int w = writer;
            Callable<T> task = () -> {
                ready.countDown();
                go.await();
                return work.run(w);
            };
            futures.add(pool.submit(task));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).as("all writers ready").isTrue();
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                results.add(future.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            } catch (TimeoutException e) {
                throw new AssertionError("a writer did not finish within 60 seconds", e);
            }
        }
        return results;
    }

    /** One writer's part of a concurrent run. */
    @FunctionalInterface
    private interface Writer<T> {
        T run(int writer);
    }

    // Half the writers are admin (PMO admin), half alice (member): both may edit ALPHA.
    private static PmoRestClient clientOf(int writer) {
        return writer % 2 == 0 ? ADMIN : ALICE;
    }

    private static int occurrences(String text, String token) {
        int count = 0;
        for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + token.length())) {
            count++;
        }
        return count;
    }
}
