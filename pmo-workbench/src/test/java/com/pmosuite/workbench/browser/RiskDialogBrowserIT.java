package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.browser.pages.LoginPage;
import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.browser.pages.RiskDialog;
import com.pmosuite.workbench.browser.pages.RiskReadView;
import com.pmosuite.workbench.browser.pages.RiskRegisterPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.pmosuite.workbench.browser.BrowserSession.OUTPUT;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk dialog in Chromium on the shared demo workbench: the read view a browse-only user gets, the three-way
 * merge when two people edit one risk in two browsers, and the question before unsaved changes are thrown away.
 * alice browses GAMMA but may not edit its risks (a viewer there); pmo edits every register.
 */
class RiskDialogBrowserIT {
    private static final String ALPHA = "ALPHA";
    private static final String GAMMA = "GAMMA";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private static Chromium colleague;

    @AfterAll
    static void closeColleaguesBrowser() {
        if (colleague != null) {
            colleague.close();
        }
    }

    @Test
    void aViewerReadsARiskAsLabelledValuesWithoutAnyFormControl() {
        String title = unique("Call centre contract ends before the portal launches");
        JsonNode stored = RiskApi.as(browser.base(), "pmo").create(GAMMA, Map.ofEntries(entry("title", title),
                entry("description", "Two lines\nof description"), entry("kind", "threat"),
                entry("probability", 4), entry("impact", 5), entry("ownerKey", "bob"), entry("status", "responding"),
                entry("strategy", "mitigate"), entry("residualProbability", 2), entry("residualImpact", 2),
                entry("costImpact", "1250.50"), entry("lastReviewDate", "2026-01-05"),
                entry("nextReviewDate", "2026-02-01"), entry("linkedIssueKeys", List.of("GAMMA-1"))));
        browser.logInAs("alice");

        RiskReadView view = RiskReadView.open(browser.driver(), browser.base(), GAMMA, stored.path("id").asLong());

        assertThat(view.title()).isEqualTo(title);
        assertThat(view.visibleInputs()).as("inputs, selects and text areas shown").isZero();
        assertThat(view.visibleRequiredMarks()).isZero();
        assertThat(view.isAssignToMeShown()).isFalse();
        assertThat(view.visibleButtons()).as("only Close (and the tabs)").containsExactlyInAnyOrder(
                PmoText.of("pmo.risk.dialog.tab.details"), PmoText.of("pmo.risk.dialog.tab.history"),
                PmoText.of("pmo.common.close"), PmoText.of("pmo.common.close"));
        assertThat(view.label("ownerKey")).isEqualTo(PmoText.of("pmo.risk.field.ownerKey"));
        assertThat(view.value("ownerKey")).isEqualTo("Bob Brown");
        assertThat(view.value("description")).isEqualTo("Two lines\nof description");
        assertThat(view.lozenges("score")).containsExactly("20 "
                + PmoText.of("pmo.risk.severity." + stored.path("severity").asText()));
        assertThat(view.value("score")).contains("4 \u00d7 5 = 20");
        assertThat(view.lozenges("residualScore")).singleElement().asString().startsWith("4 ");
        assertThat(view.value("strategy")).isEqualTo(PmoText.of("pmo.risk.strategy.mitigate"));
        // In the reader's date format, not as stored, and flagged: the review was due long ago.
        assertThat(view.value("nextReviewDate")).doesNotContain("2026-02-01")
                .endsWithIgnoringCase(PmoText.of("pmo.risk.table.overdue"));
        assertThat(view.linkedIssueHrefs()).containsExactly("/browse/GAMMA-1");
        browser.chromium().saveWindowScreenshot(OUTPUT.resolve("screenshots/risk-read-view.png"));
        assertThat(view.historyFields()).contains(PmoText.of("pmo.risk.history.created"));
        view.close();
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void aRiskNotAssessedAfterResponseSaysSoInTheReadView() {
        JsonNode stored = RiskApi.as(browser.base(), "pmo").create(GAMMA, Map.of("title", unique("Unassessed residual"),
                "kind", "opportunity", "probability", 2, "impact", 3));
        browser.logInAs("alice");

        RiskReadView view = RiskReadView.open(browser.driver(), browser.base(), GAMMA, stored.path("id").asLong());

        assertThat(view.value("residualScore")).isEqualTo(PmoText.of("pmo.risk.read.not.assessed"));
        assertThat(view.lozenges("residualScore")).isEmpty();
        assertThat(view.value("ownerKey")).isEqualTo(PmoText.of("pmo.risk.table.unassigned"));
        assertThat(view.value("linkedIssueKeys")).isEqualTo(PmoText.of("pmo.risk.history.empty.value"));
    }

    @Test
    void twoPeopleChangingDifferentFieldsBothKeepTheirChangesWithoutBeingAsked() {
        RiskApi api = RiskApi.as(browser.base(), "alice");
        long id = api.create(ALPHA, Map.of("title", unique("Data centre move overlaps the release"),
                "kind", "threat", "probability", 3, "impact", 3)).path("id").asLong();
        browser.logInAs("alice");
        RiskDialog mine = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA)
                .sortNewestFirst().row(id).open();
        String myTitle = unique("Data centre move overlaps the release (alice)");
        mine.typeTitle(myTitle);

        RiskDialog theirs = colleagueOpens("pmo", id);
        theirs.type("description", "Priya's description").saveAndWaitUntilClosed();
        mine.saveAndWaitUntilClosed();

        JsonNode saved = api.risk(id);
        assertThat(saved.path("title").asText()).isEqualTo(myTitle);
        assertThat(saved.path("description").asText()).as("the colleague's change is kept")
                .isEqualTo("Priya's description");
        assertThat(saved.path("version").asInt()).isEqualTo(3);
    }

