package com.pmosuite.workbench.portfoliorisk;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.risk.PmoRestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portfolio's heat map and risk totals over real HTTP on the demo workbench, checked against each project's own
 * heat map read at the same moment. The demo portfolio holds ALPHA, BETA, GAMMA and DELTA (all 5x5); alice may
 * browse the first three, bob none; pmo is a PMO admin.
 */
class PortfolioRiskEndpointsIT {
    private static final PmoRestClient PMO = PmoRestClient.as("pmo");
    private static final PmoRestClient ALICE = PmoRestClient.as("alice");
    private static final PmoRestClient BOB = PmoRestClient.as("bob");
    private static final PmoRestClient ANONYMOUS = PmoRestClient.anonymous();
    private static final long NO_SUCH_PORTFOLIO = 987_654_321L;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inherent", "residual"})
    void aPmoAdminSeesEveryProjectsRisksAddedUpCellByCell(String assessment) {
        JsonNode map = PMO.get(heatMapOf(demoPortfolio(), assessment)).json();

        assertThat(map.path("assessment").asText()).isEqualTo(assessment);
        assertThat(map.path("hiddenProjects").asInt()).isZero();
        assertThat(map.path("scales")).hasSize(1);
        JsonNode five = map.path("scales").get(0);
        assertThat(five.path("size").asInt()).isEqualTo(5);
        assertThat(five.path("projects").findValuesAsText("key")).containsExactly("ALPHA", "BETA", "GAMMA", "DELTA");
        assertThat(cellCounts(five)).isEqualTo(summedProjectMaps(assessment, "ALPHA", "BETA", "GAMMA", "DELTA"));
        assertThat(cellCounts(five).values().stream().mapToInt(Integer::intValue).sum()).isPositive();
    }

    @Test
    void aMemberSeesOnlyTheProjectsTheyMayBrowseAndHowManyAreHidden() {
        JsonNode map = ALICE.get(heatMapOf(demoPortfolio(), "inherent")).json();

        JsonNode five = map.path("scales").get(0);
        assertThat(map.path("hiddenProjects").asInt()).isEqualTo(1);
        assertThat(five.path("projects").findValuesAsText("key")).containsExactly("ALPHA", "BETA", "GAMMA");
        assertThat(map.toString()).doesNotContain("DELTA").doesNotContain("Data Warehouse");
        assertThat(cellCounts(five)).isEqualTo(summedProjectMaps("inherent", "ALPHA", "BETA", "GAMMA"));
    }

    @Test
    void eachCellCarriesItsScoreAndTheSeverityOfTheDefaultBands() {
        JsonNode five = PMO.get(heatMapOf(demoPortfolio(), "inherent")).json().path("scales").get(0);

        assertThat(five.path("cells")).hasSize(25);
        JsonNode top = five.path("cells").get(4);
        assertThat(top.path("probability").asInt()).isEqualTo(5);
        assertThat(top.path("impact").asInt()).isEqualTo(5);
        assertThat(top.path("score").asInt()).isEqualTo(25);
        assertThat(top.path("severity").asText()).isEqualTo("critical");
        assertThat(top.path("severities").get(0).asText()).isEqualTo("critical");
    }

    @Test
    void countsBySeverityAddUpToEveryCountedRisk() {
        JsonNode map = PMO.get(heatMapOf(demoPortfolio(), "inherent")).json();

        JsonNode bySeverity = map.path("bySeverity");
        int sum = bySeverity.path("low").asInt() + bySeverity.path("medium").asInt()
                + bySeverity.path("high").asInt() + bySeverity.path("critical").asInt();
        assertThat(sum).isEqualTo(cellCounts(map.path("scales").get(0)).values().stream()
                .mapToInt(Integer::intValue).sum());
    }

    @Test
    void theAssessmentDefaultsToInherentAndIgnoresCase() {
        long id = demoPortfolio();

        JsonNode byDefault = PMO.get("portfolios/" + id + "/risks/heatmap").json();
        JsonNode upper = PMO.get(heatMapOf(id, "RESIDUAL")).json();

        assertThat(byDefault.path("assessment").asText()).isEqualTo("inherent");
        assertThat(upper.path("assessment").asText()).isEqualTo("residual");
    }

