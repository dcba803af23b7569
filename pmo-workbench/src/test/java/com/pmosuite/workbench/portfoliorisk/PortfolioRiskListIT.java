package com.pmosuite.workbench.portfoliorisk;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.risk.PmoRestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portfolio's risk list and summary over real HTTP on the demo workbench. Each run makes its own portfolio of
 * ALPHA (planning in USD), BETA (no currency anywhere) and DELTA (GBP): alice may browse ALPHA and BETA, not DELTA;
 * bob none; pmo is a PMO admin. Figures are checked against each project's own list and the portfolio's totals read
 * at the same moment, because other tests add risks to the demo projects.
 */
class PortfolioRiskListIT {
    private static final PmoRestClient PMO = PmoRestClient.as("pmo");
    private static final PmoRestClient ALICE = PmoRestClient.as("alice");
    private static final PmoRestClient BOB = PmoRestClient.as("bob");
    private static final PmoRestClient ANONYMOUS = PmoRestClient.anonymous();
    private static final long NO_SUCH_PORTFOLIO = 987_654_321L;
    private static final long ALPHA = 10000L;
    private static final long BETA = 10001L;
    private static final long DELTA = 10003L;

    private static long portfolio;

    @BeforeAll
    static void aPortfolioPlanningInTwoCurrenciesAndNone() {
        List<Map<String, Object>> projects = List.of(
                Map.of("projectId", ALPHA, "plan", plan("USD")),
                Map.of("projectId", BETA),
                Map.of("projectId", DELTA, "plan", plan("GBP")));
        PmoRestClient.Reply reply = PMO.post("portfolios", Map.of(
                "name", "Risk view " + UUID.randomUUID().toString().substring(0, 8), "projects", projects));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        portfolio = reply.json().path("id").asLong();
    }

    // ------------------------------------------------------------------------------------------ who sees what

    @Test
    void aPmoAdminListsEveryProjectsRisks() {
        JsonNode list = PMO.get(risks("limit=500")).json();

        assertThat(list.path("hiddenProjects").asInt()).isZero();
        assertThat(list.path("total").asLong()).isEqualTo(projectTotal(PMO, "ALPHA") + projectTotal(PMO, "BETA")
                + projectTotal(PMO, "DELTA"));
        assertThat(list.path("items").findValuesAsText("projectKey")).contains("ALPHA", "DELTA");
    }

    @Test
    void aMemberListsOnlyTheProjectsTheyMayBrowseAndLearnsHowManyAreHidden() {
        JsonNode list = ALICE.get(risks("limit=500")).json();

        assertThat(list.path("hiddenProjects").asInt()).isEqualTo(1);
        assertThat(list.path("total").asLong()).isEqualTo(projectTotal(ALICE, "ALPHA") + projectTotal(ALICE, "BETA"));
        assertThat(list.path("items").findValuesAsText("projectKey")).containsOnly("ALPHA", "BETA");
        // Field by field, not the whole text: another test's risk may name DELTA in its title.
        assertThat(list.findValuesAsText("projectName")).doesNotContain("Data Warehouse");
        assertThat(list.findValuesAsText("url")).noneMatch(url -> url.contains("DELTA"));
    }

