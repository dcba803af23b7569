package com.pmosuite.workbench.dashboard;

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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's dashboard REST API as one demo user calls it with Basic auth: raw requests for the HTTP tests,
 * and set-up steps (empty the dashboard, add an item with preferences) for the browser tests.
 */
public final class DashboardApi {
    public static final String HEAT_MAP = "com.pmosuite.pmo-plugin:risk-heat-map-item";
    public static final String HEALTH = "com.pmosuite.pmo-plugin:portfolio-health-item";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI base;
    private final String authorization;

    private DashboardApi(URI base, String user) {
        this.base = base;
        // The demo users' passwords equal their names; null is an anonymous caller.
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    public static DashboardApi as(URI base, String user) {
        return new DashboardApi(base, user);
    }

    public static DashboardApi anonymous(URI base) {
        return new DashboardApi(base, null);
    }

    /** Sends a request; {@code headers} are name, value pairs. */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON request with Jira's XSRF header, as the dashboard's script sends it. */
    public HttpResponse<String> sendJson(String method, String path, String body) {
        return send(method, path, "application/json", body, "X-Atlassian-Token", "no-check");
    }

    /** The caller's items as the API lists them. */
    public List<JsonNode> items() {
        HttpResponse<String> response = send("GET", "/rest/dashboards/1.0/items", null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        read(response.body()).forEach(items::add);
        return items;
    }

    /** Removes every item from the caller's dashboard. */
    public void empty() {
        for (JsonNode item : items()) {
            HttpResponse<String> response = sendJson("DELETE", "/rest/dashboards/1.0/items/" + item.path("id").asLong(),
                    null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        }
    }

    /** Adds an item and returns its id. */
    public long add(String moduleKey) {
        HttpResponse<String> response = sendJson("POST", "/rest/dashboards/1.0/items", write(Map.of("moduleKey", moduleKey)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response.body()).path("id").asLong();
    }

    /** Saves an item's preferences; fails the test unless they were saved. */
    public void savePreferences(long id, Map<String, String> preferences) {
        HttpResponse<String> response = sendJson("PUT", "/rest/dashboards/1.0/items/" + id + "/prefs", write(preferences));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    public static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    public static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
