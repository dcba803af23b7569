package com.pmosuite.workbench.rollup;

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

import static org.assertj.core.api.Assertions.fail;

/**
 * A demo user (or nobody) calling one workbench over HTTP: the plugin's REST API and the workbench's Jira REST API,
 * with Basic auth and the XSRF header a script sends. Any answer of 500 or more fails the test.
 */
final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String user;

    Http(URI base, String user) {
        this.base = base;
        this.user = user;
    }

    record Reply(String request, int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(request + " answered no JSON: " + body, e);
            }
        }

        List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json);
    }

    /** A plugin REST call, under /rest/pmo/1.0/. */
    Reply pmo(String path) {
        return get("rest/pmo/1.0/" + path);
    }

    /** Creates an issue through Jira's REST API and answers its key. */
    String createIssue(String fieldsJson) {
        Reply created = post("rest/api/2/issue", "{\"fields\": " + fieldsJson + "}");
        if (created.status() != 201) {
            fail("creating an issue answered %d: %s", created.status(), created.body());
        }
        return created.json().get("key").asText();
    }

    void logWork(String issueKey, String timeSpent) {
        expect(201, post("rest/api/2/issue/" + issueKey + "/worklog", "{\"timeSpent\": \"" + timeSpent + "\"}"));
    }

    void transition(String issueKey, String transitionId) {
        expect(204, post("rest/api/2/issue/" + issueKey + "/transitions",
                "{\"transition\": {\"id\": \"" + transitionId + "\"}}"));
    }

    private static void expect(int status, Reply reply) {
        if (reply.status() != status) {
            fail("%s answered %d, not %d: %s", reply.request(), reply.status(), status, reply.body());
        }
    }

    private Reply send(String method, String path, String json) {
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Reply reply = new Reply(method + " " + uri + " as " + (user == null ? "anonymous" : user),
                    response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
            if (reply.status() >= 500) {
                fail("%s answered %d: %s", reply.request(), reply.status(), reply.body());
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