    @Test
    void aMembersSummaryLeavesTheHiddenProjectOutOfEverySection() {
        JsonNode summary = ALICE.get(summary("top=50&overdue=50")).json();

        assertThat(summary.path("hiddenProjects").asInt()).isEqualTo(1);
        assertThat(summary.path("projects").findValuesAsText("key")).containsExactly("ALPHA", "BETA");
        // Field by field, not the whole text: another test's risk may name DELTA in its title.
        assertThat(summary.findValuesAsText("projectKey")).doesNotContain("DELTA");
        assertThat(summary.findValuesAsText("projectName")).doesNotContain("Data Warehouse");
        assertThat(summary.findValuesAsText("currency")).doesNotContain("GBP");
        assertThat(summary.path("totals").toString()).doesNotContain("\"DELTA\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"risks", "risks/summary"})
    void anOutsiderAndAnUnknownPortfolioBothAnswer404(String what) {
        PmoRestClient.Reply invisible = BOB.get("portfolios/" + portfolio + "/" + what);
        PmoRestClient.Reply missing = PMO.get("portfolios/" + NO_SUCH_PORTFOLIO + "/" + what);
        PmoRestClient.Reply notAnId = PMO.get("portfolios/%D9%A4/" + what);

        assertThat(invisible.status()).as("%s", invisible).isEqualTo(404);
        assertThat(missing.status()).as("%s", missing).isEqualTo(404);
        assertThat(notAnId.status()).as("%s", notAnId).isEqualTo(404);
        assertThat(invisible.body()).doesNotContain("ALPHA");
    }

    @Test
    void anOutsiderWithBadParametersStillLearnsNothing() {
        PmoRestClient.Reply reply = BOB.get("portfolios/" + portfolio + "/risks?sort=nonsense&limit=0");

        assertThat(reply.status()).as("%s", reply).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"risks", "risks/summary"})
    void anAnonymousCallerMustLogIn(String what) {
        PmoRestClient.Reply reply = ANONYMOUS.get("portfolios/" + portfolio + "/" + what);

        assertThat(reply.status()).as("%s", reply).isEqualTo(401);
    }

    @Test
    void aMemberCannotFilterOnTheHiddenProjectAndIsToldNothingAboutIt() {
        PmoRestClient.Reply hidden = ALICE.get(risks("project=DELTA"));
        PmoRestClient.Reply unknown = ALICE.get(risks("project=NOPE"));

        assertThat(hidden.status()).as("%s", hidden).isEqualTo(400);
        assertThat(hidden.errorFields()).containsExactly("project");
        assertThat(hidden.body()).isEqualTo(unknown.body().replace("NOPE", "DELTA"));
    }

    // ------------------------------------------------------------------------------------------ the list

    @Test
    void theListIsSortedByScoreHighestFirstByDefault() {
        List<Integer> scores = PMO.get(risks("limit=500")).json().path("items").findValues("score").stream()
                .map(JsonNode::asInt).toList();

        assertThat(scores).isNotEmpty().isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void theListSortsByTitleAcrossProjects() {
        List<String> titles = PMO.get(risks("sort=title&order=asc&limit=500")).json().path("items")
                .findValuesAsText("title").stream().map(title -> title.toLowerCase(Locale.ROOT)).toList();

        assertThat(titles).hasSizeGreaterThan(1).isSorted();
    }

    @Test
    void pagesOfTheListFitTogetherWithoutOverlap() {
        JsonNode all = PMO.get(risks("sort=title&order=asc&limit=500")).json().path("items");
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 7) {
            paged.addAll(ids(PMO.get(risks("sort=title&order=asc&limit=7&offset=" + offset)).json().path("items")));
        }

        assertThat(paged).containsExactlyElementsOf(ids(all));
    }

    @Test
    void aProjectFilterKeepsThatProjectsRisks() {
        JsonNode list = ALICE.get(risks("project=beta&limit=500")).json();

        assertThat(list.path("items").findValuesAsText("projectKey")).isNotEmpty().containsOnly("BETA");
        assertThat(list.path("total").asLong()).isEqualTo(projectTotal(ALICE, "BETA"));
    }

    @Test
    void aSeverityFilterKeepsRisksOfThatSeverityUnderTheirOwnProjectsBands() {
        JsonNode list = PMO.get(risks("severity=critical,high&limit=500")).json();

        assertThat(list.path("items").findValuesAsText("severity")).isNotEmpty().containsOnly("critical", "high");
        assertThat(list.path("total").asLong()).isEqualTo(
                projectTotal(PMO, "ALPHA", "severity=critical,high") + projectTotal(PMO, "BETA", "severity=critical,high")
                        + projectTotal(PMO, "DELTA", "severity=critical,high"));
    }

    @Test
    void statusAndOwnerFiltersCombine() {
        JsonNode list = PMO.get(risks("status=open&owner=alice&limit=500")).json();

        assertThat(list.path("items").findValuesAsText("status")).containsOnly("open");
        assertThat(list.path("items").findValuesAsText("ownerKey")).containsOnly("alice");
        assertThat(list.path("total").asLong()).isEqualTo(projectTotal(PMO, "ALPHA", "status=open&owner=alice")
                + projectTotal(PMO, "BETA", "status=open&owner=alice") + projectTotal(PMO, "DELTA", "status=open&owner=alice"));
    }

    @Test
    void eachRowLinksToItsRiskInItsProjectsRegister() {
        JsonNode row = PMO.get(risks("limit=1")).json().path("items").get(0);

        assertThat(row.path("url").asText()).startsWith("/projects/" + row.path("projectKey").asText()
                + "?selectedItem=").endsWith("&risk=" + row.path("id").asLong());
        assertThat(row.path("projectName").asText()).isNotBlank();
    }

    @Test
    void eachRowCarriesItsProjectsPlanCurrency() {
        JsonNode items = PMO.get(risks("limit=500")).json().path("items");

        for (JsonNode row : items) {
            String expected = switch (row.path("projectKey").asText()) {
                case "ALPHA" -> "USD";
                case "DELTA" -> "GBP";
                default -> null;
            };
            assertThat(row.path("currency").isNull() ? null : row.path("currency").asText())
                    .as("%s", row.path("projectKey")).isEqualTo(expected);
        }
    }

    // ------------------------------------------------------------------------------------------ overdue and top

    @Test
    void aRiskWhoseReviewHasPassedIsListedAsOverdueAndOnlyLiveOnesAre() {
        JsonNode late = createdRisk("ALPHA", Map.of("nextReviewDate", LocalDate.now().minusDays(40).toString()));
        createdRisk("ALPHA", Map.of("nextReviewDate", LocalDate.now().minusDays(40).toString(), "status", "closed"));

        JsonNode overdue = PMO.get(risks("overdue=true&limit=500")).json();
        JsonNode summary = PMO.get(summary("overdue=50")).json().path("overdue");

        assertThat(ids(overdue.path("items"))).contains(late.path("id").asText());
        assertThat(overdue.path("items").findValuesAsText("status")).doesNotContain("closed", "occurred");
        assertThat(overdue.path("items").findValues("reviewOverdue")).allMatch(JsonNode::asBoolean);
        assertThat(summary.path("total").asLong()).isEqualTo(overdue.path("total").asLong());
        List<String> dates = summary.path("items").findValuesAsText("nextReviewDate");
        assertThat(dates).isSorted().allMatch(date -> LocalDate.parse(date).isBefore(LocalDate.now().plusDays(1)));
    }

    @Test
    void topRisksAreLiveAndHighestScoredFirst() {
        JsonNode top = PMO.get(summary("top=5")).json().path("top");
        JsonNode live = PMO.get(risks("status=open,responding,monitoring&limit=5")).json().path("items");

        assertThat(top).hasSizeLessThanOrEqualTo(5);
        assertThat(ids(top)).containsExactlyElementsOf(ids(live));
        assertThat(top.findValues("score").stream().map(JsonNode::asInt).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    // ------------------------------------------------------------------------------------------ money

    @Test
    void emvIsTotalledPerCurrencyWithProjectsWithoutOneApart() {
        JsonNode summary = PMO.get(summary("")).json();
        Map<String, JsonNode> byCurrency = totalsByCurrency(summary);
        JsonNode exposure = PMO.get("portfolios/" + portfolio + "/risks/totals").json();

        assertThat(summary.path("totals")).hasSize(3);
        assertThat(summary.path("totals").get(0).path("currency").asText()).isEqualTo("GBP");
        assertThat(summary.path("totals").get(1).path("currency").asText()).isEqualTo("USD");
        assertThat(summary.path("totals").get(2).path("currency").isNull()).as("no currency, last").isTrue();
        assertThat(texts(byCurrency.get("USD").path("projects"))).containsExactly("ALPHA");
        assertThat(texts(byCurrency.get("GBP").path("projects"))).containsExactly("DELTA");
        assertThat(texts(byCurrency.get(null).path("projects"))).containsExactly("BETA");
        for (Map.Entry<String, String> project : Map.of("USD", "ALPHA", "GBP", "DELTA", "none", "BETA").entrySet()) {
            JsonNode total = byCurrency.get(project.getKey().equals("none") ? null : project.getKey());
            JsonNode stake = exposureOf(exposure, project.getValue());
            assertThat(new BigDecimal(total.path("threats").asText()))
                    .isEqualByComparingTo(stake.path("threats").asText());
            assertThat(new BigDecimal(total.path("opportunities").asText()))
                    .isEqualByComparingTo(stake.path("opportunities").asText());
            assertThat(new BigDecimal(total.path("net").asText())).isEqualByComparingTo(
                    new BigDecimal(stake.path("opportunities").asText()).subtract(new BigDecimal(
                            stake.path("threats").asText())));
        }
    }

    @Test
    void aNewThreatMovesOnlyItsOwnCurrencysTotal() {
        Map<String, JsonNode> before = totalsByCurrency(PMO.get(summary("")).json());

        // Probability 3 of 5 stands for 50%: EMV 500.00.
        createdRisk("ALPHA", Map.of("costImpact", "1000.00"));

        Map<String, JsonNode> after = totalsByCurrency(PMO.get(summary("")).json());
        assertThat(new BigDecimal(after.get("USD").path("threats").asText())
                .subtract(new BigDecimal(before.get("USD").path("threats").asText())))
                .isEqualByComparingTo("500.00");
        assertThat(after.get("GBP")).isEqualTo(before.get("GBP"));
        assertThat(after.get(null)).isEqualTo(before.get(null));
    }

    // ------------------------------------------------------------------------------------------ bad parameters

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "sort, nonsense",
            "order, sideways",
            "offset, -1",
            "offset, 99999999999",
            "offset, ٣",
            "limit, 0",
            "limit, 501",
            "severity, awful",
            "status, pending",
            "overdue, maybe",
            "project, NOPE"
    })
    void aBadListParameterIsA400NamingIt(String name, String value) {
        PmoRestClient.Reply reply = PMO.get(risks(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"project", "status", "severity"})
    void moreThanAHundredValuesOfAListParameterAreRefused(String name) {
        String many = String.join("&", java.util.Collections.nCopies(101, name + "=open"));

        PmoRestClient.Reply reply = PMO.get(risks(many));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"owner", "project", "sort"})
    void aValueLongerThan255CharactersIsRefused(String name) {
        PmoRestClient.Reply reply = PMO.get(risks(name + "=" + "A".repeat(256)));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(name);
    }

    @Test
    void everyBadParameterIsReportedAtOnce() {
        PmoRestClient.Reply reply = PMO.get(risks("sort=x&order=y&limit=0&offset=-1&overdue=z"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactlyInAnyOrder("sort", "order", "limit", "offset", "overdue");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"top, 0", "top, 51", "overdue, 51", "overdue, ten", "top, 99999999999"})
    void aSummarySectionOutsideOneToFiftyIsA400(String name, String value) {
        PmoRestClient.Reply reply = PMO.get(summary(name + "=" + value));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(name);
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        assertThat(PMO.get(risks("limit=500&offset=0")).status()).isEqualTo(200);
        assertThat(PMO.get(risks("limit=1&offset=2147483647")).status()).isEqualTo(200);
        assertThat(PMO.get(summary("top=50&overdue=1")).status()).isEqualTo(200);
        assertThat(PMO.get(risks("owner=" + "a".repeat(255))).json().path("total").asLong()).isZero();
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static String risks(String query) {
        return "portfolios/" + portfolio + "/risks" + (query.isEmpty() ? "" : "?" + query);
    }

    private static String summary(String query) {
        return "portfolios/" + portfolio + "/risks/summary" + (query.isEmpty() ? "" : "?" + query);
    }

    private static long projectTotal(PmoRestClient client, String key) {
        return projectTotal(client, key, "");
    }

    private static long projectTotal(PmoRestClient client, String key, String query) {
        PmoRestClient.Reply reply = client.get("projects/" + key + "/risks?limit=1" + (query.isEmpty() ? "" : "&" + query));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json().path("total").asLong();
    }

    private static Map<String, Object> plan(String currency) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("currency", currency);
        return plan;
    }

    private static JsonNode createdRisk(String project, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Portfolio view " + UUID.randomUUID().toString().substring(0, 8));
        body.put("kind", "threat");
        body.put("probability", 3);
        body.put("impact", 3);
        body.putAll(extra);
        PmoRestClient.Reply reply = PMO.post("projects/" + project + "/risks", body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static Map<String, JsonNode> totalsByCurrency(JsonNode summary) {
        Map<String, JsonNode> totals = new HashMap<>();
        for (JsonNode total : summary.path("totals")) {
            totals.put(total.path("currency").isNull() ? null : total.path("currency").asText(), total);
        }
        return totals;
    }

    private static JsonNode exposureOf(JsonNode totals, String key) {
        for (JsonNode project : totals.path("projects")) {
            if (project.path("key").asText().equals(key)) {
                return project.path("exposure");
            }
        }
        throw new AssertionError("no totals for " + key);
    }
}
