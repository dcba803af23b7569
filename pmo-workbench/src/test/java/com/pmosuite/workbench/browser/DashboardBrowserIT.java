package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.browser.pages.DashboardPage;
import com.pmosuite.workbench.browser.pages.DashboardPage.DashboardItem;
import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.dashboard.DashboardApi;
import com.pmosuite.workbench.risk.PmoRestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.pmosuite.workbench.browser.BrowserSession.OUTPUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's dashboard with the plugin's dashboard items, in Chromium on the shared demo workbench. alice and
 * bob are the users here (no other test touches their dashboards); each test starts from an empty dashboard.
 */
class DashboardBrowserIT {
    /** alice is a member of ALPHA; bob browses no project. */
    private static final String ALPHA = "ALPHA";
    /** The demo's portfolio: ALPHA, BETA and GAMMA, which alice may browse, and DELTA, which she may not. */
    private static final String DEMO_PORTFOLIO = "Digital Transformation";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @BeforeEach
    void startLoggedOutWithEmptyDashboards() {
        DashboardApi.as(browser.base(), "alice").empty();
        DashboardApi.as(browser.base(), "bob").empty();
    }

    @Test
    void aUserAddsTheHeatMapPicksAProjectAndSeesTheCountsTheRestApiGives() {
        browser.logInAs("alice");
        DashboardPage dashboard = DashboardPage.openFromHeader(browser.driver());
        assertThat(dashboard.offeredGadgets()).contains(PmoText.of("pmo.dashboard.heatmap.title"),
                PmoText.of("pmo.dashboard.health.title"));
        assertThat(dashboard.waitForDrawnThumbnails()).isEqualTo(3);

        DashboardItem item = dashboard.addGadget(DashboardApi.HEAT_MAP).waitForEdit();
        assertThat(item.projectChoices()).as("only the projects alice may browse")
                .contains("Apollo Platform (ALPHA)", "Billing Revamp (BETA)", "Customer Portal (GAMMA)")
                .noneMatch(choice -> choice.contains("DELTA"));
        item.chooseProject(ALPHA).save();

        assertThat(item.title()).isEqualTo(titled("pmo.dashboard.heatmap.title.project", "Apollo Platform"));
        assertThat(item.assessment()).isEqualTo("inherent");
        JsonNode heatMap = heatMapAs("alice", ALPHA);
        assertThat(heatMap.path("inherent").size()).isEqualTo(25);
        long total = 0;
        for (JsonNode cell : heatMap.path("inherent")) {
            int p = cell.path("probability").asInt();
            int i = cell.path("impact").asInt();
            assertThat(item.cellCount(p, i)).as("cell %d x %d", p, i).isEqualTo(cell.path("count").asInt());
            assertThat(item.cellSeverity(p, i)).as("severity of %d x %d", p, i)
                    .isEqualTo(cell.path("severity").asText());
            total += cell.path("count").asLong();
        }
        assertThat(total).as("the demo seeds risks in ALPHA").isPositive();
        assertThat(item.state()).isEqualTo("ready");
        assertThat(item.registerLink()).isEqualTo("/projects/ALPHA?selectedItem="
                + "com.pmosuite.pmo-plugin%3Arisk-register-sidebar-link");
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/dashboard-heat-map.png"));
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void theSavedPreferenceIsThereAfterAReload() {
        browser.logInAs("alice");
        DashboardItem item = DashboardPage.open(browser.driver(), browser.base()).addGadget(DashboardApi.HEAT_MAP)
                .waitForEdit();
        item.chooseProject(ALPHA).chooseAssessment("residual").tickRefresh().save();

        DashboardItem reloaded = DashboardPage.open(browser.driver(), browser.base()).item(item.id()).waitForView();

        assertThat(reloaded.title()).isEqualTo(titled("pmo.dashboard.heatmap.title.project", "Apollo Platform"));
        assertThat(reloaded.assessment()).isEqualTo("residual");
        JsonNode cell = heatMapAs("alice", ALPHA).path("residual").get(0);
        assertThat(reloaded.cellCount(cell.path("probability").asInt(), cell.path("impact").asInt()))
                .isEqualTo(cell.path("count").asInt());
        JsonNode saved = DashboardApi.as(browser.base(), "alice").items().get(0).path("preferences");
        assertThat(saved.path("project").asText()).isEqualTo(ALPHA);
        assertThat(saved.path("refresh").asText()).as("Jira's refresh field value when ticked").isEqualTo("15");
        assertThat(reloaded.edit().chosenProject()).as("the form shows the saved project").isEqualTo(ALPHA);
    }

    @Test
    void aUserWhoCannotBrowseTheChosenProjectSeesTheNoPermissionStateAndNoCounts() {
        DashboardApi bob = DashboardApi.as(browser.base(), "bob");
        long id = bob.add(DashboardApi.HEAT_MAP);
        // Preferences are the user's own input; bob names a project he may not browse.
        bob.savePreferences(id, Map.of("scope", "project", "project", ALPHA));
        browser.logInAs("bob");

        DashboardItem item = DashboardPage.open(browser.driver(), browser.base()).item(id).waitForView();

        assertThat(item.state()).isEqualTo("no-permission");
        assertThat(item.message()).hasValue(titled("pmo.dashboard.heatmap.no.permission", ALPHA));
        assertThat(browser.driver().findElements(By.cssSelector("#gadget-" + id + " td[data-count]"))).isEmpty();
        assertThat(item.title()).as("the project's name is not revealed").isEqualTo(
                PmoText.of("pmo.dashboard.heatmap.title"));
    }

    @Test
    void textFromThePreferencesIsShownAsTextNeverAsMarkup() {
        DashboardApi alice = DashboardApi.as(browser.base(), "alice");
        long id = alice.add(DashboardApi.HEAT_MAP);
        String markup = "<img src=x onerror=\"window.pmoInjected=1\">";
        alice.savePreferences(id, Map.of("project", markup));
        browser.logInAs("alice");

        DashboardItem item = DashboardPage.open(browser.driver(), browser.base()).item(id).waitForView();

        assertThat(item.message()).hasValueSatisfying(text -> assertThat(text).contains(markup));
        assertThat(browser.driver().findElements(By.cssSelector("#gadget-" + id + " img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.pmoInjected === undefined;"))
                .isEqualTo(true);
    }

    /**
     * The demo's project names hold no markup, and Jira allows it in names, so Jira's project API is answered in
     * the browser with one whose name is markup; the heat map itself still comes from the plugin's REST API.
     */
    @Test
    void projectNamesAreShownAsTextInThePickerAndTheTitle() {
        String name = "<img src=x onerror=\"window.pmoInjected=1\"> R&D \"Labs\"";
        String project = DashboardApi.write(Map.of("self", "x", "id", "10000", "key", ALPHA, "name", name));
        String stub = "(function () {\n  const one = " + project + ";\n"
                + "  const realFetch = window.fetch;\n"
                + "  function json(body) {\n"
                + "    return Promise.resolve(new Response(JSON.stringify(body),"
                + " {status: 200, headers: {'Content-Type': 'application/json'}}));\n  }\n"
                + "  window.fetch = function (url, init) {\n"
                + "    if (String(url).endsWith('/rest/api/2/project')) { return json([one]); }\n"
                + "    if (String(url).endsWith('/rest/api/2/project/ALPHA')) { return json(one); }\n"
                + "    return realFetch.apply(this, arguments);\n  };\n})();";
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        Map<String, Object> added = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", stub));
        try {
            browser.logInAs("alice");
            DashboardItem item = DashboardPage.open(browser.driver(), browser.base()).addGadget(DashboardApi.HEAT_MAP)
                    .waitForEdit();
            assertThat(item.projectChoices()).contains(name + " (ALPHA)");

            item.chooseProject(ALPHA).save();

            assertThat(item.title()).isEqualTo(titled("pmo.dashboard.heatmap.title.project", name));
            assertThat(browser.driver().findElements(By.cssSelector("#gadget-" + item.id() + " img"))).isEmpty();
            assertThat(((JavascriptExecutor) browser.driver())
                    .executeScript("return window.pmoInjected === undefined;"))
                    .isEqualTo(true);
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        browser.driver().get(browser.base().resolve(DashboardPage.PATH).toString());

        assertThat(browser.driver().getCurrentUrl()).contains("/login.jsp?os_destination=");
    }

    @Test
    void portfolioHealthShowsTheRagIndicesProgressAndReasonsTheRollupApiGives() {
        long demo = demoPortfolio();
        browser.logInAs("alice");
        DashboardItem item = DashboardPage.open(browser.driver(), browser.base()).addGadget(DashboardApi.HEALTH)
                .waitForEdit();
        assertThat(item.portfolioChoices()).as("the portfolios alice may see").contains(DEMO_PORTFOLIO);

        item.choosePortfolio(demo).save();

        JsonNode root = rollupAs("alice", demo);
        assertThat(item.state()).isEqualTo("ready");
        assertThat(item.title()).isEqualTo(titled("pmo.dashboard.health.title.portfolio", DEMO_PORTFOLIO));
        String status = root.path("rag").path("status").asText();
        assertThat(status).isIn("green", "amber", "red", "grey");
        assertThat(item.rag()).isEqualTo(status);
        assertThat(item.index("spi")).isEqualTo(twoPlaces(root.path("evm").path("spi")));
        assertThat(item.index("cpi")).isEqualTo(twoPlaces(root.path("evm").path("cpi")));
        String basis = List.of("byPoints", "byTime", "byCount").stream()
                .filter(name -> !root.path("progress").path(name).isNull()).findFirst().orElse("none");
        assertThat(item.progressBasis()).isEqualTo(basis);
        if (!basis.equals("none")) {
            assertThat(item.progressPercent()).isEqualTo(new BigDecimal(root.path("progress").path(basis).asText())
                    .movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString());
        }
        assertThat(item.reasons()).isEqualTo(topReasons(root)).isNotEmpty();
        List<String> children = new ArrayList<>();
        root.path("children").forEach(child -> children.add(child.path("key").asText() + "="
                + child.path("rag").path("status").asText()));
        assertThat(item.childRags()).isEqualTo(children).isNotEmpty();
        assertThat(root.path("hiddenProjects").asInt()).as("DELTA").isEqualTo(1);
        assertThat(item.hiddenNote()).isEqualTo(PmoText.of("pmo.dashboard.health.hidden.one"));
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/dashboard-portfolio-health.png"));
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void portfolioHealthOfAPortfolioTheUserMayNotSeeIsNotAvailable() {
        long demo = demoPortfolio();
        DashboardApi bob = DashboardApi.as(browser.base(), "bob");
        long id = bob.add(DashboardApi.HEALTH);
        bob.savePreferences(id, Map.of("portfolio", String.valueOf(demo)));
        browser.logInAs("bob");

        DashboardItem item = DashboardPage.open(browser.driver(), browser.base()).item(id).waitForView();

        assertThat(item.state()).isEqualTo("unavailable");
        assertThat(item.message()).hasValue(titled("pmo.dashboard.health.unavailable", String.valueOf(demo)));
        assertThat(item.title()).isEqualTo(PmoText.of("pmo.dashboard.health.title"));
    }

    @Test
    void thePortfolioPickerOffersOnlyPortfoliosTheUserMaySee() {
        browser.logInAs("bob");

        DashboardItem item = DashboardPage.open(browser.driver(), browser.base()).addGadget(DashboardApi.HEALTH)
                .waitForEdit();

        assertThat(item.portfolioChoices()).isEmpty();
        assertThat(item.message()).hasValue(PmoText.of("pmo.dashboard.health.no.portfolios"));
    }

    @Test
    void aUserAddsTheHeatMapForThePortfolioAndSeesEveryCellTheRestApiGivesThemWithTheHiddenNotice() {
        long demo = demoPortfolio();
        browser.logInAs("alice");
        DashboardItem item = DashboardPage.open(browser.driver(), browser.base()).addGadget(DashboardApi.HEAT_MAP)
                .waitForEdit();
        assertThat(item.portfolioPickerShown()).as("project scope first").isFalse();

        item.chooseScope("portfolio");
        assertThat(item.portfolioPickerShown()).isTrue();
        assertThat(item.portfolioChoices()).contains(DEMO_PORTFOLIO);
        item.choosePortfolio(demo).save();

        assertThat(item.title()).isEqualTo(titled("pmo.dashboard.heatmap.title.portfolio", DEMO_PORTFOLIO));
        JsonNode map = portfolioHeatMapAs("alice", demo, "inherent");
        assertThat(map.path("hiddenProjects").asInt()).as("DELTA").isEqualTo(1);
        assertThat(item.heatMapHiddenNote()).hasValue(PmoText.of("pmo.dashboard.heatmap.hidden.one"));
        assertEveryCellAsTheApiSays(item, map);
        assertThat(item.state()).isEqualTo("ready");
        JsonNode saved = DashboardApi.as(browser.base(), "alice").items().get(0).path("preferences");
        assertThat(saved.path("scope").asText()).isEqualTo("portfolio");
        assertThat(saved.path("portfolio").asText()).isEqualTo(String.valueOf(demo));
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/dashboard-portfolio-heat-map.png"));
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void aPmoAdminSeesTheRisksOfEveryProjectOfThePortfolioAndNoHiddenNotice() {
        long demo = demoPortfolio();
        DashboardApi pmo = DashboardApi.as(browser.base(), "pmo");
        pmo.empty();
        long id = pmo.add(DashboardApi.HEAT_MAP);
        pmo.savePreferences(id, Map.of("scope", "portfolio", "portfolio", String.valueOf(demo),
                "assessment", "residual"));
        browser.logInAs("pmo");

        DashboardItem item = DashboardPage.open(browser.driver(), browser.base()).item(id).waitForView();

        JsonNode map = portfolioHeatMapAs("pmo", demo, "residual");
        assertThat(item.assessment()).isEqualTo("residual");
        assertEveryCellAsTheApiSays(item, map);
        assertThat(item.heatMapHiddenNote()).isEmpty();
        int alicesTotal = total(portfolioHeatMapAs("alice", demo, "residual"));
        int deltasTotal = 0;
        for (JsonNode cell : projectHeatMapAs("pmo", "DELTA").path("residual")) {
            deltasTotal += cell.path("count").asInt();
        }
        assertThat(Integer.parseInt(item.heatMapTotal())).as("alice's projects and DELTA")
                .isEqualTo(alicesTotal + deltasTotal);
        pmo.empty();
    }

    /**
     * Every demo project scores on 5x5 with the default bands, and changing a shared demo project's settings would
     * leave history other tests read; so this answers the portfolio heat map in the browser with two scales and a
     * cell two projects band differently, in the shape PortfolioRiskEndpointsIT checks on the real endpoint.
     */
    @Test
    void aPortfolioOnTwoScalesIsDrawnAsTwoMatricesWithCellsBandedDifferentlyShownAsMixed() {
        String answer = DashboardApi.write(Map.of("portfolioId", 7, "name", "Mixed", "assessment", "inherent",
                "hiddenProjects", 0, "bySeverity", Map.of("low", 0, "medium", 3, "high", 0, "critical", 1),
                "scales", List.of(scale(3, "GEMINI", Map.of("3:3", 1), Map.of()),
                        scale(5, "ALPHA", Map.of("2:2", 3), Map.of("2:2", List.of("low", "medium"))))));
        String stub = "(function () {\n  const body = " + answer + ";\n"
                + "  const realFetch = window.fetch;\n"
                + "  window.fetch = function (url, init) {\n"
                + "    if (String(url).indexOf('/rest/pmo/1.0/portfolios/7/risks/heatmap') >= 0) {\n"
                + "      return Promise.resolve(new Response(JSON.stringify(body),"
                + " {status: 200, headers: {'Content-Type': 'application/json'}}));\n"
                + "    }\n"
                + "    return realFetch.apply(this, arguments);\n  };\n})();";
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        Map<String, Object> added = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", stub));
        try {
            DashboardApi alice = DashboardApi.as(browser.base(), "alice");
            long id = alice.add(DashboardApi.HEAT_MAP);
            alice.savePreferences(id, Map.of("scope", "portfolio", "portfolio", "7"));
            browser.logInAs("alice");

            DashboardItem item = DashboardPage.open(browser.driver(), browser.base()).item(id).waitForView();

            assertThat(item.scaleSizes()).containsExactly(3, 5);
            assertThat(item.scaleCell(3, 3, 3).getText()).isEqualTo("1");
            assertThat(item.scaleCell(3, 3, 3).getDomAttribute("data-severity")).isEqualTo("critical");
            assertThat(item.scaleCell(5, 2, 2).getText()).isEqualTo("3");
            assertThat(item.scaleCell(5, 2, 2).getDomAttribute("data-severity")).isEqualTo("mixed");
            assertThat(item.scaleCell(5, 2, 2).getDomAttribute("title")).contains(
                    PmoText.of("pmo.dashboard.heatmap.mixed").replace("{0}", PmoText.of("pmo.risk.severity.low")
                            + ", " + PmoText.of("pmo.risk.severity.medium")));
            assertThat(item.heatMapTotal()).isEqualTo("4");
            browser.chromium().saveFullPageScreenshot(
                    OUTPUT.resolve("screenshots/dashboard-portfolio-heat-map-scales.png"));
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }
    }

    /** One scale of a portfolio heat map: counts and mixed severities by "p:i", other cells empty and banded. */
    private static Map<String, Object> scale(int size, String project, Map<String, Integer> counts,
                                             Map<String, List<String>> mixed) {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (int p = size; p >= 1; p--) {
            for (int i = 1; i <= size; i++) {
                String at = p + ":" + i;
                int score = p * i;
                String severity = size == 3 ? (score >= 9 ? "critical" : score >= 6 ? "high" : score >= 3 ? "medium"
                        : "low") : (score >= 20 ? "critical" : score >= 10 ? "high" : score >= 5 ? "medium" : "low");
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("probability", p);
                cell.put("impact", i);
                cell.put("score", score);
                cell.put("count", counts.getOrDefault(at, 0));
                cell.put("severity", mixed.containsKey(at) ? null : severity);
                cell.put("severities", mixed.getOrDefault(at, List.of(severity)));
                cells.add(cell);
            }
        }
        return Map.of("size", size, "projects", List.of(Map.of("key", project, "name", project)),
                "bySeverity", Map.of("low", 0, "medium", 0, "high", 0, "critical", 0), "cells", cells);
    }

    @Test
    void aUserWhoCannotSeeTheChosenPortfolioSeesTheNoPermissionStateAndNoCounts() {
        long demo = demoPortfolio();
        DashboardApi bob = DashboardApi.as(browser.base(), "bob");
        long id = bob.add(DashboardApi.HEAT_MAP);
        bob.savePreferences(id, Map.of("scope", "portfolio", "portfolio", String.valueOf(demo)));
        browser.logInAs("bob");

        DashboardItem item = DashboardPage.open(browser.driver(), browser.base()).item(id).waitForView();

        assertThat(item.state()).isEqualTo("no-permission");
        assertThat(item.message()).hasValue(titled("pmo.dashboard.heatmap.portfolio.no.permission",
                String.valueOf(demo)));
        assertThat(browser.driver().findElements(By.cssSelector("#gadget-" + id + " td[data-count]"))).isEmpty();
        assertThat(item.title()).isEqualTo(PmoText.of("pmo.dashboard.heatmap.title"));
    }

    @Test
    void portfolioNamesWithMarkupAreShownAsTextInThePickersAndTheTitle() {
        String name = "<img src=x onerror=\"window.pmoInjected=1\"> R&D \"Labs\" " + System.nanoTime();
        PmoRestClient.Reply created = PmoRestClient.as("pmo").post("portfolios",
                Map.of("name", name, "projects", List.of(Map.of("projectId", 10000))));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        long portfolio = created.json().path("id").asLong();
        try {
            browser.logInAs("alice");
            DashboardPage dashboard = DashboardPage.open(browser.driver(), browser.base());
            DashboardItem heatMap = dashboard.addGadget(DashboardApi.HEAT_MAP).waitForEdit();
            heatMap.chooseScope("portfolio");
            assertThat(heatMap.portfolioChoices()).contains(name);
            heatMap.choosePortfolio(portfolio).save();
            assertThat(heatMap.title()).isEqualTo(titled("pmo.dashboard.heatmap.title.portfolio", name));
            assertThat(heatMap.scaleSizes()).containsExactly(5);

            DashboardItem health = DashboardPage.open(browser.driver(), browser.base()).addGadget(DashboardApi.HEALTH)
                    .waitForEdit();
            assertThat(health.portfolioChoices()).contains(name);
            health.choosePortfolio(portfolio).save();
            assertThat(health.state()).isEqualTo("ready");
            assertThat(health.title()).isEqualTo(titled("pmo.dashboard.health.title.portfolio", name));

            assertThat(browser.driver().findElements(By.cssSelector("#dashboard .dashboard-item img"))).isEmpty();
            assertThat(((JavascriptExecutor) browser.driver())
                    .executeScript("return window.pmoInjected === undefined;"))
                    .isEqualTo(true);
        } finally {
            PmoRestClient.as("pmo").delete("portfolios/" + portfolio);
        }
    }

    /** As the item picks them: the root's reasons, then those of red children, then amber ones, at most five. */
    private static List<String> topReasons(JsonNode root) {
        List<String> reasons = new ArrayList<>();
        root.path("rag").path("reasons").forEach(reason -> reasons.add(reason.asText()));
        for (String status : List.of("red", "amber")) {
            for (JsonNode child : root.path("children")) {
                if (child.path("rag").path("status").asText().equals(status)) {
                    child.path("rag").path("reasons").forEach(reason -> reasons.add(child.path("name").asText()
                            + ": " + reason.asText()));
                }
            }
        }
        return reasons.subList(0, Math.min(5, reasons.size()));
    }

    private static String twoPlaces(JsonNode decimal) {
        return decimal.isNull() ? PmoText.of("pmo.dashboard.health.undefined")
                : new BigDecimal(decimal.asText()).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static JsonNode rollupAs(String user, long portfolio) {
        HttpResponse<String> response = DashboardApi.as(browser.base(), user)
                .send("GET", "/rest/pmo/1.0/portfolios/" + portfolio + "/rollup", null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DashboardApi.read(response.body());
    }

    /** Every cell of every scale drawn as the API answers the same user, and no scale more or less. */
    private static void assertEveryCellAsTheApiSays(DashboardItem item, JsonNode map) {
        List<Integer> sizes = new ArrayList<>();
        for (JsonNode scale : map.path("scales")) {
            int size = scale.path("size").asInt();
            sizes.add(size);
            assertThat(scale.path("cells").size()).isEqualTo(size * size);
            for (JsonNode cell : scale.path("cells")) {
                int p = cell.path("probability").asInt();
                int i = cell.path("impact").asInt();
                WebElement drawn = item.scaleCell(size, p, i);
                assertThat(Integer.parseInt(drawn.getText().strip())).as("cell %d x %d of %d", p, i, size)
                        .isEqualTo(cell.path("count").asInt());
                assertThat(drawn.getDomAttribute("data-severity")).as("severity of %d x %d", p, i)
                        .isEqualTo(cell.path("severity").isNull() ? "mixed" : cell.path("severity").asText());
            }
        }
        assertThat(item.scaleSizes()).isEqualTo(sizes);
        assertThat(Integer.parseInt(item.heatMapTotal())).isEqualTo(total(map)).isPositive();
    }

    private static int total(JsonNode portfolioMap) {
        int total = 0;
        for (JsonNode scale : portfolioMap.path("scales")) {
            for (JsonNode cell : scale.path("cells")) {
                total += cell.path("count").asInt();
            }
        }
        return total;
    }

    private static long demoPortfolio() {
        JsonNode portfolios = DashboardApi.read(DashboardApi.as(browser.base(), "pmo")
                .send("GET", "/rest/pmo/1.0/portfolios", null, null).body());
        for (JsonNode portfolio : portfolios) {
            if (portfolio.path("name").asText().equals(DEMO_PORTFOLIO)) {
                return portfolio.path("id").asLong();
            }
        }
        throw new AssertionError("the demo portfolio is missing");
    }

    private static JsonNode portfolioHeatMapAs(String user, long portfolio, String assessment) {
        HttpResponse<String> response = DashboardApi.as(browser.base(), user).send("GET",
                "/rest/pmo/1.0/portfolios/" + portfolio + "/risks/heatmap?assessment=" + assessment, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DashboardApi.read(response.body());
    }

    private static JsonNode projectHeatMapAs(String user, String projectKey) {
        return heatMapAs(user, projectKey);
    }

    private static JsonNode heatMapAs(String user, String projectKey) {
        HttpResponse<String> response = DashboardApi.as(browser.base(), user)
                .send("GET", "/rest/pmo/1.0/projects/" + projectKey + "/risks/heatmap", null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DashboardApi.read(response.body());
    }

    private static String titled(String key, String value) {
        return PmoText.of(key).replace("{0}", value);
    }
}