    @Test
    void twoPeopleChangingTheSameFieldAreAskedOnlyAboutThatField() {
        RiskApi api = RiskApi.as(browser.base(), "alice");
        long id = api.create(ALPHA, Map.of("title", unique("Licence audit"), "kind", "threat",
                "probability", 2, "impact", 2, "category", "Legal")).path("id").asLong();
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA).sortNewestFirst();
        RiskDialog mine = register.row(id).open();
        String myTitle = unique("Licence audit (alice)");
        mine.typeTitle(myTitle).type("category", "Compliance");

        String theirTitle = unique("Licence audit (Priya)");
        colleagueOpens("pmo", id).typeTitle(theirTitle).type("description", "Priya's description")
                .saveAndWaitUntilClosed();
        mine.save();

        assertThat(mine.mergeQuestions()).containsExactly("title");
        assertThat(mine.mergeQuestionText("title")).contains(myTitle, theirTitle, "Priya Mehta");
        assertThat(mine.value("description")).as("their change, in the form").isEqualTo("Priya's description");
        assertThat(mine.value("category")).as("my other change, kept").isEqualTo("Compliance");
        register.expectWarningFlag(PmoText.of("pmo.common.error.conflict"));
        assertThat(api.risk(id).path("title").asText()).as("nothing saved yet").isEqualTo(theirTitle);
        browser.chromium().saveWindowScreenshot(OUTPUT.resolve("screenshots/risk-dialog-merge.png"));

        mine.keep("title", "yours");
        assertThat(mine.title()).isEqualTo(myTitle);
        mine.saveAndWaitUntilClosed();

