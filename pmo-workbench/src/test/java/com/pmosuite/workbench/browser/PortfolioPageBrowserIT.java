package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.browser.pages.LoginPage;
import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.browser.pages.PortfolioPage;
import com.pmosuite.workbench.risk.PmoRestClient;
import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Portfolio page in Chromium on the shared demo workbench, for alice (ALPHA, BETA, GAMMA; not DELTA).
 *
 * <p><b>Fixture-based until the rollup and trend endpoints land (branches rollup-api, snapshots-trend).</b> The
 * portfolio list is the real {@code GET /portfolios}; the rollup, project rollup and trend answers are served in
 * the browser from {@code src/test/resources/rollup/*.json} in the documented shape (issue 7, section 4), and the
 * figures the page shows are compared with those answers. Replace {@link #serveRollupFixtures()} by the real
 * endpoints once they are merged.
 */
class PortfolioPageBrowserIT {
    private static final Path OUTPUT = Path.of(System.getProperty("pmo.test.outputDir", "target"));

    private static Chromium chromium;
    private static WebDriver driver;
    private static URI base;
    private Object fixtureScript;

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
    void startLoggedOut() {
        Chromium.requireInstalled();
        chromium.forgetSession();
        chromium.consoleErrors();
        serveRollupFixtures();
    }

    @AfterEach
    void stopServingFixtures() {
        if (fixtureScript != null) {
            RollupFixtures.remove((ChromeDriver) driver, fixtureScript);
        }
    }

    @Test
    void theDemoPortfolioShowsItsTreeWithRagChipsAndTheirReasons() {
        logInAs("alice");
        PortfolioPage page = PortfolioPage.openFromHeader(driver);
        JsonNode rollup = fixture("rollup/portfolio-rollup.json");

        assertThat(page.state()).isEqualTo("ready");
        assertThat(page.portfolioChoices()).contains("Digital Transformation");
        assertThat(page.headline()).isEqualTo("Digital Transformation");
        assertThat(page.rowKeys()).containsExactly("portfolio-1", "program-1", "GAMMA");
        PortfolioPage.Row root = page.row("portfolio-1");
        assertThat(root.rag()).isEqualTo("red");
        assertThat(root.ragWord()).as("the status in words, not only colour").isEqualTo(PmoText.of("pmo.rollup.rag.red"));
        assertThat(root.ragTooltip()).isEqualTo("SPI 0.84 < 0.90\nCPI 0.88 < 0.90");
        assertThat(root.reasons()).containsExactly(texts(rollup.path("rag").path("reasons")));
        assertThat(root.progressBasis()).as("EV's basis, points").isEqualTo("byPoints");
        assertThat(root.progressPercent()).isEqualTo("42");
        assertThat(page.row("program-1").rag()).isEqualTo("amber");
        assertThat(page.row("program-1").reasons()).containsExactly("Overdue 4 > 3");
        assertThat(page.row("GAMMA").rag()).isEqualTo("grey");
        assertThat(page.row("GAMMA").ragWord()).isEqualTo(PmoText.of("pmo.rollup.rag.grey"));
        assertThat(page.row("GAMMA").spi()).isEqualTo(PmoText.of("pmo.rollup.undefined"));

        page.row("program-1").expand();
        assertThat(page.rowKeys()).containsExactly("portfolio-1", "program-1", "ALPHA", "BETA", "GAMMA");
        assertThat(page.row("BETA").reasons()).containsExactly(PmoText.of("pmo.rollup.rag.no.reasons"));
        assertThat(page.chartsState()).isEqualTo("ready");
        assertThat(page.csvLink()).endsWith("/rest/pmo/1.0/portfolios/" + demoPortfolioId() + "/rollup.csv");
        chromium.saveFullPageScreenshot(OUTPUT.resolve("screenshots/portfolio-page.png"));
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void theEvmTilesShowTheApisFiguresWithTheCurrencyAndNotDefinedForNull() {
        logInAs("alice");
        PortfolioPage page = PortfolioPage.open(driver, base);
        JsonNode evm = fixture("rollup/portfolio-rollup.json").path("evm");

        for (String money : List.of("bac", "pv", "ev", "ac", "eac", "vac")) {
            assertThat(page.tile(money)).as(money).endsWith(" EUR");
            assertThat(digits(page.tile(money))).as(money).isEqualTo(digits(evm.path(money).asText()));
        }
        assertThat(page.tile("spi")).isEqualTo("0.84");
        assertThat(page.tile("cpi")).isEqualTo("0.88");

        page.row("GAMMA").select();
        assertThat(page.figuresKey()).isEqualTo("GAMMA");
        for (String field : List.of("bac", "pv", "ev", "ac", "spi", "cpi", "eac", "vac")) {
            assertThat(page.tile(field)).as(field).isEqualTo(PmoText.of("pmo.rollup.undefined"));
        }
    }

    @Test
    void expandingAProjectLoadsItsEpics() {
        logInAs("alice");
        PortfolioPage page = PortfolioPage.open(driver, base);
        page.row("program-1").expand();

        page.row("ALPHA").expand();

        assertThat(page.rowKeys()).containsExactly("portfolio-1", "program-1", "ALPHA", "10010",
                "ALPHA/without-epic", "BETA", "GAMMA");
        assertThat(page.row("10010").level()).isEqualTo("epic");
        assertThat(page.row("10010").name()).isEqualTo("Single sign-on");
        assertThat(page.row("10010").rag()).isEqualTo("amber");
        assertThat(page.row("10010").reasons()).containsExactly("Overdue 1 > 0");
    }

    @Test
    void theHiddenProjectsNoticeSaysHowManyAliceMayNotSee() {
        logInAs("alice");
        PortfolioPage page = PortfolioPage.open(driver, base);

        assertThat(page.hiddenNotice()).hasValue(PmoText.of("pmo.rollup.hidden.one"));
    }

    @Test
    void markupInPortfolioAndProgramNamesIsShownAsText() {
        String name = "<b>Bold</b> & <img src=x onerror=alert(1)> " + UUID.randomUUID().toString().substring(0, 6);
        PmoRestClient.Reply created = PmoRestClient.as("pmo").post("portfolios",
                Map.of("name", name, "projects", List.of(Map.of("projectId", 10000))));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        try {
            logInAs("alice");
            PortfolioPage page = PortfolioPage.open(driver, base);

            assertThat(page.portfolioChoices()).contains(name);
            assertThat(page.row("program-1").name()).isEqualTo("Platform <img src=x onerror=alert(1)> & Co");
            assertThat(page.injectedElements()).isZero();
        } finally {
            JsonNode portfolio = created.json();
            PmoRestClient.as("pmo").delete("portfolios/" + portfolio.path("id").asText() + "?version="
                    + portfolio.path("version").asText());
        }
    }

    @Test
    void withoutTrendSnapshotsTheChartsSayThereIsNoTrendYet() {
        stopServingFixtures();
        fixtureScript = null;
        serve("{\"currency\":\"EUR\",\"scopeUnit\":\"points\","
                + "\"bac\":null,\"snapshots\":[]}");
        logInAs("alice");
        PortfolioPage page = PortfolioPage.open(driver, base);

        assertThat(page.chartsState()).isEqualTo("empty");
        assertThat(page.chartsText()).isEqualTo(PmoText.of("pmo.portfolio.page.trend.empty"));
    }

    /** Answers the rollup, project rollup and trend calls in the browser from the fixtures (see the class doc). */
    private void serveRollupFixtures() {
        serve(RollupFixtures.text(RollupFixtures.TREND));
    }

    private void serve(String trend) {
        fixtureScript = RollupFixtures.install((ChromeDriver) driver, trend);
    }

    private static long demoPortfolioId() {
        for (JsonNode p : PmoRestClient.as("alice").get("portfolios").json()) {
            if ("Digital Transformation".equals(p.path("name").asText())) {
                return p.path("id").asLong();
            }
        }
        throw new AssertionError("the demo portfolio is missing");
    }

    private static String[] texts(JsonNode array) {
        String[] result = new String[array.size()];
        for (int i = 0; i < array.size(); i++) {
            result[i] = array.get(i).asText();
        }
        return result;
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9-]", "");
    }

    private static JsonNode fixture(String location) {
        return RollupFixtures.json(location);
    }

    private static void logInAs(String user) {
        LoginPage.open(driver, base).logIn(user, user);
    }
}