    @Test
    void anUnknownAssessmentIsA400NamingTheParameter() {
        PmoRestClient.Reply reply = PMO.get(heatMapOf(demoPortfolio(), "worst-case"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("assessment");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heatmap", "totals"})
    void anOutsiderIsToldThePortfolioIsNotThereAsForAnUnknownOne(String what) {
        PmoRestClient.Reply invisible = BOB.get("portfolios/" + demoPortfolio() + "/risks/" + what);
        PmoRestClient.Reply missing = PMO.get("portfolios/" + NO_SUCH_PORTFOLIO + "/risks/" + what);
        PmoRestClient.Reply notAnId = PMO.get("portfolios/%D9%A4/risks/" + what);

        assertThat(invisible.status()).as("%s", invisible).isEqualTo(404);
        assertThat(missing.status()).as("%s", missing).isEqualTo(404);
        assertThat(notAnId.status()).as("%s", notAnId).isEqualTo(404);
        assertThat(invisible.body()).doesNotContain("ALPHA");
    }

    @Test
    void anOutsiderWithABadAssessmentStillLearnsNothing() {
        PmoRestClient.Reply reply = BOB.get(heatMapOf(demoPortfolio(), "worst-case"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heatmap", "totals"})
    void anAnonymousCallerMustLogIn(String what) {
        PmoRestClient.Reply reply = ANONYMOUS.get("portfolios/" + demoPortfolio() + "/risks/" + what);

        assertThat(reply.status()).as("%s", reply).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heatmap", "totals"})
    void aPmoAdminSeesAPortfolioWhoseProjectsNobodyElseMayBrowseAndAnEmptyOne(String what) {
        long empty = createdPortfolio(List.of());

        PmoRestClient.Reply reply = PMO.get("portfolios/" + empty + "/risks/" + what);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().path("hiddenProjects").asInt()).isZero();
        assertThat(ALICE.get("portfolios/" + empty + "/risks/" + what).status()).isEqualTo(404);
    }

    @Test
    void totalsCountEachVisibleProjectsLiveRisksBySeverity() {
        JsonNode totals = PMO.get("portfolios/" + demoPortfolio() + "/risks/totals").json();

        assertThat(totals.path("hiddenProjects").asInt()).isZero();
        assertThat(totals.path("projects").findValuesAsText("key")).containsExactly("ALPHA", "BETA", "GAMMA", "DELTA");
        int all = 0;
        for (JsonNode project : totals.path("projects")) {
            String key = project.path("key").asText();
            Map<String, Integer> bySeverity = severityCountsOfProjectMap(key);
            JsonNode own = project.path("bySeverity");
            for (String severity : List.of("low", "medium", "high", "critical")) {
                assertThat(own.path(severity).path("count").asInt()).as("%s %s", key, severity)
                        .isEqualTo(bySeverity.getOrDefault(severity, 0));
                assertThat(own.path(severity).path("expectedMonetaryValue").asText()).matches("-?\\d+\\.\\d{2}");
            }
            assertThat(project.path("count").asInt()).isEqualTo(bySeverity.values().stream()
                    .mapToInt(Integer::intValue).sum());
            assertThat(new BigDecimal(project.path("exposure").path("threats").asText())).isNotNegative();
            assertThat(new BigDecimal(project.path("exposure").path("opportunities").asText())).isNotNegative();
            all += project.path("count").asInt();
        }
        JsonNode bySeverity = totals.path("bySeverity");
        assertThat(bySeverity.path("low").asInt() + bySeverity.path("medium").asInt() + bySeverity.path("high").asInt()
                + bySeverity.path("critical").asInt()).isEqualTo(all).isPositive();
    }

    @Test
    void totalsHideTheProjectsAMemberMayNotBrowse() {
        JsonNode totals = ALICE.get("portfolios/" + demoPortfolio() + "/risks/totals").json();

        assertThat(totals.path("hiddenProjects").asInt()).isEqualTo(1);
        assertThat(totals.path("projects").findValuesAsText("key")).containsExactly("ALPHA", "BETA", "GAMMA");
        assertThat(totals.toString()).doesNotContain("DELTA");
    }

    @Test
    void aPortfolioOfOneHiddenAndOneVisibleProjectCountsOnlyTheVisibleOne() {
        long id = createdPortfolio(List.of(10000L, 10003L));

        JsonNode map = ALICE.get(heatMapOf(id, "inherent")).json();

        assertThat(map.path("hiddenProjects").asInt()).isEqualTo(1);
        assertThat(cellCounts(map.path("scales").get(0))).isEqualTo(summedProjectMaps("inherent", "ALPHA"));
    }

    static long demoPortfolio() {
        for (JsonNode portfolio : PMO.get("portfolios").json()) {
            if (portfolio.path("name").asText().equals("Digital Transformation")) {
                return portfolio.path("id").asLong();
            }
        }
        throw new AssertionError("the demo portfolio is missing");
    }

    static String heatMapOf(long id, String assessment) {
        return "portfolios/" + id + "/risks/heatmap?assessment=" + assessment;
    }

    private static long createdPortfolio(List<Long> projectIds) {
        List<Map<String, Object>> projects = new ArrayList<>();
        projectIds.forEach(id -> projects.add(Map.of("projectId", id)));
        PmoRestClient.Reply reply = PMO.post("portfolios", Map.of(
                "name", "Risks " + UUID.randomUUID().toString().substring(0, 8), "projects", projects));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().path("id").asLong();
    }

    /** "probability-impact" to count, for every cell of one scale. */
    private static Map<String, Integer> cellCounts(JsonNode scale) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode cell : scale.path("cells")) {
            counts.put(cell.path("probability").asInt() + "-" + cell.path("impact").asInt(),
                    cell.path("count").asInt());
        }
        return counts;
    }

    /** The projects' own heat maps (as the PMO admin reads them), added up cell by cell. */
    private static Map<String, Integer> summedProjectMaps(String assessment, String... keys) {
        Map<String, Integer> sum = new HashMap<>();
        for (String key : keys) {
            JsonNode map = PMO.get("projects/" + key + "/risks/heatmap").json();
            for (JsonNode cell : map.path(assessment)) {
                sum.merge(cell.path("probability").asInt() + "-" + cell.path("impact").asInt(),
                        cell.path("count").asInt(), Integer::sum);
            }
        }
        return sum;
    }

    private static Map<String, Integer> severityCountsOfProjectMap(String key) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode cell : PMO.get("projects/" + key + "/risks/heatmap").json().path("inherent")) {
            counts.merge(cell.path("severity").asText(), cell.path("count").asInt(), Integer::sum);
        }
        return counts;
    }
}
