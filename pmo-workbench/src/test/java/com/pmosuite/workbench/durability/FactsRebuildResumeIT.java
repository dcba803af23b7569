package com.pmosuite.workbench.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full rebuild survives a crash: a forked workbench with twenty thousand generated issues starts a rebuild, is
 * killed with SIGKILL once the walk has written some pages, and, restarted on the same data, continues the same walk
 * (same start, checkpoint kept) from where it was to the end, with a fact for every tracked issue.
 */
class FactsRebuildResumeIT {
    private static final int ISSUES = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void aRebuildCutOffByAKilledWorkbenchContinuesFromItsCheckpointAfterTheRestart() throws Exception {
        JsonNode beforeKill;
        ForkedWorkbench first = ForkedWorkbench.start(data, "--demo", "--demo-issues", String.valueOf(ISSUES));
        try {
            Admin pmo = Admin.logIn(first.base());
            HttpResponse<String> accepted = pmo.post("facts/rebuild");
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            beforeKill = pmo.awaitProgress(p -> "running".equals(p.path("state").asText())
                    && p.path("seen").asLong() >= 1000, Duration.ofMinutes(3));
            first.kill(false);
        } catch (Throwable e) {
            first.close();
            throw e;
        }
        assertThat(beforeKill.path("seen").asLong()).as("killed mid-walk").isLessThan(beforeKill.path("total").asLong());

        try (ForkedWorkbench restarted = ForkedWorkbench.start(data)) {
            Admin pmo = Admin.logIn(restarted.base());
            JsonNode checkpoint = json(pmo.get("facts/progress"));
            assertThat(checkpoint.path("started").asText()).isEqualTo(beforeKill.path("started").asText());
            assertThat(checkpoint.path("lastIssueId").asLong())
                    .isGreaterThanOrEqualTo(beforeKill.path("lastIssueId").asLong());
            assertThat(checkpoint.path("state").asText()).as("the checkpoint of a walk whose node died")
                    .isEqualTo("running");

            assertThat(pmo.post("facts/reconcile").statusCode()).isEqualTo(202);
            JsonNode finished = pmo.awaitProgress(p -> "finished".equals(p.path("state").asText()),
                    Duration.ofMinutes(5));

            System.out.printf("Rebuild killed after issue %d (%d of %d read); resumed from %d, finished: %s%n",
                    beforeKill.path("lastIssueId").asLong(), beforeKill.path("seen").asLong(),
                    beforeKill.path("total").asLong(), checkpoint.path("lastIssueId").asLong(), finished);
            assertThat(finished.path("kind").asText()).isEqualTo("rebuild");
            assertThat(finished.path("started").asText()).as("the same walk, continued")
                    .isEqualTo(beforeKill.path("started").asText());
            assertThat(finished.path("total").asLong()).isGreaterThan(2 * 500L);
            assertThat(finished.path("seen").asLong()).as("read from the checkpoint on, not from the start again")
                    .isLessThan(finished.path("total").asLong() + 2L * 500);
            assertThat(finished.path("facts").asLong()).as("a fact for every tracked issue")
                    .isEqualTo(finished.path("total").asLong());
        }
    }

    /** A PMO admin's session in websudo on a forked workbench. */
    private record Admin(URI base, HttpClient http) {
        static Admin logIn(URI base) throws IOException, InterruptedException {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Admin admin = new Admin(base, http);
            admin.form("login.jsp", "os_username=pmo&os_password=pmo&os_destination=%2F");
            admin.form("secure/admin/WebSudoAuthenticate.jspa", "webSudoPassword=pmo");
            return admin;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(base.resolve("rest/pmo/1.0/admin/" + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(base.resolve("rest/pmo/1.0/admin/" + path))
                    .timeout(Duration.ofSeconds(60)).header("X-Atlassian-Token", "no-check")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode awaitProgress(Predicate<JsonNode> reached, Duration patience) throws Exception {
            Instant deadline = Instant.now().plus(patience);
            JsonNode last = null;
            while (Instant.now().isBefore(deadline)) {
                last = json(get("facts/progress"));
                if (reached.test(last)) {
                    return last;
                }
                assertThat(last.path("state").asText()).as(last.toString()).isNotEqualTo("failed");
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            throw new AssertionError("The walk did not get there: " + last);
        }

        private void form(String path, String body) throws IOException, InterruptedException {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(path + ": " + reply.body()).isIn(200, 302);
        }
    }

    private static JsonNode json(HttpResponse<String> reply) throws IOException {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }
}
