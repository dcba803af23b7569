package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.browser.pages.PortfolioPage;
import com.pmosuite.workbench.browser.pages.PortfolioRisksPage;
import com.pmosuite.workbench.browser.pages.RiskDialog;
import com.pmosuite.workbench.risk.PmoRestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.pmosuite.workbench.browser.BrowserSession.OUTPUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portfolio's risk page in Chromium against the real REST API: a portfolio of ALPHA (planning in USD), BETA (no
 * currency) and DELTA (GBP), made once, read by alice, who may not browse DELTA. One of its risks is overdue for
 * review and carries markup in its title, which must stay text.
 */
class PortfolioRisksBrowserIT {
    private static final PmoRestClient PMO = PmoRestClient.as("pmo");
    private static final PmoRestClient ALICE = PmoRestClient.as("alice");

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private static long portfolio;
    private static JsonNode overdueRisk;

    @BeforeAll
    static void makeThePortfolio() {
        if (!browser.launched()) {
            return;
        }
        PmoRestClient.Reply reply = PMO.post("portfolios", Map.of(
                "name", "Risk page " + UUID.randomUUID().toString().substring(0, 8),
                "projects", List.of(Map.of("projectId", 10000L, "plan", Map.of("currency", "USD")),
                        Map.of("projectId", 10001L), Map.of("projectId", 10003L, "plan", Map.of("currency", "GBP")))));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        portfolio = reply.json().path("id").asLong();
        Map<String, Object> risk = new LinkedHashMap<>();
        risk.put("title", "<b>Overdue</b> vendor review " + UUID.randomUUID().toString().substring(0, 8));
        risk.put("kind", "threat");
        risk.put("probability", 3);
        risk.put("impact", 4);
        risk.put("costImpact", "2000.00");
        risk.put("nextReviewDate", LocalDate.now().minusDays(60).toString());
        PmoRestClient.Reply created = PMO.post("projects/ALPHA/risks", risk);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        overdueRisk = created.json();
    }

    @BeforeEach
    void aliceIsLoggedIn() {
        browser.logInAs("alice");
    }

