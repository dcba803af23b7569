package com.pmosuite.workbench.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench Jira's issues are as durable as the plugin's data: a burst of issue creates and worklogs over the
 * REST API, SIGKILL mid-burst, restart; every acknowledged issue is there with its key and at least the work whose
 * logging was acknowledged, and no id or key is handed out twice.
 */
class IssueCrashDurabilityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 4;

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> acknowledgedKeys = new ConcurrentHashMap<>();
    private final Map<String, Long> acknowledgedWork = new ConcurrentHashMap<>();
    private final CountDownLatch midBurst = new CountDownLatch(40);
    private volatile boolean stopped;

    @Test
    void everyAcknowledgedIssueAndWorklogSurvivesAKilledWorkbenchOnHsqldb() throws Exception {
        ForkedWorkbench workbench = ForkedWorkbench.start(data);
        List<Thread> writers = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                Thread thread = new Thread(() -> write(workbench.base(), writer), "issue-writer-" + w);
                writers.add(thread);
                thread.start();
            }
            assertThat(midBurst.await(5, TimeUnit.MINUTES)).as("the burst got going").isTrue();
            workbench.kill(false);
        } finally {
            stopped = true;
            for (Thread writer : writers) {
                writer.join(TimeUnit.SECONDS.toMillis(60));
            }
            workbench.close();
        }

        try (ForkedWorkbench restarted = ForkedWorkbench.start(data)) {
            URI base = restarted.base();
            for (Map.Entry<String, String> created : acknowledgedKeys.entrySet()) {
                JsonNode issue = JSON.readTree(send(base, "GET", "rest/api/2/issue/" + created.getKey(), null).body());
                assertThat(issue.path("key").asText()).as("issue %s", created.getKey()).isEqualTo(created.getValue());
                assertThat(issue.path("fields").path("timespent").asLong())
                        .isGreaterThanOrEqualTo(acknowledgedWork.getOrDefault(created.getKey(), 0L));
            }
            HttpResponse<String> next = send(base, "POST", "rest/api/2/issue", """
                    {"fields": {"project": {"key": "BETA"}, "issuetype": {"name": "Task"}, "summary": "After"}}""");
            JsonNode created = JSON.readTree(next.body());
            long highest = acknowledgedKeys.keySet().stream().mapToLong(Long::parseLong).max().orElseThrow();
            assertThat(created.path("id").asLong()).isGreaterThan(highest);
            assertThat(acknowledgedKeys).doesNotContainValue(created.path("key").asText());
        }
        assertThat(acknowledgedKeys).hasSizeGreaterThanOrEqualTo(40);
    }

    private void write(URI base, int writer) {
        try {
            for (int n = 0; !stopped; n++) {
                HttpResponse<String> created = send(base, "POST", "rest/api/2/issue", """
                        {"fields": {"project": {"key": "BETA"}, "issuetype": {"name": "Task"},
                         "summary": "Writer %d issue %d", "timetracking": {"originalEstimate": "1d"}}}"""
                        .formatted(writer, n));
                if (created.statusCode() != 201) {
                    continue;
                }
                JsonNode issue = JSON.readTree(created.body());
                String id = issue.path("id").asText();
                acknowledgedKeys.put(id, issue.path("key").asText());
                HttpResponse<String> logged = send(base, "POST", "rest/api/2/issue/" + id + "/worklog",
                        "{\"timeSpentSeconds\": 600}");
                if (logged.statusCode() == 201) {
                    acknowledgedWork.put(id, 600L);
                }
                midBurst.countDown();
            }
        } catch (IOException e) {
            // The workbench was killed: what it answered before is all that counts.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> send(URI base, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .header("X-Atlassian-Token", "no-check").header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
