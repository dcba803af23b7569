package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.browser.pages.PortfolioPage;
import com.pmosuite.workbench.risk.PmoRestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.pmosuite.workbench.browser.BrowserSession.OUTPUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Portfolio page in Chromium on the shared demo workbench, read by alice (ALPHA, BETA, GAMMA; not DELTA), against
 * the real rollup endpoints: every figure the page shows is compared with what {@code GET …/rollup} answers alice.
 * The charts are drawn from the real {@code GET /portfolios/{id}/trend}.
 */
class PortfolioPageBrowserIT {
    private static final PmoRestClient ALICE = PmoRestClient.as("alice");
    private static final PmoRestClient PMO = PmoRestClient.as("pmo");

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void theDemoPortfolioShowsItsTreeWithTheApisRagChipsAndReasons() {
        browser.logInAs("alice");
        PortfolioPage page = PortfolioPage.openFromHeader(browser.driver()).choose("Digital Transformation");
        JsonNode rollup = rollupOf(demoPortfolioId());

        assertThat(page.state()).isEqualTo("ready");
        assertThat(page.headline()).isEqualTo("Digital Transformation");
        List<String> keys = new ArrayList<>(List.of(rollup.path("key").asText()));
        rollup.path("children").forEach(child -> keys.add(child.path("key").asText()));
        assertThat(page.rowKeys()).containsExactlyElementsOf(keys);
        List<JsonNode> nodes = new ArrayList<>(List.of(rollup));
        rollup.path("children").forEach(nodes::add);
        for (JsonNode node : nodes) {
            PortfolioPage.Row row = page.row(node.path("key").asText());
            String status = node.path("rag").path("status").asText();
            assertThat(row.rag()).as("RAG of %s", node.path("key")).isEqualTo(status);
            assertThat(row.ragWord()).as("the status in words, not only colour")
                    .isEqualTo(PmoText.of("pmo.rollup.rag." + status));
            List<String> reasons = texts(node.path("rag").path("reasons"));
            assertThat(row.reasons()).as("reasons of %s", node.path("key"))
                    .containsExactlyElementsOf(reasons.isEmpty() ? List.of(PmoText.of("pmo.rollup.rag.no.reasons"))
                            : reasons);
            assertThat(row.ragTooltip()).isEqualTo(reasons.isEmpty() ? PmoText.of("pmo.rollup.rag.no.reasons")
                    : String.join("\n", reasons));
        }
        assertThat(page.row(rollup.path("key").asText()).progressPercent())
                .isEqualTo(percent(rollup.path("progress").path(page.row(rollup.path("key").asText()).progressBasis())));
        assertThat(page.csvLink()).endsWith("/rest/pmo/1.0/portfolios/" + demoPortfolioId() + "/rollup.csv");
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/portfolio-page.png"));
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void theEvmTilesShowTheApisFiguresWithTheCurrencyAndNotDefinedForNull() {
        browser.logInAs("alice");
        PortfolioPage page = PortfolioPage.open(browser.driver(), browser.base(), demoPortfolioId());
        JsonNode evm = rollupOf(demoPortfolioId()).path("evm");
        String currency = evm.path("currency").isTextual() ? " " + evm.path("currency").asText() : "";

        for (String money : List.of("bac", "pv", "ev", "ac", "eac", "vac")) {
            if (evm.path(money).isNull()) {
                assertThat(page.tile(money)).as(money).isEqualTo(PmoText.of("pmo.rollup.undefined"));
            } else {
                assertThat(page.tile(money)).as(money).endsWith(currency);
                assertThat(digits(page.tile(money))).as(money).isEqualTo(digits(evm.path(money).asText()));
            }
        }
        for (String index : List.of("spi", "cpi")) {
            assertThat(page.tile(index)).as(index).isEqualTo(evm.path(index).isNull()
                    ? PmoText.of("pmo.rollup.undefined")
                    : new BigDecimal(evm.path(index).asText()).setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
    }

    @Test
    void expandingAProjectLoadsItsEpicsFromTheProjectRollup() {
        browser.logInAs("alice");
        PortfolioPage page = PortfolioPage.open(browser.driver(), browser.base(), demoPortfolioId());
        JsonNode rollup = rollupOf(demoPortfolioId());
        JsonNode program = find(rollup.path("children"), "program");
        page.row(program.path("key").asText()).expand();
        String alpha = "ALPHA";
        assertThat(page.rowKeys()).contains(alpha);

        page.row(alpha).expand();

        JsonNode epics = ALICE.get("projects/ALPHA/rollup?depth=1").json().path("children");
        assertThat(epics.size()).as("the demo gives ALPHA epics").isPositive();
        List<String> shown = page.rowKeys();
        int at = shown.indexOf(alpha);
        assertThat(shown.subList(at + 1, at + 1 + epics.size())).containsExactlyElementsOf(keysOf(epics));
        JsonNode epic = find(epics, "epic");
        assertThat(page.row(epic.path("key").asText()).name()).isEqualTo(epic.path("name").asText());
        assertThat(page.row(epic.path("key").asText()).rag()).isEqualTo(epic.path("rag").path("status").asText());
    }

    @Test
    void theDemoTrendIsDrawnAsAnSCurveAndABurnUpWithItsNotes() {
        browser.logInAs("alice");
        JsonNode trend = ALICE.get("portfolios/" + demoPortfolioId() + "/trend").json();
        assertThat(trend.path("snapshots").size()).as("--demo records today and makes up the weeks before").isPositive();

        PortfolioPage page = PortfolioPage.open(browser.driver(), browser.base(), demoPortfolioId());

        assertThat(page.chartsState()).isEqualTo("ready");
        assertThat(page.chartCaptions()).containsExactly(PmoText.of("pmo.portfolio.page.scurve"),
                PmoText.of("pmo.portfolio.page.burnup"));
        assertThat(page.trendNotes()).containsExactlyElementsOf(texts(trend.path("notes")));
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void aPortfolioWithoutSnapshotsSaysThereIsNoTrendYet() {
        // A portfolio with no project yet: nothing was ever recorded for it (a PMO admin sees it all the same).
        JsonNode portfolio = created(Map.of("name", "Not started " + UUID.randomUUID().toString().substring(0, 6)));
        try {
            JsonNode trend = PMO.get("portfolios/" + portfolio.path("id").asText() + "/trend").json();
            assertThat(trend.path("snapshots").size()).as("no snapshot for a portfolio without projects").isZero();
            browser.logInAs("pmo");

            PortfolioPage page = PortfolioPage.open(browser.driver(), browser.base(), portfolio.path("id").asLong());

            assertThat(page.chartsState()).isEqualTo("empty");
            assertThat(page.chartsText()).isEqualTo(PmoText.of("pmo.portfolio.page.trend.empty"));
        } finally {
            delete(portfolio);
        }
    }

    @Test
    void theHiddenProjectsNoticeSaysHowManyAliceMayNotSee() {
        JsonNode portfolio = created(Map.of("name", "With DELTA " + UUID.randomUUID().toString().substring(0, 6),
                "projects", List.of(Map.of("projectId", 10000), Map.of("projectId", 10003))));
        try {
            assertThat(rollupOf(portfolio.path("id").asLong()).path("hiddenProjects").asInt()).isEqualTo(1);
            browser.logInAs("alice");

            PortfolioPage page = PortfolioPage.open(browser.driver(), browser.base(), portfolio.path("id").asLong());

            assertThat(page.hiddenNotice()).hasValue(PmoText.of("pmo.rollup.hidden.one"));
            assertThat(page.rowKeys()).doesNotContain("DELTA");
        } finally {
            delete(portfolio);
        }
    }

    @Test
    void markupInPortfolioAndProgramNamesIsShownAsText() {
        String name = "<b>Bold</b> & <img src=x onerror=alert(1)> " + UUID.randomUUID().toString().substring(0, 6);
        String programName = "<i>Programme</i> <img src=y>";
        JsonNode portfolio = created(Map.of("name", name, "programs",
                List.of(Map.of("name", programName, "projects", List.of(Map.of("projectId", 10000))))));
        try {
            browser.logInAs("alice");
            PortfolioPage page = PortfolioPage.open(browser.driver(), browser.base(), portfolio.path("id").asLong());

            assertThat(page.portfolioChoices()).contains(name);
            assertThat(page.headline()).isEqualTo(name);
            JsonNode program = find(rollupOf(portfolio.path("id").asLong()).path("children"), "program");
            assertThat(page.row(program.path("key").asText()).name()).isEqualTo(programName);
            assertThat(page.injectedElements()).isZero();
            assertThat(browser.chromium().consoleErrors()).isEmpty();
        } finally {
            delete(portfolio);
        }
    }

    private static JsonNode rollupOf(long portfolioId) {
        PmoRestClient.Reply reply = ALICE.get("portfolios/" + portfolioId + "/rollup?depth=0");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode created(Map<String, Object> body) {
        PmoRestClient.Reply reply = PMO.post("portfolios", body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    private static void delete(JsonNode portfolio) {
        PMO.delete("portfolios/" + portfolio.path("id").asText() + "?version=" + portfolio.path("version").asText());
    }

    static long demoPortfolioId() {
        for (JsonNode p : ALICE.get("portfolios").json()) {
            if ("Digital Transformation".equals(p.path("name").asText())) {
                return p.path("id").asLong();
            }
        }
        throw new AssertionError("the demo portfolio is missing");
    }

    private static JsonNode find(JsonNode nodes, String level) {
        for (JsonNode node : nodes) {
            if (level.equals(node.path("level").asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + level + " in " + nodes);
    }

    private static List<String> keysOf(JsonNode nodes) {
        List<String> keys = new ArrayList<>();
        nodes.forEach(node -> keys.add(node.path("key").asText()));
        return keys;
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(item -> result.add(item.asText()));
        return result;
    }

    private static String percent(JsonNode fraction) {
        return new BigDecimal(fraction.asText()).movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9-]", "");
    }
}