        JsonNode saved = api.risk(id);
        assertThat(saved.path("title").asText()).isEqualTo(myTitle);
        assertThat(saved.path("category").asText()).isEqualTo("Compliance");
        assertThat(saved.path("description").asText()).as("never reverted").isEqualTo("Priya's description");
    }

    @Test
    void keepingTheirValueSavesMyOtherChangesAndTheirs() {
        RiskApi api = RiskApi.as(browser.base(), "alice");
        long id = api.create(ALPHA, Map.of("title", unique("Network cut-over"), "kind", "threat",
                "probability", 2, "impact", 2)).path("id").asLong();
        browser.logInAs("alice");
        RiskDialog mine = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA)
                .sortNewestFirst().row(id).open();
        mine.typeTitle(unique("Network cut-over (alice)")).type("trigger", "Alice's trigger");
        String theirTitle = unique("Network cut-over (Priya)");
        colleagueOpens("pmo", id).typeTitle(theirTitle).saveAndWaitUntilClosed();
        mine.save();
        assertThat(mine.mergeQuestions()).containsExactly("title");

        mine.save();
        assertThat(mine.isOpen()).as("Save waits for a choice").isTrue();
        mine.keep("title", "theirs").saveAndWaitUntilClosed();

        JsonNode saved = api.risk(id);
        assertThat(saved.path("title").asText()).isEqualTo(theirTitle);
        assertThat(saved.path("trigger").asText()).isEqualTo("Alice's trigger");
    }

    @Test
    void escapeWithoutChangesCloses() {
        long id = aRiskOfAlpha("Escape closes");
        browser.logInAs("alice");
        RiskDialog dialog = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA)
                .sortNewestFirst().row(id).open();

        dialog.pressEscape().waitUntilClosed();
    }

    @Test
    void escapeWithUnsavedChangesAsksWhetherToDiscardThem() {
        long id = aRiskOfAlpha("Escape asks");
        String title = RiskApi.as(browser.base(), "alice").risk(id).path("title").asText();
        browser.logInAs("alice");
        RiskDialog dialog = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA)
                .sortNewestFirst().row(id).open();
        dialog.typeTitle(title + " edited");

        dialog.pressEscape();

        assertThat(dialog.discardQuestion()).isEqualTo(PmoText.of("pmo.risk.discard.confirm"));
        assertThat(dialog.isOpen()).isTrue();
        dialog.keepEditing();
        assertThat(dialog.asksToDiscard()).isFalse();
        assertThat(dialog.title()).isEqualTo(title + " edited");

        dialog.pressEscape();
        assertThat(dialog.discardQuestion()).isNotBlank();
        dialog.pressEscape();
        assertThat(dialog.asksToDiscard()).as("Escape on the question keeps the changes").isFalse();
        assertThat(dialog.isOpen()).isTrue();

        dialog.pressEscape();
        dialog.discardAndWaitUntilClosed();
        assertThat(RiskApi.as(browser.base(), "alice").risk(id).path("title").asText()).isEqualTo(title);
    }

    @Test
    void cancelAndTheCloseIconAskTooWhenThereAreChanges() {
        long id = aRiskOfAlpha("Cancel asks");
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA).sortNewestFirst();
        RiskDialog dialog = register.row(id).open();

        dialog.type("cause", "A cause").clickCancel();
        assertThat(dialog.discardQuestion()).isNotBlank();
        dialog.keepEditing().clickCloseIcon();
        assertThat(dialog.discardQuestion()).isNotBlank();
        dialog.discardAndWaitUntilClosed();

        RiskDialog again = register.row(id).open();
        assertThat(again.value("cause")).isEmpty();
        again.clickCloseIcon().waitUntilClosed();
        register.row(id).open().clickCancel().waitUntilClosed();
    }

    /** A second browser, logged in as {@code user}, with the risk open in its dialog. */
    private static RiskDialog colleagueOpens(String user, long id) {
        if (colleague == null) {
            colleague = Chromium.launch();
        }
        colleague.forgetSession();
        WebDriver other = colleague.driver();
        LoginPage.open(other, browser.base()).logIn(user, user);
        return RiskRegisterPage.open(other, browser.base(), ALPHA).sortNewestFirst().row(id).open();
    }

    private static long aRiskOfAlpha(String about) {
        return RiskApi.as(browser.base(), "alice").create(ALPHA, Map.of("title", unique(about), "kind", "threat",
                "probability", 2, "impact", 3)).path("id").asLong();
    }

    private static String unique(String about) {
        return about + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
