package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.browser.pages.RiskRegisterPage;
import com.pmosuite.workbench.browser.pages.RiskRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing status, owner and next review in the register's list, in place (issue 9, "Inline edit"): Enter saves with
 * the row's version, Esc cancels, a colleague's earlier save of another field is kept under this one (the server's
 * three-way merge), a colleague's earlier save of the same field is shown in place with its value, a refused value shows
 * the server's message, and only those who may edit get editable cells.
 */
class RiskInlineEditBrowserIT {
    private static final String ALPHA = "ALPHA";
    // alice only views GAMMA.
    private static final String GAMMA = "GAMMA";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void aStatusChosenInPlaceIsSavedOnEnterWithTheRowsVersion() {
        JsonNode stored = aRisk("Status edited in place");
        long id = stored.path("id").asLong();
        RiskRow row = registerAs("alice").row(id);

        row.edit("status").choose("monitoring").pressEnter();

        assertThat(row.status()).isEqualTo(PmoText.of("pmo.risk.status.monitoring"));
        assertThat(row.inlineResult("status")).isEqualTo(PmoText.of("pmo.risk.inline.saved")
                .replace("{0}", PmoText.of("pmo.risk.field.status")));
        JsonNode now = RiskApi.as(browser.base(), "alice").risk(id);
        assertThat(now.path("status").asText()).isEqualTo("monitoring");
        assertThat(now.path("version").asLong()).isEqualTo(stored.path("version").asLong() + 1);
        assertThat(row.version()).isEqualTo(now.path("version").asLong());
    }

    @Test
    void aNextReviewDateAndAnOwnerAreSavedInPlace() {
        long id = aRisk("Owner and review edited in place").path("id").asLong();
        RiskRow row = registerAs("alice").row(id);

        row.edit("nextReviewDate").type("2031-07-14").pressEnter();
        row.edit("ownerKey").type("carol").pressEnter();

        JsonNode now = RiskApi.as(browser.base(), "alice").risk(id);
        assertThat(now.path("nextReviewDate").asText()).isEqualTo("2031-07-14");
        assertThat(now.path("ownerKey").asText()).isEqualTo("carol");
        assertThat(row.nextReview()).isEqualTo("14/Jul/31");
        assertThat(row.owner()).startsWith("Carol Chen");
    }

    @Test
    void escapeLeavesTheCellAndTheRiskAsTheyWere() {
        JsonNode stored = aRisk("Edit cancelled");
        long id = stored.path("id").asLong();
        RiskRow row = registerAs("alice").row(id);

        row.edit("ownerKey").type("carol").pressEscape();

        assertThat(row.owner()).isEqualTo(PmoText.of("pmo.risk.table.unassigned"));
        JsonNode now = RiskApi.as(browser.base(), "alice").risk(id);
        assertThat(now.path("ownerKey").isNull()).isTrue();
        assertThat(now.path("version").asLong()).isEqualTo(stored.path("version").asLong());
    }

    @Test
    void aColleaguesEarlierSaveIsShownInPlaceWithTheirValueAndTheRowShowsTheRiskAsItIsNow() {
        JsonNode stored = aRisk("Edited by two people");
        long id = stored.path("id").asLong();
        RiskRow row = registerAs("alice").row(id);
        RiskApi.as(browser.base(), "carol").change(id, "status", "monitoring");

        row.edit("status").choose("closed").pressEnter();

        String monitoring = PmoText.of("pmo.risk.status.monitoring");
        assertThat(row.inlineResult("status")).contains("Carol Chen", monitoring);
        assertThat(row.status()).as("the row shows the risk as stored now").isEqualTo(monitoring);
        JsonNode now = RiskApi.as(browser.base(), "alice").risk(id);
        assertThat(now.path("status").asText()).isEqualTo("monitoring");
        assertThat(row.version()).isEqualTo(now.path("version").asLong());
    }

    @Test
    void aColleaguesEarlierSaveOfAnotherFieldIsKeptAndTheChangeMadeInPlaceGoesOnTopOfIt() {
        JsonNode stored = aRisk("Edited apart by two people");
        long id = stored.path("id").asLong();
        RiskRow row = registerAs("alice").row(id);
        RiskApi.as(browser.base(), "carol").change(id, "description", "Carol's note on the supplier");

        row.edit("status").choose("closed").pressEnter();

        assertThat(row.inlineResult("status")).contains("Carol Chen");
        JsonNode now = RiskApi.as(browser.base(), "alice").risk(id);
        assertThat(now.path("status").asText()).isEqualTo("closed");
        assertThat(now.path("description").asText()).as("the colleague's change is kept")
                .isEqualTo("Carol's note on the supplier");
        assertThat(now.path("version").asLong()).isEqualTo(stored.path("version").asLong() + 2);
        assertThat(row.status()).isEqualTo(PmoText.of("pmo.risk.status.closed"));
        assertThat(row.version()).isEqualTo(now.path("version").asLong());
    }

    @Test
    void aValueTheServerRefusesShowsItsMessageInPlaceAndNothingIsSaved() {
        JsonNode stored = aRisk("Refused owner");
        long id = stored.path("id").asLong();
        RiskRow row = registerAs("alice").row(id);

        row.edit("ownerKey").type("nobody-such-user").pressEnter();

        assertThat(row.inlineError()).contains("nobody-such-user");
        assertThat(row.editing("ownerKey")).as("the editor stays open to fix the value").isTrue();
        assertThat(RiskApi.as(browser.base(), "alice").risk(id).path("version").asLong())
                .isEqualTo(stored.path("version").asLong());
    }

    @Test
    void aViewerGetsTheListWithoutEditableCells() {
        RiskApi.as(browser.base(), "dave").create(GAMMA, Map.of("title", unique("Viewed, not edited"), "kind", "threat",
                "probability", 2, "impact", 2));
        browser.logInAs("alice");

        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), GAMMA);

        assertThat(register.rowCount()).isPositive();
        assertThat(register.offersInlineEdit()).isFalse();
        RiskRegisterPage own = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA);
        assertThat(own.offersInlineEdit()).as("alice edits ALPHA's risks").isTrue();
    }

    private RiskRegisterPage registerAs(String user) {
        browser.logInAs(user);
        return RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA).sortNewestFirst();
    }

    private static JsonNode aRisk(String title) {
        return RiskApi.as(browser.base(), "alice").create(ALPHA, Map.of("title", unique(title), "kind", "threat",
                "probability", 3, "impact", 3, "nextReviewDate", LocalDate.of(2031, 1, 10).toString()));
    }

    private static String unique(String about) {
        return about + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
