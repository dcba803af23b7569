package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pmosuite.workbench.browser.pages.ScoringSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk REST API as a script uses it (Basic auth, {@code X-Atlassian-Token: no-check}), for setting up and
 * checking what a browser test cannot see or must not do through the page: a risk another person changes, or
 * what was really stored.
 */
final class RiskApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI restBase;
    private final String authorization;

    private RiskApi(URI base, String user) {
        this.restBase = base.resolve("/rest/pmo/1.0/");
        // The demo users' passwords equal their names.
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    static RiskApi as(URI base, String user) {
        return new RiskApi(base, user);
    }

    /** Creates a risk from the given fields and returns it as stored. */
    JsonNode create(String projectKey, Map<String, Object> fields) {
        return send("POST", "projects/" + projectKey + "/risks", fields, 201);
    }

    /** How many risks the project has, by the list's total. */
    long count(String projectKey) {
        return send("GET", "projects/" + projectKey + "/risks?limit=1", null, 200).path("total").asLong();
    }

    /** The currency the project's risk list says its money is in; null when it names none. */
    String listCurrency(String projectKey) {
        JsonNode currency = send("GET", "projects/" + projectKey + "/risks?limit=1", null, 200).path("currency");
        return currency.isTextual() ? currency.asText() : null;
    }

    /** The titles of every risk of the project that links the issue. */
    List<String> titlesLinkedTo(String projectKey, String issueKey) {
        JsonNode page = send("GET", "projects/" + projectKey + "/risks?limit=500&issue=" + issueKey, null, 200);
        assertThat(page.path("total").asLong()).as("the risks linking %s fit on one page", issueKey).isLessThan(500);
        return StreamSupport.stream(page.path("items").spliterator(), false).map(r -> r.path("title").asText())
                .toList();
    }

    /** The titles of the first page of the project's list in the given order, as the list API sorts it. */
    java.util.List<String> titles(String projectKey, String sort, String order, int limit) {
        JsonNode items = send("GET", "projects/" + projectKey + "/risks?sort=" + sort + "&order=" + order
                + "&limit=" + limit, null, 200).path("items");
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.path("title").asText()).toList();
    }

    JsonNode risk(long id) {
        return send("GET", "risks/" + id, null, 200);
    }

    /** Saves the risk as read, with one field changed: what another person's client does. */
    JsonNode change(long id, String field, String value) {
        ObjectNode body = risk(id).deepCopy();
        body.put(field, value);
        return send("PUT", "risks/" + id, body, 200);
    }

    /** The project's scoring settings, as stored. */
    ScoringSettings settings(String projectKey) {
        JsonNode json = send("GET", settingsOf(projectKey), null, 200);
        return new ScoringSettings(json.path("scale").asInt(), json.path("mediumFrom").asInt(),
                json.path("highFrom").asInt(), json.path("criticalFrom").asInt());
    }

    /** Stores the settings over whatever version is stored; fails the test unless the API accepted them. */
    void saveSettings(String projectKey, ScoringSettings settings) {
        int version = send("GET", settingsOf(projectKey), null, 200).path("version").asInt();
        send("PUT", settingsOf(projectKey), Map.of("scale", settings.scale(), "mediumFrom", settings.mediumFrom(),
                "highFrom", settings.highFrom(), "criticalFrom", settings.criticalFrom(), "version", version), 200);
    }

    /** How many of the project's risks rate probability or impact, inherent or residual, above {@code level}. */
    long risksUsingLevelsAbove(String projectKey, int level) {
        JsonNode page = send("GET", "projects/" + projectKey + "/risks?limit=500", null, 200);
        assertThat(page.path("total").asLong()).as("all risks of %s fit on one page", projectKey).isLessThan(500);
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .filter(risk -> risk.path("probability").asInt() > level || risk.path("impact").asInt() > level
                        || risk.path("residualProbability").asInt() > level
                        || risk.path("residualImpact").asInt() > level)
                .count();
    }

    private static String settingsOf(String projectKey) {
        return "projects/" + projectKey + "/risk-settings";
    }

    private JsonNode send(String method, String path, Object body, int expectedStatus) {
        URI uri = restBase.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check");
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + uri, e);
        }
        assertThat(response.statusCode()).as("%s %s answered %s", method, uri, response.body())
                .isEqualTo(expectedStatus);
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError(method + " " + uri + " answered with a body that is not JSON: "
                    + response.body(), e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a request body", e);
        }
    }
}
