package com.pmosuite.workbench.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls the workbench's Jira REST API v2 as one demo user (Basic auth; passwords equal names), as a script would. */
final class JiraClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One answer: status and body, the body read as JSON when asked. */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }
    }

    private final URI base;
    private final String user;

    JiraClient(URI base, String user) {
        this.base = base;
        this.user = user;
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer delete(String path) {
        return send(request(path).header("X-Atlassian-Token", "no-check").DELETE());
    }

    /** A write a browser form could send cross-site: no token, a form-able content type. */
    Answer postWithoutToken(String path, String body) {
        return send(request(path).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer search(String jql, int startAt, int maxResults) {
        return get("/rest/api/2/search?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8) + "&startAt=" + startAt
                + "&maxResults=" + maxResults);
    }

    /** Creates an issue and answers its key; fails the test unless Jira answers 201. */
    String create(String fieldsJson) {
        Answer created = post("/rest/api/2/issue", "{\"fields\": " + fieldsJson + "}");
        if (created.status() != 201) {
            throw new AssertionError("Create answered " + created.status() + ": " + created.body());
        }
        return created.json().get("key").asText();
    }

    JsonNode issue(String key) {
        Answer answer = get("/rest/api/2/issue/" + key);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + key + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