    @Test
    void tilesHeatMapsTopRisksAndOverdueReviewsShowWhatTheApiAnswers() {
        JsonNode summary = ALICE.get("portfolios/" + portfolio + "/risks/summary").json();
        JsonNode inherent = ALICE.get("portfolios/" + portfolio + "/risks/heatmap?assessment=inherent").json();

        PortfolioRisksPage page = PortfolioRisksPage.open(browser.driver(), browser.base(), portfolio);

        assertThat(page.state()).isEqualTo("ready");
        assertThat(page.hiddenNote()).hasValue(PmoText.of("pmo.portfolio.risks.hidden.one"));
        assertThat(page.tileCurrencies()).containsExactly("USD", "");
        assertThat(page.tileValue("USD", "threats")).isEqualTo(summary.path("totals").get(0).path("threats").asText());
        assertThat(page.tileValue("", "net")).isEqualTo(summary.path("totals").get(1).path("net").asText());
        assertThat(page.tileText("USD")).contains("USD").contains("ALPHA");
        assertThat(page.tileText("")).containsIgnoringCase(PmoText.of("pmo.portfolio.risks.emv.none")).contains("BETA");
        assertThat(page.topRiskIds()).containsExactlyElementsOf(ids(summary.path("top")));
        assertThat(page.overdueIds()).contains(overdueRisk.path("id").asText())
                .containsExactlyElementsOf(ids(summary.path("overdue").path("items")));
        assertThat(page.overdueCount()).isEqualTo(summary.path("overdue").path("total").asInt());
        // Dates in the workbench Jira's date format (its default, dd/MMM/yy), as on the project's register; the
        // overdue lozenge shows its text in capitals.
        assertThat(page.overdueText(overdueRisk.path("id").asText())).containsIgnoringCase(
                LocalDate.parse(overdueRisk.path("nextReviewDate").asText())
                        .format(DateTimeFormatter.ofPattern("dd/MMM/yy", Locale.ENGLISH)));
        int total = 0;
        for (JsonNode cell : inherent.path("scales").get(0).path("cells")) {
            total += cell.path("count").asInt();
        }
        assertThat(page.heatMapTotal("inherent")).isEqualTo(total).isPositive();
        assertThat(page.heatMapCell("inherent", 3, 4)).isPositive();
        assertThat(page.heatMapTotal("residual")).isEqualTo(total);
        assertThat(page.injectedElements()).isZero();
        assertThat(page.rowProjects()).containsOnly("ALPHA", "BETA");
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/portfolio-risks.png"));
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void columnHeadersSortTheListAndBackRestoresTheOrder() {
        PortfolioRisksPage page = PortfolioRisksPage.open(browser.driver(), browser.base(), portfolio);
        assertThat(page.rowScores()).isSortedAccordingTo(Comparator.reverseOrder());

        page.sortBy("title");

        assertThat(page.columnSort("title")).isEqualTo("ascending");
        assertThat(page.rowTitles().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()).isSorted();
        assertThat(page.address()).contains("sort=title").contains("order=asc");

        page.sortBy("title");

        assertThat(page.columnSort("title")).isEqualTo("descending");
        assertThat(page.rowTitles().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());

        browser.driver().navigate().back();
        page.waitForSort("title", "ascending");
        assertThat(page.rowTitles().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()).isSorted();
    }

    @Test
    void filtersNarrowTheListByProjectAndSeverity() {
        PortfolioRisksPage page = PortfolioRisksPage.open(browser.driver(), browser.base(), portfolio);

        page.filterProject("BETA");

        assertThat(page.rowProjects()).isNotEmpty().containsOnly("BETA");
        assertThat(page.listTotal()).isEqualTo(ALICE.get("projects/BETA/risks?limit=1").json().path("total").asLong());

        page.filterProject("").filterSeverity("critical");

        assertThat(page.listTotal()).isEqualTo(ALICE.get("portfolios/" + portfolio + "/risks?severity=critical&limit=1")
                .json().path("total").asLong());
        assertThat(browser.driver()
                .findElements(By.cssSelector("tr.pmo-prisk-row .pmo-prisk-col-score [data-severity]"))
                .stream().map(e -> e.getDomAttribute("data-severity")).toList()).containsOnly("critical");
    }

    @Test
    void theOverdueListOpensTheFullListOfOverdueReviews() {
        // More overdue reviews than the summary lists, so that it offers the full list.
        for (int i = 0; i < 10; i++) {
            Map<String, Object> risk = new LinkedHashMap<>();
            risk.put("title", "Late review " + i + " " + UUID.randomUUID().toString().substring(0, 8));
            risk.put("kind", "threat");
            risk.put("probability", 2);
            risk.put("impact", 2);
            risk.put("nextReviewDate", LocalDate.now().minusDays(5).toString());
            assertThat(PMO.post("projects/BETA/risks", risk).status()).isEqualTo(201);
        }
        PortfolioRisksPage page = PortfolioRisksPage.open(browser.driver(), browser.base(), portfolio);

        page.showAllOverdue();

        assertThat(page.overdueOnlyChecked()).isTrue();
        assertThat(page.listTotal()).isEqualTo(page.overdueCount());
        assertThat(page.rowIds()).contains(overdueRisk.path("id").asText());
    }

    @Test
    void aRiskOpensInItsProjectsRegister() {
        PortfolioRisksPage page = PortfolioRisksPage.open(browser.driver(), browser.base(), portfolio);
        String id = overdueRisk.path("id").asText();
        page.filterProject("ALPHA");

        RiskDialog dialog = page.openRisk(id);

        assertThat(browser.driver().getCurrentUrl()).contains("/projects/ALPHA?selectedItem=").contains("risk=" + id);
        assertThat(dialog.title()).isEqualTo(overdueRisk.path("title").asText());
    }

    @Test
    void thePortfolioPageLinksToItsRiskPage() {
        PortfolioPage.open(browser.driver(), browser.base(), portfolio);

        browser.driver().findElement(By.cssSelector(".pmo-portfolio-risks-link")).click();

        PortfolioRisksPage page = PortfolioRisksPage.settled(browser.driver(), browser.base());
        assertThat(page.chosenPortfolio()).isEqualTo(String.valueOf(portfolio));
        assertThat(page.state()).isEqualTo("ready");
    }

    @Test
    void onAPhoneThePageDoesNotScrollSideways() {
        Dimension before = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            PortfolioRisksPage page = PortfolioRisksPage.open(browser.driver(), browser.base(), portfolio);

            assertThat(page.state()).isEqualTo("ready");
            assertThat(page.pageScrollsSideways()).as("wider than the phone: %s", page.widestElements()).isFalse();
            browser.chromium().saveWindowScreenshot(OUTPUT.resolve("screenshots/portfolio-risks-390.png"));
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
