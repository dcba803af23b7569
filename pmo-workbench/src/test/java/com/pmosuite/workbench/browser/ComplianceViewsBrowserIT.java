package com.pmosuite.workbench.browser;

import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.browser.pages.PortfolioCompliancePage;
import com.pmosuite.workbench.browser.pages.ProjectCompliancePage;
import com.pmosuite.workbench.browser.pages.ProjectCompliancePage.Violation;
import com.pmosuite.workbench.browser.pages.WaiverDialog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.time.LocalDate;

import static com.pmosuite.workbench.browser.BrowserSession.OUTPUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The compliance pages' scripts in Chromium, drawn from hand-made answers in the REST API's documented shapes on a
 * test-only page that renders the plugin's own templates and web resources ({@link ComplianceFixtureServer}): the
 * outcomes the demo cannot be made to produce at will (an error, version offenders, a waiver that has expired,
 * a result never scanned, a 400), and markup in every server text shown as text.
 */
class ComplianceViewsBrowserIT {
    private static final String STANDARD = """
            {"id": %d, "name": "%s", "severity": "%s", "weight": 10, "rationale": "%s"}""";

    private static ComplianceFixtureServer server;

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @BeforeAll
    static void start() {
        assumeTrue(ComplianceViewsBrowserIT.class.getClassLoader()
                        .getResource("workbench/static/aui/aui-prototyping.css") != null,
                "AUI was not copied to the class path (-Dpmo.skipNpm=true?)");
        server = new ComplianceFixtureServer();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshAnswers() {
        server.reset();
    }

    @AfterEach
    void theBrowserReportedNoErrors() {
        assertThat(browser.chromium().consoleErrors()).as("browser console errors").isEmpty();
    }

    private static String standard(long id, String name, String severity, String rationale) {
        return STANDARD.formatted(id, name, severity, rationale);
    }

    private static final String RESULT = """
            {"projectKey": "ALPHA", "projectName": "Apollo", "score": "62.5", "rag": "AMBER",
             "scannedAt": "2026-11-30T08:15:00Z", "runId": 41, "passedWeight": 25, "scoredWeight": 40, "dryRun": false,
             "violations": [
               {"standard": %s, "outcome": "FAILED", "offenderKind": "ISSUE",
                "issueKeys": ["ALPHA-1", "ALPHA-2", "ALPHA-3"], "offenders": [], "total": 5, "waived": false,
                "waivedCount": 1, "detail": "5 epics without a due date", "firstSeen": "2026-11-02T08:00:00Z",
                "lastSeen": "2026-11-30T08:15:00Z", "waiverIds": [7]},
               {"standard": %s, "outcome": "FAILED", "offenderKind": "VERSION", "issueKeys": [],
                "offenders": ["1.1"], "total": 1, "waived": false, "waivedCount": 0, "detail": null,
                "firstSeen": "2026-11-20T08:00:00Z", "lastSeen": "2026-11-30T08:15:00Z", "waiverIds": []},
               {"standard": %s, "outcome": "WAIVED", "offenderKind": "PROJECT", "issueKeys": [], "offenders": [],
                "total": 0, "waived": true, "waivedCount": 1, "detail": "no category", "firstSeen": null,
                "lastSeen": null, "waiverIds": [8]}
             ],
             "passed": [{"standard": %s, "outcome": "PASSED", "detail": null}],
             "notScored": [{"standard": %s, "outcome": "ERROR", "detail": "the workbench cannot run: ORDER BY"}]}"""
            .formatted(standard(11, "Epics have dates", "MINOR", "Plans need dates."),
                    standard(12, "Released versions have a date", "CRITICAL", ""),
                    standard(13, "Project has a category", "INFO", "For the portfolio."),
                    standard(14, "Risks reviewed", "MAJOR", ""),
                    standard(15, "No stale work (JQL)", "MAJOR", ""));

    private static final String WAIVERS = """
            [{"id": 7, "standardId": 11, "standardName": "Epics have dates", "projectKey": "ALPHA",
              "issueKeys": ["ALPHA-9"], "justification": "Vendor epic", "expires": "2027-01-31", "status": "APPROVED",
              "active": true, "requestedBy": "dave", "requestedByName": "Dave Diaz",
              "requestedAt": "2026-11-01T10:00:00Z", "decidedBy": "pmo", "decidedByName": "Priya Mehta",
              "decidedAt": "2026-11-02T10:00:00Z", "decisionNote": "Until the vendor delivers", "version": 2},
             {"id": 8, "standardId": 13, "standardName": "Project has a category", "projectKey": "ALPHA",
              "issueKeys": [], "justification": "Being reorganised", "expires": "2026-12-31", "status": "APPROVED",
              "active": true, "requestedBy": "pmo", "requestedByName": "Priya Mehta",
              "requestedAt": "2026-11-05T10:00:00Z", "decidedBy": "pmo", "decidedByName": "Priya Mehta",
              "decidedAt": "2026-11-05T11:00:00Z", "decisionNote": null, "version": 2},
             {"id": 6, "standardId": 12, "standardName": "Released versions have a date", "projectKey": "ALPHA",
              "issueKeys": [], "justification": "Old", "expires": "2026-10-01", "status": "APPROVED",
              "active": false, "requestedBy": "dave", "requestedByName": "Dave Diaz",
              "requestedAt": "2026-09-01T10:00:00Z", "decidedBy": "pmo", "decidedByName": "Priya Mehta",
              "decidedAt": "2026-09-02T10:00:00Z", "decisionNote": null, "version": 2},
             {"id": 9, "standardId": 12, "standardName": "Released versions have a date", "projectKey": "ALPHA",
              "issueKeys": [], "justification": "Please", "expires": "2027-03-01", "status": "REQUESTED",
              "active": false, "requestedBy": "pmo", "requestedByName": "Priya Mehta",
              "requestedAt": "2026-11-29T10:00:00Z", "decidedBy": null, "decidedByName": null, "decidedAt": null,
              "decisionNote": null, "version": 0}]""";

    private ProjectCompliancePage projectPage(boolean canAct, String result, String waivers) {
        server.answer("GET", "projects/ALPHA/compliance", 200, result);
        server.answer("GET", "projects/ALPHA/compliance/waivers", 200, waivers);
        browser.driver().get(server.projectPage(canAct).toString());
        return ProjectCompliancePage.settled(browser.driver());
    }

    @Test
    void violationsAreGroupedBySeverityWithTheirOffendersAndTheWaiversThatCoverThem() {
        ProjectCompliancePage page = projectPage(true, RESULT, WAIVERS);

        assertThat(page.state()).isEqualTo("ready");
        assertThat(page.score()).isEqualTo("62.5");
        assertThat(page.scoreText()).isEqualTo("62.5%");
        assertThat(page.rag()).isEqualTo("amber");
        assertThat(page.ragWord()).isEqualTo(PmoText.of("pmo.compliance.rag.amber"));
        assertThat(page.scannedAt()).hasValue("2026-11-30T08:15:00Z");
        assertThat(page.violationStandardIds()).as("critical first, then minor, then info").containsExactly("12",
                "11", "13");

        Violation epics = page.violation(11);
        assertThat(epics.severity()).isEqualTo("minor");
        assertThat(epics.rationale()).isEqualTo("Plans need dates.");
        assertThat(epics.offenderCount()).isEqualTo("5 offenders");
        assertThat(epics.issueLinkTexts()).containsExactly("ALPHA-1", "ALPHA-2", "ALPHA-3");
        assertThat(epics.issueLinkHrefs()).containsExactly("/browse/ALPHA-1", "/browse/ALPHA-2", "/browse/ALPHA-3");
        assertThat(epics.more()).hasValue("and 2 more");
        assertThat(epics.waivedCount()).hasValue("1");
        assertThat(epics.waivedUntil()).containsExactly("2027-01-31");
        assertThat(epics.firstSeen()).hasValue("2026-11-02T08:00:00Z");

        Violation versions = page.violation(12);
        assertThat(versions.issueLinkTexts()).as("versions are not issues").isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector("#pmo-compliance-standard-12 .pmo-compliance-offender"))
                .getText()).isEqualTo("1.1");
        assertThat(browser.driver()
                .findElements(By.cssSelector("#pmo-compliance-standard-12 .pmo-compliance-rationale")))
                .as("no rationale, nothing to open").isEmpty();

