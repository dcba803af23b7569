package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.browser.pages.DashboardPage;
import com.pmosuite.workbench.browser.pages.DashboardPage.DashboardItem;
import com.pmosuite.workbench.browser.pages.LoginPage;
import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.dashboard.DashboardApi;
import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's dashboard with the plugin's dashboard items, in Chromium on the shared demo workbench. alice and
 * bob are the users here (no other test touches their dashboards); each test starts from an empty dashboard.
 */
class DashboardBrowserIT {
    private static final Path OUTPUT = Path.of(System.getProperty("pmo.test.outputDir", "target"));
    /** alice is a member of ALPHA; bob browses no project. */
    private static final String ALPHA = "ALPHA";

    private static Chromium chromium;
    private static WebDriver driver;
    private static URI base;

    @BeforeAll
    static void startBrowser() {
        if (Chromium.installed()) {
            chromium = Chromium.launch();
            driver = chromium.driver();
            base = RunningWorkbench.baseUri();
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void startLoggedOutWithEmptyDashboards() {
        Chromium.requireInstalled();
        chromium.forgetSession();
        chromium.consoleErrors();
        DashboardApi.as(base, "alice").empty();
        DashboardApi.as(base, "bob").empty();
    }

    @Test
    void aUserAddsTheHeatMapPicksAProjectAndSeesTheCountsTheRestApiGives() {
        logInAs("alice");
        DashboardPage dashboard = DashboardPage.openFromHeader(driver);
        assertThat(dashboard.offeredGadgets()).contains(PmoText.of("pmo.dashboard.heatmap.title"),
                PmoText.of("pmo.dashboard.health.title"));
        assertThat(dashboard.waitForDrawnThumbnails()).isEqualTo(2);

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
        chromium.saveFullPageScreenshot(OUTPUT.resolve("screenshots/dashboard-heat-map.png"));
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void theSavedPreferenceIsThereAfterAReload() {
        logInAs("alice");
        DashboardItem item = DashboardPage.open(driver, base).addGadget(DashboardApi.HEAT_MAP).waitForEdit();
        item.chooseProject(ALPHA).chooseAssessment("residual").tickRefresh().save();

        DashboardItem reloaded = DashboardPage.open(driver, base).item(item.id()).waitForView();

        assertThat(reloaded.title()).isEqualTo(titled("pmo.dashboard.heatmap.title.project", "Apollo Platform"));
        assertThat(reloaded.assessment()).isEqualTo("residual");
        JsonNode cell = heatMapAs("alice", ALPHA).path("residual").get(0);
        assertThat(reloaded.cellCount(cell.path("probability").asInt(), cell.path("impact").asInt()))
                .isEqualTo(cell.path("count").asInt());
        JsonNode saved = DashboardApi.as(base, "alice").items().get(0).path("preferences");
        assertThat(saved.path("project").asText()).isEqualTo(ALPHA);
        assertThat(saved.path("refresh").asText()).as("Jira's refresh field value when ticked").isEqualTo("15");
        assertThat(reloaded.edit().chosenProject()).as("the form shows the saved project").isEqualTo(ALPHA);
    }

    @Test
    void aUserWhoCannotBrowseTheChosenProjectSeesTheNoPermissionStateAndNoCounts() {
        DashboardApi bob = DashboardApi.as(base, "bob");
        long id = bob.add(DashboardApi.HEAT_MAP);
        // Preferences are the user's own input; bob names a project he may not browse.
        bob.savePreferences(id, Map.of("scope", "project", "project", ALPHA));
        logInAs("bob");

        DashboardItem item = DashboardPage.open(driver, base).item(id).waitForView();

        assertThat(item.state()).isEqualTo("no-permission");
        assertThat(item.message()).hasValue(titled("pmo.dashboard.heatmap.no.permission", ALPHA));
        assertThat(driver.findElements(By.cssSelector("#gadget-" + id + " td[data-count]"))).isEmpty();
        assertThat(item.title()).as("the project's name is not revealed").isEqualTo(
                PmoText.of("pmo.dashboard.heatmap.title"));
    }

    @Test
    void textFromThePreferencesIsShownAsTextNeverAsMarkup() {
        DashboardApi alice = DashboardApi.as(base, "alice");
        long id = alice.add(DashboardApi.HEAT_MAP);
        String markup = "<img src=x onerror=\"window.pmoInjected=1\">";
        alice.savePreferences(id, Map.of("project", markup));
        logInAs("alice");

        DashboardItem item = DashboardPage.open(driver, base).item(id).waitForView();

        assertThat(item.message()).hasValueSatisfying(text -> assertThat(text).contains(markup));
        assertThat(driver.findElements(By.cssSelector("#gadget-" + id + " img"))).isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript("return window.pmoInjected === undefined;"))
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
        ChromeDriver chrome = (ChromeDriver) driver;
        Map<String, Object> added = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", stub));
        try {
            logInAs("alice");
            DashboardItem item = DashboardPage.open(driver, base).addGadget(DashboardApi.HEAT_MAP).waitForEdit();
            assertThat(item.projectChoices()).contains(name + " (ALPHA)");

            item.chooseProject(ALPHA).save();

            assertThat(item.title()).isEqualTo(titled("pmo.dashboard.heatmap.title.project", name));
            assertThat(driver.findElements(By.cssSelector("#gadget-" + item.id() + " img"))).isEmpty();
            assertThat(((JavascriptExecutor) driver).executeScript("return window.pmoInjected === undefined;"))
                    .isEqualTo(true);
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        driver.get(base.resolve(DashboardPage.PATH).toString());

        assertThat(driver.getCurrentUrl()).contains("/login.jsp?os_destination=");
    }

    @Test
    void portfolioHealthSaysItIsNotAvailableWhenThereIsNoRollupToRead() {
        logInAs("alice");
        DashboardItem item = DashboardPage.open(driver, base).addGadget(DashboardApi.HEALTH).waitForEdit();

        // The rollup API answers 404 for a portfolio that does not exist (other tests create portfolios 1, 2, …).
        item.typePortfolio("999999999").save();

        assertThat(item.state()).isEqualTo("unavailable");
        assertThat(item.message()).hasValue(titled("pmo.dashboard.health.unavailable", "999999999"));
    }

    /**
     * Answers GET …/portfolios/7/rollup in the browser with a fixture in the shape the rollup API serves
     * (contract/rollup.json: decimal strings, lower-case RAG), so the item's drawing is checked on chosen figures.
     */
    @Test
    void portfolioHealthDrawsTheRollupsStatusReasonsIndicesAndProgress() {
        String stub = "(function () {\n  const body = " + fixture("dashboard/portfolio-rollup.json") + ";\n"
                + "  const realFetch = window.fetch;\n"
                + "  window.fetch = function (url, init) {\n"
                + "    if (String(url).endsWith('/rest/pmo/1.0/portfolios/7/rollup')) {\n"
                + "      return Promise.resolve(new Response(JSON.stringify(body),"
                + " {status: 200, headers: {'Content-Type': 'application/json'}}));\n"
                + "    }\n"
                + "    return realFetch.apply(this, arguments);\n  };\n})();";
        ChromeDriver chrome = (ChromeDriver) driver;
        Map<String, Object> added = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", stub));
        try {
            DashboardApi alice = DashboardApi.as(base, "alice");
            long id = alice.add(DashboardApi.HEALTH);
            alice.savePreferences(id, Map.of("portfolio", "7"));
            logInAs("alice");

            DashboardItem item = DashboardPage.open(driver, base).item(id).waitForView();

            assertThat(item.state()).isEqualTo("ready");
            assertThat(item.title()).as("the name as text")
                    .isEqualTo(titled("pmo.dashboard.health.title.portfolio", "Digital <b>Transformation</b> & Co"));
            assertThat(item.rag()).isEqualTo("red");
            assertThat(item.index("spi")).isEqualTo("0.84");
            assertThat(item.index("cpi")).isEqualTo("0.88");
            assertThat(item.progressBasis()).as("points before time and count").isEqualTo("byPoints");
            assertThat(item.progressPercent()).isEqualTo("42");
            assertThat(item.reasons()).containsExactly("SPI 0.84 < 0.90", "CPI 0.88 < 0.90",
                    "Payments: Overdue 4 > 3");
            assertThat(item.childRags()).containsExactly("program-1=amber", "program-2=green");
            assertThat(item.hiddenNote()).isEqualTo(titled("pmo.dashboard.health.hidden", "2"));
            assertThat(driver.findElements(By.cssSelector("#gadget-" + id + " .dashboard-item-content b"))).isEmpty();
            chromium.saveFullPageScreenshot(OUTPUT.resolve("screenshots/dashboard-portfolio-health.png"));
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }
    }

    private static JsonNode heatMapAs(String user, String projectKey) {
        HttpResponse<String> response = DashboardApi.as(base, user)
                .send("GET", "/rest/pmo/1.0/projects/" + projectKey + "/risks/heatmap", null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DashboardApi.read(response.body());
    }

    private static String fixture(String location) {
        try (InputStream in = DashboardBrowserIT.class.getClassLoader().getResourceAsStream(location)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String titled(String key, String value) {
        return PmoText.of(key).replace("{0}", value);
    }

    private static void logInAs(String user) {
        LoginPage.open(driver, base).logIn(user, user);
    }
}
