package com.pmosuite.workbench.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pmosuite.workbench.risk.PmoRestClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Portfolio bodies and calls for HTTP tests on the shared demo workbench. The demo's projects: ALPHA (10000) and
 * BETA (10001) in category "Platform" (10100), GAMMA (10002) in "Customer" (10101), DELTA (10003) in "Data" (10102).
 * alice is a member of ALPHA and BETA, a viewer of GAMMA and has no role in DELTA; bob has no role anywhere; pmo is
 * a PMO admin; admin is a Jira administrator (and so a PMO admin). Every portfolio a test makes has a unique name.
 */
final class PortfolioCalls {
    static final long ALPHA = 10000;
    static final long BETA = 10001;
    static final long GAMMA = 10002;
    static final long DELTA = 10003;
    static final long DATA_CATEGORY = 10102;
    static final long NO_SUCH_PORTFOLIO = 987_654_321L;

    static final PmoRestClient ADMIN = PmoRestClient.as("admin");
    static final PmoRestClient PMO = PmoRestClient.as("pmo");
    static final PmoRestClient ALICE = PmoRestClient.as("alice");
    static final PmoRestClient BOB = PmoRestClient.as("bob");
    static final PmoRestClient ANONYMOUS = PmoRestClient.anonymous();

    private PortfolioCalls() {
    }

    static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A portfolio body: program "Platform" with ALPHA (own budget) and BETA, GAMMA directly, EUR defaults. */
    static Map<String, Object> body(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("description", "Made by a test");
        body.put("ownerKey", "pmo");
        body.put("colour", "#0052cc");
        body.put("defaults", plan(null, "EUR", "2026-01-05", "2026-12-18", "85.00"));
        body.put("programs", List.of(Map.of("name", "Platform", "ownerKey", "dave",
                "projects", List.of(Map.of("projectId", ALPHA, "plan", plan("240000.00", null, null, null, null)),
                        Map.of("projectId", BETA)))));
        body.put("projects", List.of(Map.of("projectId", GAMMA)));
        body.put("categoryIds", List.of());
        return body;
    }

    /** A portfolio of the given projects chosen directly, nothing else. */
    static Map<String, Object> bodyOf(String name, long... projectIds) {
        List<Map<String, Object>> projects = new ArrayList<>();
        for (long id : projectIds) {
            projects.add(Map.of("projectId", id));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("projects", projects);
        return body;
    }

    static Map<String, Object> atVersion(Map<String, Object> body, int version) {
        Map<String, Object> versioned = new LinkedHashMap<>(body);
        versioned.put("version", version);
        return versioned;
    }

    static Map<String, Object> plan(String bac, String currency, String start, String finish, String rate) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("budgetAtCompletion", bac);
        plan.put("currency", currency);
        plan.put("baselineStart", start);
        plan.put("baselineFinish", finish);
        plan.put("costRatePerHour", rate);
        return plan;
    }

    static String portfolio(long id) {
        return "portfolios/" + id;
    }

    static String historyOf(long id) {
        return "portfolios/" + id + "/history";
    }

    /** Creates a portfolio as the PMO admin and answers its JSON. */
    static JsonNode created(Map<String, Object> body) {
        PmoRestClient.Reply reply = PMO.post("portfolios", body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    /** A new portfolio of ALPHA, BETA and GAMMA, the projects alice may browse. */
    static long aPortfolio() {
        return created(body(uniqueName("Portfolio"))).path("id").asLong();
    }

    /** The portfolio as the PMO admin reads it now. */
    static JsonNode fetched(long id) {
        PmoRestClient.Reply reply = PMO.get(portfolio(id));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    /** What the PMO admin read, with one property changed: a PUT body that keeps everything else. */
    static JsonNode edited(JsonNode read, String field, String value) {
        return ((ObjectNode) read.deepCopy()).put(field, value);
    }
}