        Violation category = page.violation(13);
        assertThat(category.outcome()).isEqualTo("waived");
        assertThat(category.waivedUntil()).containsExactly("2026-12-31");
        assertThat(browser.driver().findElements(By.cssSelector("#pmo-compliance-standard-13 .pmo-compliance-ask")))
                .as("nothing left to waive").isEmpty();
        assertThat(page.passedStandardIds()).as("both major: by name").containsExactly("15", "14");
        assertThat(browser.driver().findElement(By.cssSelector("#pmo-compliance-standard-15"))
                .getDomAttribute("data-outcome"))
                .isEqualTo("error");
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/compliance-fixture-project.png"));
    }

    @Test
    void onAPhoneBothPagesFitTheScreenWidth() {
        Dimension before = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            ProjectCompliancePage page = projectPage(true, RESULT, WAIVERS);
            assertThat(page.overflowPastWindow()).as("CSS pixels past the right edge").isZero();
            browser.chromium().saveWindowScreenshot(OUTPUT.resolve("screenshots/compliance-fixture-project-390.png"));

            PortfolioCompliancePage table = portfolioPage();
            assertThat(table.pageScrollsSideways()).isFalse();
            browser.chromium().saveWindowScreenshot(OUTPUT.resolve("screenshots/compliance-fixture-portfolio-390.png"));
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    @Test
    void theWaiversTableSaysEachStatusAndOffersWithdrawOnlyToTheRequester() {
        ProjectCompliancePage page = projectPage(true, RESULT, WAIVERS);

        assertThat(page.waiver(7).status()).isEqualTo("approved");
        assertThat(page.waiver(6).status()).as("approved but past its expiry").isEqualTo("expired");
        assertThat(page.waiver(6).statusWord()).isEqualTo(PmoText.of("pmo.compliance.waiver.status.expired"));
        assertThat(page.waiver(9).status()).isEqualTo("requested");
        assertThat(page.waiver(8).issues()).isEqualTo(PmoText.of("pmo.compliance.waivers.whole.project"));
        assertThat(page.waiver(9).canWithdraw()).as("pmo asked for it").isTrue();
        assertThat(page.waiver(7).canWithdraw()).as("dave asked for it; pmo is no PMO admin here").isFalse();
        assertThat(page.waivers()).extracting(ProjectCompliancePage.WaiverRow::id).as("newest request first")
                .containsExactly(9L, 8L, 7L, 6L);
    }

    @Test
    void withdrawingSendsTheWaiversVersionAndRedrawsTheList() {
        ProjectCompliancePage page = projectPage(true, RESULT, WAIVERS);
        server.answer("POST", "compliance/waivers/9/withdraw", 200, "{}");
        server.answer("GET", "projects/ALPHA/compliance/waivers", 200, WAIVERS.replace(
                "\"status\": \"REQUESTED\"", "\"status\": \"WITHDRAWN\""));

        browser.driver().findElement(By.cssSelector("tr[data-waiver-id='9'] .pmo-compliance-withdraw")).click();

        page.waitForWaiverStatus(9, "withdrawn");
        assertThat(server.requests()).contains("POST compliance/waivers/9/withdraw {\"version\":0}");
    }

    @Test
    void riskOffendersOpenInTheProjectsRiskRegister() {
        ProjectCompliancePage page = projectPage(false, RESULT
                .replace("\"offenderKind\": \"VERSION\"", "\"offenderKind\": \"RISK\"")
                .replace("[\"1.1\"]", "[\"RISK-42\"]"), "[]");

        assertThat(browser.driver()
                .findElement(By.cssSelector("#pmo-compliance-standard-12 a.pmo-compliance-risk-link"))
                .getDomAttribute("href")).isEqualTo("/projects/ALPHA?selectedItem="
                + "com.pmosuite.pmo-plugin%3Arisk-register-sidebar-link&risk=42");
        assertThat(page.violation(12).issueLinkTexts()).isEmpty();
    }

    @Test
    void aProjectNeverScannedSaysSoAndOffersTheScanToThoseAllowed() {
        String never = """
                {"projectKey": "ALPHA", "score": null, "rag": "GREY", "scannedAt": null, "runId": null,
                 "passedWeight": null, "scoredWeight": null, "dryRun": false, "violations": [], "passed": [],
                 "notScored": []}""";
        ProjectCompliancePage page = projectPage(true, never, "[]");

        assertThat(page.state()).isEqualTo("never-scanned");
        assertThat(page.message("never-scanned")).hasValue(PmoText.of("pmo.compliance.project.never.act"));
        assertThat(page.scoreText()).isEqualTo(PmoText.of("pmo.compliance.score.none"));
        assertThat(page.rag()).isEqualTo("grey");
        assertThat(page.scannedAt()).isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector("#pmo-waivers")).getText())
                .isEqualTo(PmoText.of("pmo.compliance.waivers.none"));

        ProjectCompliancePage reader = projectPage(false, never, "[]");
        assertThat(reader.message("never-scanned")).hasValue(PmoText.of("pmo.compliance.project.never"));
        assertThat(reader.hasButton("pmo-compliance-scan")).isFalse();
    }

    @Test
    void aScannedProjectThatNoStandardReachesSaysSo() {
        ProjectCompliancePage page = projectPage(false, """
                {"projectKey": "ALPHA", "score": null, "rag": "GREY", "scannedAt": "2026-11-30T08:15:00Z",
                 "runId": 3, "passedWeight": 0, "scoredWeight": 0, "dryRun": false, "violations": [], "passed": [],
                 "notScored": []}""", "[]");

        assertThat(page.state()).isEqualTo("no-standards");
        assertThat(page.message("no-standards")).hasValue(PmoText.of("pmo.compliance.project.no.standards"));
    }

    @Test
    void aDryRunIsShownAsAPreviewUntilTheReaderGoesBackToTheRecordedResult() {
        ProjectCompliancePage page = projectPage(true, RESULT, WAIVERS);
        server.answer("POST", "projects/ALPHA/compliance/scan?dryRun=true", 200, RESULT
                .replace("\"62.5\"", "\"80.0\"").replace("\"dryRun\": false", "\"dryRun\": true"));

        page.preview();

        assertThat(page.score()).isEqualTo("80.0");
        assertThat(page.message("preview")).isPresent();
        assertThat(server.requests()).contains("POST projects/ALPHA/compliance/scan?dryRun=true");
        browser.driver().findElement(By.cssSelector(".pmo-compliance-preview-back")).click();
        assertThat(page.state()).isEqualTo("ready");
        assertThat(page.score()).isEqualTo("62.5");
    }

    @Test
    void scanNowRecordsAScanAndDrawsTheNewResult() {
        ProjectCompliancePage page = projectPage(true, RESULT, WAIVERS);
        String newer = RESULT.replace("\"62.5\"", "\"75.0\"").replace("2026-11-30T08:15:00Z",
                "2026-11-30T09:00:00Z");
        server.answer("POST", "projects/ALPHA/compliance/scan", 200, newer);
        server.answer("GET", "projects/ALPHA/compliance", 200, newer);

        page.scanNow();

        assertThat(page.score()).isEqualTo("75.0");
        assertThat(page.scannedAt()).hasValue("2026-11-30T09:00:00Z");
    }

    @Test
    void theWaiverDialogSendsTheRequestAndPutsTheServersFieldErrorsBesideTheFields() {
        ProjectCompliancePage page = projectPage(true, RESULT, "[]");
        server.answer("POST", "projects/ALPHA/compliance/waivers", 400, """
                {"status": 400, "message": "Check the fields", "errors": [
                  {"field": "justification", "message": "Say why the standard cannot be kept."},
                  {"field": "issueKeys[1]", "message": "ALPHA-99 is not an offender."}]}""");

        WaiverDialog dialog = page.requestWaiverFor(11);
        dialog.issues("ALPHA-1, ALPHA-99;").expires(LocalDate.of(2027, 2, 1));

        assertThat(dialog.submitExpectingErrorOn("justification")).isEqualTo("Say why the standard cannot be kept.");
        assertThat(browser.driver().findElement(By.cssSelector("#pmo-waiver-form .error[data-field='issueKeys']"))
                .getText())
                .isEqualTo("ALPHA-99 is not an offender.");
        assertThat(dialog.fieldMarkedInvalid("issueKeys")).isTrue();
        assertThat(server.requests()).contains("POST projects/ALPHA/compliance/waivers {\"standardId\":11,"
                + "\"issueKeys\":[\"ALPHA-1\",\"ALPHA-99\"],\"justification\":\"\",\"expires\":\"2027-02-01\"}");

        server.answer("POST", "projects/ALPHA/compliance/waivers", 201, "{\"id\": 10}");
        server.answer("GET", "projects/ALPHA/compliance/waivers", 200, WAIVERS);
        dialog.justification("Vendor work").submit();

        ProjectCompliancePage after = ProjectCompliancePage.settled(browser.driver()).waitForWaivers(4);
        assertThat(after.successFlag()).contains(PmoText.of("pmo.compliance.waiver.requested.flag"));
        assertThat(browser.chromium().consoleErrors()).as("only the 400 the test asked for")
                .singleElement().asString().contains("compliance/waivers", "400");
    }

    @Test
    void markupInEveryServerTextIsShownAsText() {
        String markup = "<img src=x onerror=window.__pmoInjected=1><script>window.__pmoInjected=2</script>";
        String result = RESULT.replace("Epics have dates", markup.replace("\"", "\\\""))
                .replace("Plans need dates.", markup).replace("5 epics without a due date", markup)
                .replace("\"1.1\"", "\"" + markup + "\"");
        String waivers = WAIVERS.replace("Vendor epic", markup).replace("Until the vendor delivers", markup)
                .replace("Dave Diaz", markup);

        ProjectCompliancePage page = projectPage(true, result, waivers);

        assertThat(page.violation(11).name()).isEqualTo(markup);
        assertThat(page.violation(11).rationale()).isEqualTo(markup);
        assertThat(page.waiver(7).justification()).isEqualTo(markup);
        assertThat(browser.driver().findElement(By.cssSelector("#pmo-compliance-standard-12 .pmo-compliance-offender"))
                .getText()).isEqualTo(markup);
        assertThat(browser.driver().findElement(By.cssSelector(".pmo-breadcrumb-project")).getText())
                .as("the project name, escaped by Velocity").isEqualTo("Apollo <Platform>");
        assertThat(page.injectedElements()).isZero();
        assertThat(page.injectedScriptRan()).isFalse();
    }

    @Test
    void aProjectTheApiRefusesSaysItIsNotAvailable() {
        server.answer("GET", "projects/ALPHA/compliance/waivers", 404, "{\"status\":404,\"message\":\"x\"}");
        browser.driver().get(server.projectPage(false).toString());
        ProjectCompliancePage page = ProjectCompliancePage.settled(browser.driver());

        assertThat(page.state()).isEqualTo("unavailable");
        assertThat(page.message("unavailable")).hasValue(PmoText.of("pmo.compliance.project.unavailable"));
        assertThat(browser.chromium().consoleErrors()).as("only the 404s the test asked for")
                .allSatisfy(error -> assertThat(error).contains("404"));
    }

    @Test
    void thePortfolioTableSaysEveryOutcomeInAWordWithALabelAndLinksEachCellToItsStandard() {
        PortfolioCompliancePage page = portfolioPage();

        assertThat(page.state()).isEqualTo("ready");
        assertThat(page.headline()).isEqualTo("Digital <b>T</b>");
        assertThat(page.score()).isEqualTo("71.4");
        assertThat(page.hiddenNote()).hasValue(PmoText.of("pmo.compliance.portfolio.hidden").replace("{0}", "2"));
        assertThat(page.standardHeaders()).containsExactly("Dates", "<i>Risks</i>");
        assertThat(page.projectScore("GAMMA")).isEmpty();
        assertThat(page.cell("ALPHA", 1).outcome()).isEqualTo("failed");
        assertThat(page.cell("ALPHA", 1).text()).isEqualTo(PmoText.of("pmo.compliance.cell.failed") + " 12");
        assertThat(page.cell("ALPHA", 1).label()).isEqualTo("ALPHA, Dates: " + PmoText.of(
                "pmo.compliance.outcome.failed") + ", 12 offenders");
        assertThat(page.cell("ALPHA", 1).href()).isEqualTo("/projects/ALPHA?selectedItem="
                + "com.pmosuite.pmo-plugin%3Aproject-compliance-sidebar-link#pmo-compliance-standard-1");
        assertThat(page.cell("ALPHA", 2).outcome()).isEqualTo("waived");
        assertThat(page.cell("BETA", 1).outcome()).isEqualTo("passed");
        assertThat(page.cell("BETA", 2).outcome()).isEqualTo("error");
        assertThat(page.cell("BETA", 2).label()).isEqualTo("BETA, <i>Risks</i>: "
                + PmoText.of("pmo.compliance.outcome.error"));
        assertThat(page.cell("GAMMA", 1).outcome()).isEqualTo("not_applicable");
        assertThat(page.cell("GAMMA", 2).outcome()).as("a standard that does not reach GAMMA").isEqualTo("none");
        assertThat(page.cell("GAMMA", 2).text()).isEqualTo(PmoText.of("pmo.compliance.cell.none"));
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-key='GAMMA'] .pmo-compliance-not-scanned"))
                .getText())
                .isEqualTo(PmoText.of("pmo.compliance.portfolio.not.scanned"));
        assertThat(page.injectedElements()).isZero();
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/compliance-fixture-portfolio.png"));
    }

    private PortfolioCompliancePage portfolioPage() {
        server.answer("GET", "portfolios", 200, "[{\"id\": 5, \"name\": \"Digital\"}]");
        server.answer("GET", "portfolios/5/compliance", 200, """
                {"portfolioId": 5, "name": "Digital <b>T</b>", "score": "71.4", "rag": "AMBER", "hiddenProjects": 2,
                 "dryRun": false,
                 "standards": [{"id": 1, "name": "Dates", "severity": "MAJOR"},
                               {"id": 2, "name": "<i>Risks</i>", "severity": "CRITICAL"}],
                 "projects": [
                   {"key": "ALPHA", "name": "Apollo", "score": "50.0", "rag": "RED",
                    "scannedAt": "2026-11-30T08:00:00Z",
                    "cells": {"1": {"outcome": "FAILED", "total": 12}, "2": {"outcome": "WAIVED", "total": 0}}},
                   {"key": "BETA", "name": "Billing", "score": "100.0", "rag": "GREEN",
                    "scannedAt": "2026-11-30T08:00:00Z",
                    "cells": {"1": {"outcome": "PASSED", "total": 0}, "2": {"outcome": "ERROR", "total": 0}}},
                   {"key": "GAMMA", "name": "Portal", "score": null, "rag": "GREY", "scannedAt": null,
                    "cells": {"1": {"outcome": "NOT_APPLICABLE", "total": 0}}}],
                 "worstStandards": []}""");
        browser.driver().get(server.portfolioPage(5).toString());
        return PortfolioCompliancePage.settled(browser.driver());
    }
}
