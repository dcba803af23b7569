package com.pmosuite.workbench.complianceapi;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A demo user (password = user name) or nobody calling one workbench over HTTP, as a script would: Basic auth, JSON
 * in and out, {@code X-Atlassian-Token: no-check} on changes unless told otherwise. Any answer of 500 or more fails
 * the test that received it: no input may crash the API.
 */
final class ComplianceClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "DELETE");

    private final URI base;
    private final String user;
    private final boolean xsrfToken;
    private final String origin;

    private ComplianceClient(URI base, String user, boolean xsrfToken, String origin) {
        this.base = base;
        this.user = user;
        this.xsrfToken = xsrfToken;
        this.origin = origin;
    }

    /** {@code user} may be null: nobody logged in. */
    static ComplianceClient as(URI workbench, String user) {
        return new ComplianceClient(workbench, user, true, null);
    }

    /** The same user's browser on another site: no XSRF header, a foreign {@code Origin}. */
    ComplianceClient fromAnotherSite() {
        return new ComplianceClient(base, user, false, "http://evil.example");
    }

    /** One answer, with its JSON on demand. */
    record Reply(String request, int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(request + " answered " + status + " with no JSON: " + body, e);
            }
        }

        /** The field names of a 400's error list, in order. */
        List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }

        /** The JSON of an answer that must have this status. */
        JsonNode expect(int expected) {
            assertThat(status).as("%s -> %d %s", request, status, body).isEqualTo(expected);
            return body.isEmpty() ? JSON.nullNode() : json();
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + body;
        }
    }

    /** A GET under the plugin's REST base ({@code rest/pmo/1.0/}). */
    Reply get(String path) {
        return send("GET", "rest/pmo/1.0/" + path, null, null);
    }

    Reply post(String path, Object body) {
        return send("POST", "rest/pmo/1.0/" + path, "application/json", json(body));
    }

    Reply put(String path, Object body) {
        return send("PUT", "rest/pmo/1.0/" + path, "application/json", json(body));
    }

    Reply delete(String path) {
        return send("DELETE", "rest/pmo/1.0/" + path, null, null);
    }

    /** Creates an issue through the workbench's Jira REST API and answers its key. */
    String createIssue(String fieldsJson) {
        Reply created = send("POST", "rest/api/2/issue", "application/json", "{\"fields\": " + fieldsJson + "}");
        if (created.status() != 201) {
            fail("creating an issue answered %d: %s", created.status(), created.body());
        }
        return created.json().get("key").asText();
    }

    /** Any request; {@code contentType} and {@code body} may be null. */
    Reply send(String method, String path, String contentType, String body) {
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (xsrfToken && CHANGES.contains(method)) {
            request.header("X-Atlassian-Token", "no-check");
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Reply reply = new Reply(method + " " + uri + " as " + (user == null ? "anonymous" : user),
                    response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
            if (reply.status() >= 500) {
                fail("%s answered %d: %s", reply.request(), reply.status(), reply.body());
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + uri, e);
        }
    }

    private static String json(Object body) {
        if (body == null || body instanceof String) {
            return (String) body;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a request body", e);
        }
    }
}
