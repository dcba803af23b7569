package com.pmosuite.workbench.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Today" is the viewing user's Jira time zone. The workbench stands still at 12:00 UTC on 2 March 2026, when it
 * is already 01:00 on 3 March for alice, whose zone is Pacific/Auckland; pmo keeps Jira's default, UTC.
 */
class ViewerTimeZoneIT {
    private static final Instant NOON_UTC = Instant.parse("2026-03-02T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;
    private static WorkbenchComponents workbench;

    @BeforeAll
    static void start() {
        workbench = WorkbenchComponents.start(WorkbenchOptions.parse("--port", "0", "--data", data.toString()),
                Clock.fixed(NOON_UTC, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        workbench.close();
    }

    @Test
    void aReviewDoneOnTheThirdIsNotInTheFutureForAliceInAucklandButIsForAUserInUtc() {
        String reviewedThird = """
                {"title": "Reviewed in Auckland", "kind": "threat", "probability": 2, "impact": 2,
                 "lastReviewDate": "2026-03-03"}""";

        assertThat(post("alice", reviewedThird).statusCode()).isEqualTo(201);
        HttpResponse<String> utc = post("pmo", reviewedThird);
        assertThat(utc.statusCode()).isEqualTo(400);
        assertThat(utc.body()).contains("lastReviewDate");
    }

    @Test
    void aReviewDueOnTheSecondIsOverdueForAliceButNotForAUserInUtc() throws IOException {
        HttpResponse<String> created = post("pmo", """
                {"title": "Due on the second", "kind": "threat", "probability": 2, "impact": 2,
                 "nextReviewDate": "2026-03-02"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = JSON.readTree(created.body()).path("id").asLong();

        assertThat(risk("pmo", id).path("reviewOverdue").asBoolean()).isFalse();
        assertThat(risk("alice", id).path("reviewOverdue").asBoolean()).isTrue();
    }

    private static HttpResponse<String> post(String user, String json) {
        return send(user, HttpRequest.newBuilder(rest("projects/ALPHA/risks"))
                .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static JsonNode risk(String user, long id) throws IOException {
        HttpResponse<String> reply = send(user, HttpRequest.newBuilder(rest("risks/" + id)).GET());
        assertThat(reply.statusCode()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    private static URI rest(String path) {
        return workbench.server().baseUri().resolve("rest/pmo/1.0/" + path);
    }

    private static HttpResponse<String> send(String user, HttpRequest.Builder request) {
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
