package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.risk.PmoRestClient;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Standards, sets and portfolios a compliance browser test makes through the REST API as the PMO admin, removed
 * again (sets before the standards they list) when the test closes it, so the shared workbench's other tests never
 * see them. Demo projects: ALPHA 10000, BETA 10001, GAMMA 10002, DELTA 10003 (alice may not browse DELTA).
 */
final class ComplianceFixtures implements AutoCloseable {
    static final long ALPHA = 10000;
    static final long BETA = 10001;
    static final long DELTA = 10003;
    static final PmoRestClient PMO = PmoRestClient.as("pmo");

    private final Deque<String> made = new ArrayDeque<>();

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A standard whose condition flags every unresolved issue of a project it applies to. */
    JsonNode standardFlaggingEveryOpenIssue(String name, String rationale, String severity) {
        return standard(name, rationale, severity, condition("STATUS_CATEGORY", "IS_NOT_EMPTY", null));
    }

    /** A standard no issue breaks (none has fewer than -1 story points). */
    JsonNode standardNoIssueBreaks(String name) {
        return standard(name, "Made by a browser test", "MINOR", condition("STORY_POINTS", "LESS_THAN", "-1"));
    }

    private JsonNode standard(String name, String rationale, String severity, Map<String, Object> check) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("rationale", rationale);
        body.put("severity", severity);
        body.put("weight", 10);
        body.put("enabled", true);
        body.put("check", check);
        return created("compliance/standards", body);
    }

    private static Map<String, Object> condition(String field, String operator, String value) {
        Map<String, Object> clause = new LinkedHashMap<>();
        clause.put("type", "clause");
        clause.put("field", field);
        clause.put("operator", operator);
        if (value != null) {
            clause.put("value", value);
        }
        return Map.of("type", "condition", "rule", clause);
    }

    /** A set of these standards for these projects. */
    JsonNode setForProjects(List<JsonNode> standards, List<Long> projectIds) {
        return set(standards, List.of(), projectIds);
    }

    /** A set of these standards for the projects of these portfolios. */
    JsonNode setForPortfolio(List<JsonNode> standards, long portfolioId) {
        return set(standards, List.of(portfolioId), List.of());
    }

    private JsonNode set(List<JsonNode> standards, List<Long> portfolioIds, List<Long> projectIds) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("portfolioIds", portfolioIds);
        scope.put("categoryIds", List.of());
        scope.put("projectIds", projectIds);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", unique("Browser test set"));
        body.put("description", "Made by a browser test");
        body.put("standardIds", standards.stream().map(s -> s.path("id").asLong()).toList());
        body.put("scope", scope);
        return created("compliance/sets", body);
    }

    JsonNode portfolio(String name, long... projectIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("projects", java.util.Arrays.stream(projectIds).mapToObj(id -> Map.of("projectId", id)).toList());
        return created("portfolios", body);
    }

    /** Scans one project now, recording the result, as the PMO admin. */
    static JsonNode scanProject(String key) {
        PmoRestClient.Reply reply = PMO.post("projects/" + key + "/compliance/scan", null);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    static JsonNode scanPortfolio(long id) {
        PmoRestClient.Reply reply = PMO.post("portfolios/" + id + "/compliance/scan", null);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    /** The project's latest result as {@code user} reads it. */
    static JsonNode resultAs(String user, String key) {
        PmoRestClient.Reply reply = PmoRestClient.as(user).get("projects/" + key + "/compliance");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    static JsonNode portfolioResultAs(String user, long id) {
        PmoRestClient.Reply reply = PmoRestClient.as(user).get("portfolios/" + id + "/compliance");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    /** The violation of one standard in a result. */
    static JsonNode violationOf(JsonNode result, long standardId) {
        for (JsonNode violation : result.path("violations")) {
            if (violation.path("standard").path("id").asLong() == standardId) {
                return violation;
            }
        }
        throw new AssertionError("no violation of standard " + standardId + " in " + result);
    }

    private JsonNode created(String path, Map<String, Object> body) {
        PmoRestClient.Reply reply = PMO.post(path, body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        JsonNode json = reply.json();
        made.push(path + "/" + json.path("id").asText());
        return json;
    }

    @Override
    public void close() {
        while (!made.isEmpty()) {
            String path = made.pop();
            JsonNode current = PMO.get(path).json();
            PMO.delete(path + "?version=" + current.path("version").asText());
        }
    }
}
