package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.browser.pages.LoginPage;
import com.pmosuite.workbench.browser.pages.ProjectOverviewPage;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ALPHA's Overview page in Chromium, reached from the project sidebar. <b>Fixture-based until the rollup endpoints
 * land:</b> {@code GET /projects/ALPHA/rollup} is answered in the browser by {@link RollupFixtures}.
 */
class ProjectOverviewBrowserIT {
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
        fixtureScript = RollupFixtures.install((ChromeDriver) driver, RollupFixtures.text(RollupFixtures.TREND));
    }

    @AfterEach
    void stopServingFixtures() {
        RollupFixtures.remove((ChromeDriver) driver, fixtureScript);
    }

    @Test
    void alphasOverviewShowsItsHealthFiguresAndEpics() {
        LoginPage.open(driver, base).logIn("alice", "alice");
        driver.get(base.resolve("browse/ALPHA").toString());
        JsonNode rollup = RollupFixtures.json(RollupFixtures.ALPHA);

        ProjectOverviewPage page = ProjectOverviewPage.openFromSidebar(driver);

        assertThat(page.state()).isEqualTo("ready");
        assertThat(page.sidebarItemSelected()).isTrue();
        assertThat(page.rag()).isEqualTo(rollup.path("rag").path("status").asText());
        assertThat(page.progressPercent()).isEqualTo("20");
        assertThat(page.tile("bac").replaceAll("[^0-9]", "")).isEqualTo("4000000");
        assertThat(page.tile("spi")).isEqualTo("0.40");
        assertThat(page.rowKeys()).containsExactly("10010", "ALPHA/without-epic");
        assertThat(page.row("10010").name()).isEqualTo("Single sign-on");
        assertThat(page.row("10010").reasons()).containsExactly("Overdue 1 > 0");
        chromium.saveFullPageScreenshot(OUTPUT.resolve("screenshots/project-overview.png"));
        assertThat(chromium.consoleErrors()).isEmpty();
    }
}
