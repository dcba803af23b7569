package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.browser.pages.ProjectCompliancePage;
import com.pmosuite.workbench.browser.pages.ProjectCompliancePage.Violation;
import com.pmosuite.workbench.browser.pages.ProjectCompliancePage.WaiverRow;
import com.pmosuite.workbench.browser.pages.WaiverDialog;
import com.pmosuite.workbench.risk.PmoRestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.pmosuite.workbench.browser.BrowserSession.OUTPUT;
import static com.pmosuite.workbench.browser.ComplianceFixtures.ALPHA;
import static com.pmosuite.workbench.browser.ComplianceFixtures.PMO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ALPHA's Compliance page in Chromium on the shared demo workbench, against the real compliance REST API: each test
 * makes its own standard (flagging every open issue) and a set applying it to ALPHA, and compares what the page
 * shows with what the API answers the same reader. pmo is a PMO admin (scans, requests, withdraws); alice is a
 * member of ALPHA who may read it but neither scan nor ask for waivers.
 */
class ProjectComplianceBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private ComplianceFixtures fixtures;

    @BeforeEach
    void startLoggedOut() {
        fixtures = new ComplianceFixtures();
    }

    @AfterEach
    void removeTheStandards() {
        if (fixtures != null) {
            fixtures.close();
        }
    }

    @Test
    void scanNowShowsTheScoreAndTheViolationWithLinksToItsIssues() {
        JsonNode standard = fixtures.standardFlaggingEveryOpenIssue(ComplianceFixtures.unique("Open work is tracked"),
                "Untracked work hides schedule risk.", "CRITICAL");
        fixtures.setForProjects(List.of(standard), List.of(ALPHA));
        browser.logInAs("pmo");
        browser.driver().get(browser.base().resolve("browse/ALPHA").toString());

        ProjectCompliancePage page = ProjectCompliancePage.openFromSidebar(browser.driver()).scanNow();

        JsonNode result = ComplianceFixtures.resultAs("pmo", "ALPHA");
        assertThat(page.sidebarItemSelected()).isTrue();
        assertThat(page.state()).isEqualTo("ready");
        assertThat(page.score()).isEqualTo(result.path("score").asText());
        assertThat(page.rag()).isEqualTo(result.path("rag").asText().toLowerCase());
        assertThat(page.ragWord()).isEqualTo(PmoText.of("pmo.compliance.rag." + result.path("rag").asText()
                .toLowerCase()));
        assertThat(page.scannedAt()).hasValue(result.path("scannedAt").asText());
        long id = standard.path("id").asLong();
        JsonNode violation = ComplianceFixtures.violationOf(result, id);
        Violation card = page.violation(id);
        assertThat(card.name()).isEqualTo(standard.path("name").asText());
        assertThat(card.severity()).isEqualTo("critical");
        assertThat(card.outcome()).isEqualTo("failed");
        assertThat(card.rationale()).isEqualTo("Untracked work hides schedule risk.");
        assertThat(card.total()).as("the demo has open issues in ALPHA").isEqualTo(violation.path("total").asLong())
                .isPositive();
        List<String> keys = texts(violation.path("issueKeys"));
        assertThat(keys).isNotEmpty();
        assertThat(card.issueLinkTexts()).containsExactlyElementsOf(keys);
        assertThat(card.issueLinkHrefs()).containsExactlyElementsOf(keys.stream().map(k -> "/browse/" + k).toList());
        long more = violation.path("total").asLong() - keys.size();
        if (more > 0) {
            assertThat(card.more()).hasValue(PmoText.of("pmo.compliance.project.more").replace("{0}",
                    String.valueOf(more)));
        } else {
            assertThat(card.more()).isEmpty();
        }
        assertThat(card.firstSeen()).hasValue(violation.path("firstSeen").asText());
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/project-compliance.png"));

        browser.driver().findElement(By.cssSelector("#pmo-compliance-standard-" + id
                + " a.pmo-compliance-issue-link")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/browse/" + keys.get(0));
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void aMemberReadsTheResultButGetsNeitherScanNorWaiverButtons() {
        JsonNode standard = fixtures.standardFlaggingEveryOpenIssue(ComplianceFixtures.unique("Open work is tracked"),
                "Made by a browser test", "MAJOR");
        fixtures.setForProjects(List.of(standard), List.of(ALPHA));
        ComplianceFixtures.scanProject("ALPHA");
        browser.logInAs("alice");

        ProjectCompliancePage page = ProjectCompliancePage.open(browser.driver(), browser.base(), "ALPHA");

        assertThat(page.state()).isEqualTo("ready");
        assertThat(page.score()).isEqualTo(ComplianceFixtures.resultAs("alice", "ALPHA").path("score").asText());
        assertThat(page.violationStandardIds()).contains(standard.path("id").asText());
        assertThat(page.hasButton("pmo-compliance-scan")).isFalse();
        assertThat(page.hasButton("pmo-compliance-request")).isFalse();
        assertThat(page.hasButton("pmo-compliance-csv")).as("the CSV is for every reader").isTrue();
        assertThat(browser.driver().findElements(By.cssSelector(".pmo-compliance-ask"))).isEmpty();
    }

    @Test
    void aDryRunIsShownAsAPreviewAndRecordsNothing() {
        JsonNode before = ComplianceFixtures.resultAs("pmo", "ALPHA");
        JsonNode standard = fixtures.standardFlaggingEveryOpenIssue(ComplianceFixtures.unique("Previewed standard"),
                "Made by a browser test", "MINOR");
        fixtures.setForProjects(List.of(standard), List.of(ALPHA));
        browser.logInAs("pmo");
        ProjectCompliancePage page = ProjectCompliancePage.open(browser.driver(), browser.base(), "ALPHA");

        page.preview();

        assertThat(page.message("preview")).hasValueSatisfying(text ->
                assertThat(text).startsWith(PmoText.of("pmo.compliance.project.preview.banner")));
        assertThat(page.violation(standard.path("id").asLong()).outcome()).isEqualTo("failed");
        JsonNode after = ComplianceFixtures.resultAs("pmo", "ALPHA");
        assertThat(after.path("runId")).as("a dry run records no run").isEqualTo(before.path("runId"));
        assertThat(after.path("scannedAt")).isEqualTo(before.path("scannedAt"));
    }

    @Test
    void aWaiverRequestedInTheDialogIsListedAndOnceApprovedMarksTheViolationWaivedUntilItsExpiry() {
        JsonNode standard = fixtures.standardFlaggingEveryOpenIssue(ComplianceFixtures.unique("Waivable standard"),
                "Made by a browser test", "MAJOR");
        fixtures.setForProjects(List.of(standard), List.of(ALPHA));
        long id = standard.path("id").asLong();
        String offender = ComplianceFixtures.violationOf(ComplianceFixtures.scanProject("ALPHA"), id)
                .path("issueKeys").get(0).asText();
        browser.logInAs("pmo");
        ProjectCompliancePage page = ProjectCompliancePage.open(browser.driver(), browser.base(), "ALPHA");
        List<Long> waiversBefore = page.waivers().stream().map(WaiverRow::id).toList();

        WaiverDialog dialog = page.requestWaiverFor(id);
        assertThat(dialog.chosenStandard()).as("opened from the violation").isEqualTo(String.valueOf(id));
        LocalDate expires = LocalDate.now().plusDays(30);
        dialog.issues(offender).expires(expires);
        assertThat(dialog.submitExpectingErrorOn("justification")).as("the server's 400 beside the field")
                .isNotBlank();
        assertThat(dialog.fieldMarkedInvalid("justification")).isTrue();
        dialog.justification("Vendor delivers the fix in the next release.").submit();

        page = ProjectCompliancePage.settled(browser.driver());
        List<WaiverRow> requested = page.waivers().stream().filter(row -> !waiversBefore.contains(row.id())).toList();
        assertThat(requested).hasSize(1);
        WaiverRow row = requested.get(0);
        assertThat(row.status()).isEqualTo("requested");
        assertThat(row.statusWord()).isEqualTo(PmoText.of("pmo.compliance.waiver.status.requested"));
        assertThat(row.standard()).isEqualTo(standard.path("name").asText());
        assertThat(row.issues()).isEqualTo(offender);
        assertThat(row.expires()).isEqualTo(expires.toString());
        assertThat(row.canWithdraw()).isTrue();

        JsonNode waiver = waiver(row.id());
        PmoRestClient.Reply approved = PMO.post("compliance/waivers/" + row.id() + "/approve",
                Map.of("version", waiver.path("version").asInt(), "note", "Accepted for one release"));
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        ComplianceFixtures.scanProject("ALPHA");
        page = ProjectCompliancePage.open(browser.driver(), browser.base(), "ALPHA");

        assertThat(page.waiver(row.id()).status()).isEqualTo("approved");
        Violation card = page.violation(id);
        assertThat(card.waivedCount()).hasValue("1");
        assertThat(card.waivedUntil()).containsExactly(expires.toString());
        assertThat(card.issueLinkTexts()).as("the waived issue is no longer an offender").doesNotContain(offender);
        assertThat(browser.chromium().consoleErrors()).as("only the 400 of the request without a justification")
                .singleElement().asString().contains("compliance/waivers", "400");
    }

    @Test
    void markupInNamesRationalesAndJustificationsIsShownAsText() {
        String name = ComplianceFixtures.unique("<script>window.__pmoInjected=1</script><b>Bold</b>");
        String rationale = "<img src=x onerror=\"window.__pmoInjected=2\"> & why";
        JsonNode standard = fixtures.standardFlaggingEveryOpenIssue(name, rationale, "MAJOR");
        fixtures.setForProjects(List.of(standard), List.of(ALPHA));
        ComplianceFixtures.scanProject("ALPHA");
        String justification = "<script>window.__pmoInjected=3</script><img src=y onerror=\"window.__pmoInjected=4\">";
        PmoRestClient.Reply asked = PMO.post("projects/ALPHA/compliance/waivers", Map.of(
                "standardId", standard.path("id").asLong(), "issueKeys", List.of(),
                "justification", justification, "expires", LocalDate.now().plusDays(10).toString()));
        assertThat(asked.status()).as("%s", asked).isEqualTo(201);
        browser.logInAs("pmo");

        ProjectCompliancePage page = ProjectCompliancePage.open(browser.driver(), browser.base(), "ALPHA");

        Violation card = page.violation(standard.path("id").asLong());
        assertThat(card.name()).isEqualTo(name);
        assertThat(card.rationale()).isEqualTo(rationale);
        assertThat(page.waiver(asked.json().path("id").asLong()).justification()).isEqualTo(justification);
        assertThat(page.waiver(asked.json().path("id").asLong()).standard()).isEqualTo(name);
        assertThat(page.injectedElements()).isZero();
        assertThat(page.injectedScriptRan()).isFalse();
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void onAPhoneThePageFitsTheScreenWidth() {
        JsonNode standard = fixtures.standardFlaggingEveryOpenIssue(
                ComplianceFixtures.unique("A standard with a long name that has to wrap on a narrow phone screen"),
                "Made by a browser test", "MAJOR");
        fixtures.setForProjects(List.of(standard), List.of(ALPHA));
        ComplianceFixtures.scanProject("ALPHA");
        browser.logInAs("pmo");
        Dimension before = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            ProjectCompliancePage page = ProjectCompliancePage.open(browser.driver(), browser.base(), "ALPHA");

            assertThat(page.state()).isEqualTo("ready");
            assertThat(page.overflowPastWindow()).as("CSS pixels past the right edge").isZero();
            browser.chromium().saveWindowScreenshot(OUTPUT.resolve("screenshots/project-compliance-390.png"));
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    private static JsonNode waiver(long id) {
        for (JsonNode waiver : PMO.get("projects/ALPHA/compliance/waivers").json()) {
            if (waiver.path("id").asLong() == id) {
                return waiver;
            }
        }
        throw new AssertionError("no waiver " + id);
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(item -> result.add(item.asText()));
        return result;
    }
}
