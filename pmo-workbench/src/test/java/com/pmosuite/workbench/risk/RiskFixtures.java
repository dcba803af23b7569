package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data the risk tests rely on (see {@code DemoPortfolio}) and short ways to set up state through the API
 * itself, so that every test reads as "given these risks, when ..., then ...".
 */
final class RiskFixtures {
    /** alice is a member (browse + edit) of ALPHA and BETA. */
    static final String ALPHA = "ALPHA";
    static final String BETA = "BETA";
    /** alice is a viewer (browse only) of GAMMA. */
    static final String GAMMA = "GAMMA";
    /** alice has no role in DELTA. */
    static final String DELTA = "DELTA";
    /** No project has this key. */
    static final String NO_SUCH_PROJECT = "NOSUCHPROJECT";
    /** No risk will have this id while the tests run. */
    static final long NO_SUCH_RISK = 2_000_000_000L;

    /** Jira administrator and PMO admin: may do everything everywhere. */
    static final PmoRestClient ADMIN = PmoRestClient.as("admin");
    /** Member of ALPHA and BETA, viewer of GAMMA, nothing in DELTA; administers no project. */
    static final PmoRestClient ALICE = PmoRestClient.as("alice");
    /** Has no role in any project. */
    static final PmoRestClient BOB = PmoRestClient.as("bob");
    static final PmoRestClient ANONYMOUS = PmoRestClient.anonymous();

    private RiskFixtures() {
    }

    static String risksOf(String projectKey) {
        return "projects/" + projectKey + "/risks";
    }

    static String risk(long id) {
        return "risks/" + id;
    }

    static String historyOf(long id) {
        return "risks/" + id + "/history";
    }

    /** Creates a risk as {@code client} and returns its JSON; fails the test unless it was created. */
    static JsonNode created(PmoRestClient client, String projectKey, RiskBody body) {
        PmoRestClient.Reply reply = client.post(risksOf(projectKey), body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    /** A fresh threat in the project, created by admin. */
    static JsonNode aRiskIn(String projectKey) {
        return created(ADMIN, projectKey, RiskBody.threat("Fixture risk"));
    }

    static JsonNode fetched(long id) {
        PmoRestClient.Reply reply = ADMIN.get(risk(id));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    /** The body a client sends to save {@code risk} with one field changed: what it read, edited. */
    static ObjectNode edited(JsonNode risk, String field, String value) {
        ObjectNode body = risk.deepCopy();
        body.put(field, value);
        return body;
    }

    /** Every risk of the project in one page, in the given list's order. */
    static List<JsonNode> allRisks(String projectKey, String query) {
        PmoRestClient.Reply reply = ADMIN.get(risksOf(projectKey) + "?limit=500" + (query.isEmpty() ? "" : "&" + query));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().path("total").asLong()).as("all risks fit on one page").isLessThan(500);
        List<JsonNode> items = new ArrayList<>();
        reply.json().path("items").forEach(items::add);
        return items;
    }

    /** How many risks the project has, by the list's total. */
    static long riskCount(String projectKey) {
        PmoRestClient.Reply reply = ADMIN.get(risksOf(projectKey) + "?limit=1");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json().path("total").asLong();
    }

    /** A project's scale and severity thresholds, as the API reports them. */
    record Scoring(int scale, int mediumFrom, int highFrom, int criticalFrom) {
        /** The severity the API must give a score, by the thresholds: each is the inclusive lower bound. */
        String severityOf(int score) {
            return score >= criticalFrom ? "critical" : score >= highFrom ? "high"
                    : score >= mediumFrom ? "medium" : "low";
        }

        /**
         * Expected monetary value: cost x the midpoint probability of the level, (2 x level - 1) / (2 x scale),
         * rounded half up to cents; negative for a threat.
         */
        BigDecimal expectedMonetaryValue(String kind, String cost, int probability) {
            BigDecimal value = new BigDecimal(cost).multiply(BigDecimal.valueOf(2L * probability - 1))
                    .divide(BigDecimal.valueOf(2L * scale), 2, RoundingMode.HALF_UP);
            return kind.equals("threat") ? value.negate() : value;
        }
    }

    static Scoring scoringOf(String projectKey) {
        PmoRestClient.Reply reply = ADMIN.get("projects/" + projectKey + "/risk-settings");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode json = reply.json();
        return new Scoring(json.path("scale").asInt(), json.path("mediumFrom").asInt(), json.path("highFrom").asInt(),
                json.path("criticalFrom").asInt());
    }

    static List<Long> idsOf(List<JsonNode> risks) {
        return risks.stream().map(r -> r.path("id").asLong()).toList();
    }

    static long idOf(JsonNode risk) {
        return risk.path("id").asLong();
    }

    static List<String> titlesIn(String projectKey) {
        return allRisks(projectKey, "").stream().map(r -> r.path("title").asText()).toList();
    }
}
