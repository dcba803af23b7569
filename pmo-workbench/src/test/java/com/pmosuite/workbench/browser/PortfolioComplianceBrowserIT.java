package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.browser.pages.PortfolioCompliancePage;
import com.pmosuite.workbench.browser.pages.PortfolioCompliancePage.Cell;
import com.pmosuite.workbench.browser.pages.PortfolioPage;
import com.pmosuite.workbench.browser.pages.ProjectCompliancePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.util.ArrayList;
import java.util.List;

import static com.pmosuite.workbench.browser.BrowserSession.OUTPUT;
import static com.pmosuite.workbench.browser.ComplianceFixtures.ALPHA;
import static com.pmosuite.workbench.browser.ComplianceFixtures.BETA;
import static com.pmosuite.workbench.browser.ComplianceFixtures.DELTA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio compliance table in Chromium against the real REST API: a portfolio of ALPHA, BETA and DELTA made
 * per test with two standards applied through it (one flags every open issue, one nothing breaks), scanned as the
 * PMO admin and read by alice, who may not browse DELTA.
 */
class PortfolioComplianceBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private ComplianceFixtures fixtures;
    private JsonNode portfolio;
    private JsonNode failing;
    private JsonNode passing;

    @BeforeEach
    void aScannedPortfolioWithTwoStandards() {
        fixtures = new ComplianceFixtures();
        portfolio = fixtures.portfolio(ComplianceFixtures.unique("Compliance <i>table</i>"), ALPHA, BETA, DELTA);
        failing = fixtures.standardFlaggingEveryOpenIssue(
                ComplianceFixtures.unique("<script>window.__pmoInjected=1</script>Open work tracked"),
                "Made by a browser test", "CRITICAL");
        passing = fixtures.standardNoIssueBreaks(ComplianceFixtures.unique("Estimates are not negative"));
        fixtures.setForPortfolio(List.of(failing, passing), portfolio.path("id").asLong());
        ComplianceFixtures.scanPortfolio(portfolio.path("id").asLong());
    }

    @AfterEach
    void removeThem() {
        if (fixtures != null) {
            fixtures.close();
        }
    }

    @Test
    void eachCellSaysWhatTheApiAnswersInWordsAndColourAndHiddenProjectsAreCounted() {
        long id = portfolio.path("id").asLong();
        JsonNode api = ComplianceFixtures.portfolioResultAs("alice", id);
        browser.logInAs("alice");

        PortfolioCompliancePage page = PortfolioCompliancePage.open(browser.driver(), browser.base(), id);

        assertThat(page.state()).isEqualTo("ready");
        assertThat(page.headline()).isEqualTo(portfolio.path("name").asText());
        assertThat(page.score()).isEqualTo(api.path("score").asText(""));
        assertThat(page.rag()).isEqualTo(api.path("rag").asText().toLowerCase());
        assertThat(page.hiddenNote()).hasValue(PmoText.of("pmo.compliance.portfolio.hidden.one"));
        assertThat(page.projectKeys()).containsExactlyElementsOf(keys(api.path("projects"))).doesNotContain("DELTA");
        assertThat(page.standardHeaders()).contains(failing.path("name").asText(), passing.path("name").asText());
        assertThat(page.csvLink()).endsWith("/rest/pmo/1.0/portfolios/" + id + "/compliance.csv");
        for (JsonNode project : api.path("projects")) {
            String key = project.path("key").asText();
            assertThat(page.projectScore(key)).as("score of %s", key).isEqualTo(project.path("score").asText(""));
            for (JsonNode standard : List.of(failing, passing)) {
                JsonNode cell = project.path("cells").path(standard.path("id").asText());
                String outcome = cell.path("outcome").asText().toLowerCase();
                Cell shown = page.cell(key, standard.path("id").asLong());
                assertThat(shown.outcome()).as("%s x %s", key, standard.path("name")).isEqualTo(outcome);
                assertThat(shown.text()).as("the outcome in a word, not colour alone")
                        .startsWith(PmoText.of("pmo.compliance.cell." + outcome));
                assertThat(shown.label()).contains(key, standard.path("name").asText(),
                        PmoText.of("pmo.compliance.outcome." + outcome));
            }
        }
        Cell failed = page.cell("ALPHA", failing.path("id").asLong());
        Cell passed = page.cell("ALPHA", passing.path("id").asLong());
        assertThat(failed.outcome()).isEqualTo("failed");
        assertThat(passed.outcome()).isEqualTo("passed");
        assertThat(failed.background()).as("failed and passed cells are coloured apart")
                .isNotEqualTo(passed.background());
        assertThat(page.injectedElements()).isZero();
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/portfolio-compliance.png"));
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void aCellOpensTheProjectsCompliancePageAtThatStandard() {
        browser.logInAs("alice");
        PortfolioCompliancePage table = PortfolioCompliancePage.open(browser.driver(), browser.base(),
                portfolio.path("id").asLong());
        long standard = failing.path("id").asLong();

        table.cell("ALPHA", standard).click();

        ProjectCompliancePage page = ProjectCompliancePage.settled(browser.driver());
        assertThat(browser.driver().getCurrentUrl()).contains("/projects/ALPHA?selectedItem=")
                .endsWith("#pmo-compliance-standard-" + standard);
        assertThat(page.target()).hasValue("pmo-compliance-standard-" + standard);
        assertThat(page.violation(standard).name()).isEqualTo(failing.path("name").asText());
    }

    @Test
    void aPassedCellOpensThePassedListAtItsStandard() {
        browser.logInAs("alice");
        PortfolioCompliancePage table = PortfolioCompliancePage.open(browser.driver(), browser.base(),
                portfolio.path("id").asLong());
        long standard = passing.path("id").asLong();

        table.cell("BETA", standard).click();

        ProjectCompliancePage page = ProjectCompliancePage.settled(browser.driver());
        assertThat(page.target()).hasValue("pmo-compliance-standard-" + standard);
        assertThat(page.passedStandardIds()).contains(String.valueOf(standard));
        assertThat(browser.driver().findElement(By.id("pmo-compliance-standard-" + standard)).isDisplayed())
                .as("the folded list opened at it").isTrue();
    }

    @Test
    void thePortfolioPageLinksToItsComplianceTable() {
        browser.logInAs("alice");
        PortfolioPage.open(browser.driver(), browser.base(), portfolio.path("id").asLong());

        browser.driver().findElement(By.cssSelector(".pmo-portfolio-compliance-link")).click();

        PortfolioCompliancePage page = PortfolioCompliancePage.settled(browser.driver());
        assertThat(page.chosenPortfolio()).isEqualTo(portfolio.path("id").asText());
        assertThat(page.state()).isEqualTo("ready");
    }

    @Test
    void onAPhoneTheTableScrollsInsideItsFrameNotThePage() {
        browser.logInAs("alice");
        Dimension before = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            PortfolioCompliancePage page = PortfolioCompliancePage.open(browser.driver(), browser.base(),
                    portfolio.path("id").asLong());

            assertThat(page.state()).isEqualTo("ready");
            assertThat(page.pageScrollsSideways()).isFalse();
            browser.chromium().saveWindowScreenshot(OUTPUT.resolve("screenshots/portfolio-compliance-390.png"));
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    private static List<String> keys(JsonNode projects) {
        List<String> keys = new ArrayList<>();
        projects.forEach(project -> keys.add(project.path("key").asText()));
        return keys;
    }
}
