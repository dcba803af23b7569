package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.plugin.risk.web.RiskRegisterAddress;
import com.pmosuite.workbench.browser.pages.IssuePage;
import com.pmosuite.workbench.browser.pages.NewRisk;
import com.pmosuite.workbench.browser.pages.NotFoundPage;
import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.browser.pages.ProjectPage;
import com.pmosuite.workbench.browser.pages.RiskDialog;
import com.pmosuite.workbench.browser.pages.RiskRegisterPage;
import com.pmosuite.workbench.browser.pages.RiskRow;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.pmosuite.workbench.browser.BrowserSession.OUTPUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk register as people use it: in Chromium, on the shared demo workbench, through the log-in form, the
 * project sidebar, the dialog and the issue view. Each test logs in itself and creates the risks it looks at, with
 * titles no other test uses.
 */
// The tests do not depend on each other; the first one only runs first so that its screenshot, which the README
// shows, has none of the other tests' risks in it.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RiskRegisterBrowserIT {
    private static final String ALPHA = "ALPHA";
    private static final String ALPHA_NAME = "Apollo Platform";
    private static final String ALICE_NAME = "Alice Anders";
    private static final String ISSUE_OF_ALPHA = "ALPHA-2";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    @Order(1)
    void aliceCreatesARiskAndSeesItInTheTableAndTheRightHeatMapCell() throws IOException {
        browser.logInAs("alice");
        RiskRegisterPage register = ProjectPage.open(browser.driver(), browser.base(), ALPHA)
                .openRiskRegisterFromSidebar();
        assertThat(register.selectedSidebarItem()).isEqualTo(PmoText.of("pmo.risk.register.title"));
        assertThat(register.errors()).as("errors on a normal load").isEmpty();
        register.sortNewestFirst();
        int inherentBefore = register.heatMapCount(false, 4, 5);
        int residualBefore = register.heatMapCount(true, 4, 5);

        NewRisk risk = NewRisk.aThreat(unique("Vendor API sunset before go-live"))
                .withProbability(4).withImpact(5).ownedBy("alice");
        RiskRow row = register.createRisk(risk);

        assertThat(row.title()).isEqualTo(risk.title());
        assertThat(row.score()).isEqualTo(20);
        assertThat(row.kind()).isEqualTo(PmoText.of("pmo.risk.kind.threat"));
        assertThat(row.owner()).isEqualTo(ALICE_NAME);
        assertThat(register.heatMapCount(false, 4, 5)).as("inherent P4/I5").isEqualTo(inherentBefore + 1);
        // Without a residual assessment a risk sits in the residual map where its inherent values put it.
        assertThat(register.heatMapCount(true, 4, 5)).as("residual P4/I5").isEqualTo(residualBefore + 1);
        assertThat(register.errors()).isEmpty();
        assertThat(browser.chromium().consoleErrors()).as("browser console errors").isEmpty();

        register.dismissFlags();
        Path screenshot = browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/risk-register.png"));
        keepForTheReadme(screenshot);
    }

    @Test
    void clickingAResidualHeatMapCellListsTheRisksTheMapCountsThere() {
        RiskApi api = RiskApi.as(browser.base(), "alice");
        String reduced = unique("Reduced to P1/I2");
        String closed = unique("Closed at P1/I2");
        api.create(ALPHA, Map.of("title", reduced, "kind", "threat", "probability", 5, "impact", 5,
                "residualProbability", 1, "residualImpact", 2));
        api.create(ALPHA, Map.of("title", closed, "kind", "threat", "probability", 1, "impact", 2,
                "status", "closed", "strategy", "mitigate"));
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA);

        register.showCell(true, 1, 2);

        assertThat(register.titles()).contains(reduced).doesNotContain(closed);
        assertThat(register.rowCount()).isEqualTo(Math.min(50, register.heatMapCount(true, 1, 2)));
        assertThat(register.errors()).isEmpty();
    }

    @Test
    void aBadValueShowsAFieldErrorAndNothingIsSaved() {
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA);
        int rowsBefore = register.rowCount();
        long storedBefore = RiskApi.as(browser.base(), "alice").count(ALPHA);

        RiskDialog dialog = register.startCreatingRisk();
        dialog.fill(NewRisk.aThreat("").withProbability(4).withImpact(5)).save();

        assertThat(dialog.fieldError("title")).isNotBlank();
        assertThat(dialog.isMarkedInvalid("title")).isTrue();
        assertThat(dialog.message("error").title()).isEqualTo(PmoText.of("pmo.risk.error.invalid"));
        assertThat(dialog.isOpen()).isTrue();
        assertThat(register.rowCount()).isEqualTo(rowsBefore);
        assertThat(RiskApi.as(browser.base(), "alice").count(ALPHA)).isEqualTo(storedBefore);
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/risk-dialog-field-error.png"));
    }

    @Test
    void userTextIsShownAsTextNotRunAsHtml() {
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA).sortNewestFirst();
        String title = unique("<img src=x onerror=\"window.__pmoXss=1\">");

        RiskRow row = register.createRisk(NewRisk.aThreat(title));

        assertThat(row.title()).isEqualTo(title);
        // Markup that had become elements would be an image loading from "x", whether or not its handler ran yet.
        assertThat(register.imagesLoadingFrom("x")).isZero();
        assertThat(register.windowVariable("__pmoXss")).isNull();
    }

    @Test
    void aCostTypedInTheUsersLocaleIsSavedAsTheSameAmount() {
        RiskApi api = RiskApi.as(browser.base(), "alice");
        long id = api.create(ALPHA, Map.of("title", unique("Customs hold at the border"), "kind", "threat",
                "probability", 2, "impact", 3, "costImpact", "100.00")).path("id").asLong();
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA).sortNewestFirst();
        // The page formats and reads numbers in the document's language; German groups with '.' and uses ','.
        ((JavascriptExecutor) browser.driver()).executeScript("document.documentElement.lang = 'de-DE';");

        register.row(id).open().typeCost("1.500,00").saveAndWaitUntilClosed();

        assertThat(api.risk(id).path("costImpact").asText()).isEqualTo("1500.00");
    }

    @Test
    void aStaleEditIsRefusedAndTheCurrentValuesAreShown() {
        RiskApi api = RiskApi.as(browser.base(), "alice");
        JsonNode stored = api.create(ALPHA, Map.of("title", unique("Key architect leaves"), "kind", "threat",
                "probability", 3, "impact", 4));
        long id = stored.path("id").asLong();
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA).sortNewestFirst();
        RiskDialog dialog = register.row(id).open();

        String theirTitle = unique("Key architect leaves (renamed by Carol)");
        api.change(id, "title", theirTitle);
        String staleTitle = unique("Key architect leaves (my stale edit)");
        dialog.typeTitle(staleTitle).save();

        RiskDialog.Message conflict = dialog.message("warning");
        assertThat(conflict.title()).isEqualTo(PmoText.of("pmo.risk.error.conflict"));
        assertThat(conflict.text()).contains(staleTitle, theirTitle);
        assertThat(dialog.title()).as("the form shows the current title").isEqualTo(theirTitle);
        assertThat(api.risk(id).path("title").asText()).isEqualTo(theirTitle);
        assertThat(api.risk(id).path("version").asLong()).isEqualTo(stored.path("version").asLong() + 1);
    }

    @Test
    void aStaleEditRaisesAWarningFlag() {
        RiskApi api = RiskApi.as(browser.base(), "alice");
        long id = api.create(ALPHA, Map.of("title", unique("Supplier insolvency"), "kind", "threat",
                "probability", 2, "impact", 4)).path("id").asLong();
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA).sortNewestFirst();
        RiskDialog dialog = register.row(id).open();

        api.change(id, "title", unique("Supplier insolvency (renamed by Carol)"));
        dialog.typeTitle(unique("Supplier insolvency (my stale edit)")).save();

        register.expectWarningFlag(PmoText.of("pmo.common.error.conflict"));
        assertThat(register.errors()).as("a conflict is a warning, not an error").isEmpty();
    }

    @Test
    void clickingAColumnHeaderSortsByItAndClickingAgainReverses() {
        RiskApi api = RiskApi.as(browser.base(), "alice");
        api.create(ALPHA, Map.of("title", unique("Aardvark survey overruns"), "kind", "threat",
                "probability", 1, "impact", 1));
        api.create(ALPHA, Map.of("title", unique("Zoning permit refused"), "kind", "threat",
                "probability", 1, "impact", 1));
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA);
        assertThat(register.columnSort("score")).as("the default sort").isEqualTo("descending");

        register.clickColumnHeader("title");

        assertThat(register.columnSort("title")).isEqualTo("ascending");
        assertThat(register.columnSort("score")).isNull();
        assertThat(register.currentAddress()).contains("sort=title", "order=asc");
        assertThat(register.titles()).isEqualTo(api.titles(ALPHA, "title", "asc", register.rowCount()));

        register.clickColumnHeader("title");

        assertThat(register.columnSort("title")).isEqualTo("descending");
        assertThat(register.currentAddress()).contains("sort=title", "order=desc");
        assertThat(register.titles()).isEqualTo(api.titles(ALPHA, "title", "desc", register.rowCount()));
        assertThat(register.errors()).isEmpty();
    }

    @Test
    void anOwnerIsPickedThroughJirasUserPicker() {
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA).sortNewestFirst();
        String title = unique("Auditor unavailable in March");
        RiskDialog dialog = register.startCreatingRisk().fill(NewRisk.aThreat(title));

        dialog.pickOwner("che", "Carol Chen");

        assertThat(dialog.owner()).isEqualTo("carol");
        dialog.saveAndWaitUntilClosed();
        RiskRow row = register.waitUntilLoaded().rowTitled(title);
        assertThat(row.owner()).isEqualTo("Carol Chen");
        assertThat(RiskApi.as(browser.base(), "alice").risk(row.id()).path("ownerKey").asText()).isEqualTo("carol");
    }

    @Test
    void anIssueIsLinkedThroughJirasIssuePickerWhichOffersOnlyBrowsableIssues() {
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA).sortNewestFirst();
        String title = unique("Test environment shared with another team");
        RiskDialog dialog = register.startCreatingRisk().fill(NewRisk.aThreat(title));

        assertThat(dialog.issueSuggestionsFor("DELTA")).as("alice cannot browse DELTA").isEmpty();
        dialog.clearLinkedIssues().pickLinkedIssue("ALPHA-1", "ALPHA-1").pickLinkedIssue("beta-2", "BETA-2");

        assertThat(dialog.linkedIssues()).isEqualTo("ALPHA-1, BETA-2, ");
        dialog.saveAndWaitUntilClosed();
        RiskRow row = register.waitUntilLoaded().rowTitled(title);
        assertThat(RiskApi.as(browser.base(), "alice").risk(row.id()).path("linkedIssueKeys"))
                .extracting(JsonNode::asText).containsExactly("ALPHA-1", "BETA-2");
    }

    @Test
    void theIssueViewListsTheRisksThatMitigateTheIssue() {
        String title = unique("Payment provider certification slips");
        JsonNode risk = RiskApi.as(browser.base(), "alice").create(ALPHA, Map.of("title", title, "kind", "threat",
                "probability", 2, "impact", 4, "linkedIssueKeys", List.of(ISSUE_OF_ALPHA)));
        long id = risk.path("id").asLong();
        browser.logInAs("alice");

        IssuePage issue = IssuePage.open(browser.driver(), browser.base(), ISSUE_OF_ALPHA);

        assertThat(issue.risksPanelHeading()).isEqualTo(PmoText.of("pmo.risk.panel.title"));
        IssuePage.LinkedRisk linked = issue.linkedRiskTitled(title).orElseThrow(() -> new AssertionError(
                "The Risks panel does not list \"" + title + "\"; it lists " + issue.linkedRisks()));
        assertThat(linked.id()).isEqualTo(id);
        assertThat(URI.create(linked.href()).getPath()).isEqualTo("/projects/" + ALPHA);
        assertThat(URI.create(linked.href()).getQuery()).isEqualTo("selectedItem=" + RiskRegisterAddress.SELECTED_ITEM
                + "&risk=" + id);
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/issue-panel.png"));

        RiskDialog dialog = issue.follow(linked);
        assertThat(dialog.title()).isEqualTo(title);
    }

    @Test
    void theIssuePanelsMoreLinkListsTheIssuesRisksInTheRegister() {
        RiskApi api = RiskApi.as(browser.base(), "alice");
        String issueKey = "ALPHA-4";
        for (int i = 0; i < 21; i++) {
            api.create(ALPHA, Map.of("title", unique("Overflowing the panel " + i), "kind", "threat",
                    "probability", 1, "impact", 1, "linkedIssueKeys", List.of(issueKey)));
        }
        List<String> linked = api.titlesLinkedTo(ALPHA, issueKey);
        browser.logInAs("alice");
        IssuePage issue = IssuePage.open(browser.driver(), browser.base(), issueKey);
        assertThat(issue.moreLinkText()).isEqualTo(PmoText.of("pmo.risk.panel.more")
                .replace("{0}", String.valueOf(linked.size() - issue.linkedRisks().size())));

        RiskRegisterPage register = issue.followMore();

        assertThat(register.currentAddress()).contains("issue=" + issueKey);
        assertThat(register.issueFilterText()).isEqualTo(PmoText.of("pmo.risk.issue.filter").replace("{0}", issueKey));
        assertThat(register.rowCount()).isEqualTo(Math.min(50, linked.size()));
        assertThat(linked).containsAll(register.titles());
        assertThat(register.errors()).isEmpty();
    }

    @Test
    void bobCannotSeeAlphasRiskRegister() {
        browser.logInAs("bob");

        NotFoundPage page = RiskRegisterPage.openExpectingNotFound(browser.driver(), browser.base(), ALPHA);

        assertThat(page.message()).doesNotContain(ALPHA_NAME);
        assertThat(page.showsAnyOfTheRiskRegister()).isFalse();
    }

    @Test
    void theOldAddressOfTheRegisterLeadsToTheProjectPageWithTheSidebarItemSelected() {
        browser.logInAs("alice");

        RiskRegisterPage register = RiskRegisterPage.openByOldAddress(browser.driver(), browser.base(), ALPHA);

        assertThat(register.currentAddress()).startsWith(RiskRegisterAddress.of(ALPHA));
        assertThat(register.selectedSidebarItem()).isEqualTo(PmoText.of("pmo.risk.register.title"));
    }

    @Test
    void aCsvFileChosenInImportBecomesRisksOrListsWhyNot() throws IOException {
        String title = unique("Imported in the browser");
        Path good = Files.createTempFile("pmo-import", ".csv");
        Path bad = Files.createTempFile("pmo-import-bad", ".csv");
        try {
            Files.writeString(good, "title,probability,impact\r\n" + title + ",2,3\r\n");
            Files.writeString(bad, "title,probability,impact\r\n" + unique("Refused import") + ",9,3\r\n");
            browser.logInAs("alice");
            RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA)
                    .sortNewestFirst();

            assertThat(register.importCsv(good).rowTitled(title).score()).isEqualTo(6);
            assertThat(register.importCsv(bad).importErrors()).singleElement().asString()
                    .startsWith("Line ").contains(PmoText.of("pmo.risk.field.probability"));
        } finally {
            Files.deleteIfExists(good);
            Files.deleteIfExists(bad);
        }
    }

    private static String unique(String about) {
        return about + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The README shows this screenshot; a later run does not replace one someone chose to commit. */
    private static void keepForTheReadme(Path screenshot) throws IOException {
        Path project = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
        if (project == null || !Files.exists(project.resolve("pom.xml"))) {
            return;
        }
        Path image = project.resolve("docs/images/risk-register.png");
        if (!Files.exists(image)) {
            Files.createDirectories(image.getParent());
            Files.copy(screenshot, image);
        }
    }
}
