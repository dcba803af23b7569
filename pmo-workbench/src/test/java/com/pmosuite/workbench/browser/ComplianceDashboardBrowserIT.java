package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.browser.pages.DashboardPage;
import com.pmosuite.workbench.browser.pages.DashboardPage.DashboardItem;
import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.dashboard.DashboardApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.pmosuite.workbench.browser.BrowserSession.OUTPUT;
import static com.pmosuite.workbench.browser.ComplianceFixtures.ALPHA;
import static com.pmosuite.workbench.browser.ComplianceFixtures.BETA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "PMO compliance" dashboard item in Chromium against the real REST API, on admin's dashboard (no other
 * browser test uses it): configured with a portfolio and how many worst standards, rendered with the API's score,
 * RAG and worst standards, and kept after a reload.
 */
class ComplianceDashboardBrowserIT {
    static final String COMPLIANCE = "com.pmosuite.pmo-plugin:compliance-item";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private ComplianceFixtures fixtures;
    private JsonNode portfolio;

    @BeforeEach
    void aScannedPortfolioAndAnEmptyDashboard() {
        DashboardApi.as(browser.base(), "admin").empty();
        fixtures = new ComplianceFixtures();
        portfolio = fixtures.portfolio(ComplianceFixtures.unique("Dashboard <b>compliance</b>"), ALPHA, BETA);
        JsonNode worst = fixtures.standardFlaggingEveryOpenIssue(
                ComplianceFixtures.unique("<img src=x onerror=window.__pmoInjected=1>Open work tracked"),
                "Made by a browser test", "CRITICAL");
        JsonNode fine = fixtures.standardNoIssueBreaks(ComplianceFixtures.unique("Estimates are not negative"));
        fixtures.setForPortfolio(List.of(worst, fine), portfolio.path("id").asLong());
        ComplianceFixtures.scanPortfolio(portfolio.path("id").asLong());
    }

    @AfterEach
    void removeThem() {
        DashboardApi.as(browser.base(), "admin").empty();
        if (fixtures != null) {
            fixtures.close();
        }
    }

    @Test
    void anAdminAddsTheItemPicksAPortfolioAndOneWorstStandardAndSeesTheApisFigures() {
        long id = portfolio.path("id").asLong();
        browser.logInAs("admin");
        DashboardPage dashboard = DashboardPage.openFromHeader(browser.driver());
        assertThat(dashboard.offeredGadgets()).contains(PmoText.of("pmo.dashboard.compliance.title"));

        DashboardItem item = dashboard.addGadget(COMPLIANCE).waitForEdit();
        assertThat(item.portfolioChoices()).contains(portfolio.path("name").asText());
        item.choosePortfolio(id);
        new Select(browser.driver().findElement(By.cssSelector("#gadget-" + item.id() + " select[name='worst']")))
                .selectByValue("1");
        item.save();

        JsonNode api = ComplianceFixtures.portfolioResultAs("admin", id);
        assertThat(item.title()).isEqualTo(PmoText.of("pmo.dashboard.compliance.title.portfolio")
                .replace("{0}", portfolio.path("name").asText()));
        assertThat(item.state()).isEqualTo("ready");
        assertThat(chip(item).getDomAttribute("data-score")).isEqualTo(api.path("score").asText(""));
        assertThat(browser.driver().findElement(inItem(item, ".pmo-compliance-rag")).getDomAttribute("data-rag"))
                .isEqualTo(api.path("rag").asText().toLowerCase());
        JsonNode first = api.path("worstStandards").get(0);
        assertThat(worstNames(item)).containsExactly(first.path("standard").path("name").asText());
        assertThat(browser.driver().findElement(inItem(item, ".pmo-dashboard-compliance-table"))
                .getDomAttribute("href"))
                .isEqualTo("/plugins/servlet/pmo/compliance?id=" + id);
        assertThat(browser.driver().findElements(inItem(item, "img, b"))).as("names are text").isEmpty();
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/dashboard-compliance.png"));
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void theSavedChoicesAreThereAfterAReload() {
        long id = portfolio.path("id").asLong();
        DashboardApi admin = DashboardApi.as(browser.base(), "admin");
        long itemId = admin.add(COMPLIANCE);
        admin.savePreferences(itemId, Map.of("portfolio", String.valueOf(id), "worst", "2"));
        browser.logInAs("admin");

        DashboardItem item = DashboardPage.open(browser.driver(), browser.base()).item(itemId).waitForView();

        JsonNode api = ComplianceFixtures.portfolioResultAs("admin", id);
        List<String> expected = new ArrayList<>();
        api.path("worstStandards").forEach(entry -> {
            if (expected.size() < 2) {
                expected.add(entry.path("standard").path("name").asText());
            }
        });
        assertThat(worstNames(item)).containsExactlyElementsOf(expected);
        item.edit();
        assertThat(new Select(browser.driver().findElement(inItem(item, "select[name='worst']")))
                .getFirstSelectedOption()
                .getDomProperty("value")).isEqualTo("2");
    }

    @Test
    void aPortfolioThatDoesNotExistShowsTheUnavailableStateAndNoFigures() {
        DashboardApi admin = DashboardApi.as(browser.base(), "admin");
        long itemId = admin.add(COMPLIANCE);
        // Preferences are the user's own input; this one names a portfolio that is not there.
        admin.savePreferences(itemId, Map.of("portfolio", "987654321", "worst", "5"));
        browser.logInAs("admin");

        DashboardItem item = DashboardPage.open(browser.driver(), browser.base()).item(itemId).waitForView();

        assertThat(item.state()).isEqualTo("unavailable");
        assertThat(item.message()).hasValue(PmoText.of("pmo.dashboard.compliance.unavailable")
                .replace("{0}", "987654321"));
        assertThat(item.title()).isEqualTo(PmoText.of("pmo.dashboard.compliance.title"));
        assertThat(browser.driver().findElements(inItem(item, ".pmo-compliance-score-chip"))).isEmpty();
    }

    private static WebElement chip(DashboardItem item) {
        return browser.driver().findElement(inItem(item, ".pmo-compliance-score-chip"));
    }

    private static List<String> worstNames(DashboardItem item) {
        return browser.driver().findElements(inItem(item, ".pmo-dashboard-compliance-standard")).stream()
                .map(WebElement::getText).toList();
    }

    private static By inItem(DashboardItem item, String css) {
        return By.cssSelector("#gadget-" + item.id() + " " + css);
    }
}
