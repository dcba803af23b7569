package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pmosuite.workbench.browser.pages.ComplianceAdminPage;
import com.pmosuite.workbench.risk.PmoRestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance administration page in Chromium, against the workbench's real REST API and demo data: a PMO admin
 * confirms their password, builds a standard with a nested condition and sees the live preview's count (the same the
 * API answers), sees a refused value next to its field, assigns a set to a portfolio, saves the schedule and scans,
 * approves a waiver, and imports a file after seeing its plan (and a stale plan refused).
 */
class ComplianceAdminBrowserIT {
    private static final PmoRestClient PMO = PmoRestClient.as("pmo");
    private static final String DIALOG = "cpl-standard-dialog";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private ComplianceAdminPage page;

    @BeforeEach
    void logInAsPmoAdmin() {
        browser.logInAs("pmo");
        page = ComplianceAdminPage.open(browser.driver(), browser.base(), "pmo");
    }

    @Test
    void thePreviewLinksTheIssueNavigatorWhichListsAsManyIssuesAsItCounts() {
        page.startNewStandard().standardName(unique("Open work")).checkType("condition");
        page.clause("check.rule.parts[0]", "status-category", "not-equals", "DONE");
        String preview = page.previewOn("ALPHA");
        JsonNode expected = PMO.post("compliance/preview", Map.of("check",
                condition(List.of(clause("status-category", "not-equals", "DONE"))), "projectKey", "ALPHA")).json();
        assertThat(preview).isEqualTo("This would flag " + expected.path("total").asLong() + " issues in ALPHA.");

        ComplianceAdminPage.NavigatorList listed = page.followPreviewNavigator();

        assertThat(listed.href()).contains("/issues/?jql=");
        assertThat(listed.total()).isEqualTo(expected.path("total").asLong());
        assertThat(listed.rows()).isEqualTo((int) Math.min(50, expected.path("total").asLong()));
    }

    @Test
    void aStandardWithANestedConditionIsBuiltWithALivePreviewOfWhatItWouldFlag() {
        String name = unique("Stale due dates");
        page.startNewStandard().standardName(name).severity("critical").weight("8").checkType("condition");
        // Date fields offer ordering operators, id fields lists; the builder offers only what applies.
        assertThat(page.operatorsOf("check.rule.parts[0]")).contains("less-than").doesNotContain("in");
        page.clause("check.rule.parts[0]", "status-category", "not-equals", "DONE");
        assertThat(page.operatorsOf("check.rule.parts[0]")).contains("in").doesNotContain("less-than");

        page.addGroup("check.rule").match("check.rule.parts[1]", "any")
                .clause("check.rule.parts[1].parts[0]", "story-points", "is-empty", null)
                .addClause("check.rule.parts[1]")
                .clause("check.rule.parts[1].parts[1]", "due", "less-than", "-7d");

        String preview = page.previewOn("ALPHA");
        JsonNode check = condition(List.of(clause("status-category", "not-equals", "DONE"),
                any(clause("story-points", "is-empty", null), clause("due", "less-than", "-7d"))));
        JsonNode expected = PMO.post("compliance/preview", Map.of("check", check, "projectKey", "ALPHA")).json();
        assertThat(expected.path("total").asLong()).as("demo issues the rule flags").isPositive();
        assertThat(preview).isEqualTo("This would flag " + expected.path("total").asLong() + " issues in ALPHA.");

        // Narrowing the rule asks again: the count follows the form.
        page.clause("check.rule.parts[0]", "status-category", "equals", "DONE");
        JsonNode narrower = PMO.post("compliance/preview", Map.of("check", condition(List.of(
                clause("status-category", "equals", "DONE"),
                any(clause("story-points", "is-empty", null), clause("due", "less-than", "-7d")))), "projectKey", "ALPHA"))
                .json();
        String expectedText = narrower.path("total").asLong() == 0 ? "ALPHA passes"
                : "This would flag " + narrower.path("total").asLong() + " issues in ALPHA.";
        assertThat(page.previewShowing(expectedText)).contains(expectedText);
        page.clause("check.rule.parts[0]", "status-category", "not-equals", "DONE");
        page.previewShowing("This would flag " + expected.path("total").asLong() + " issues");

        page.saveStandardExpectingSuccess(name);
        assertThat(page.standardCells(name)).startsWith(name, "CRITICAL", "8", "Yes", "Condition");
        JsonNode stored = standardNamed(name);
        JsonNode rule = stored.path("check").path("rule");
        assertThat(rule.path("parts")).hasSize(2);
        assertThat(rule.path("parts").get(1).path("parts")).hasSize(2);
        assertThat(rule.path("parts").get(1).path("parts").get(1).path("value").asText()).isEqualTo("-7d");
        assertThat(stored.path("severity").asText()).isEqualTo("critical");
    }

    @Test
    void aRefusedValueIsShownAtItsFieldAndEscapeAsksBeforeDiscardingTheForm() {
        page.startNewStandard().standardName(unique("Points set")).checkType("condition")
                .clause("check.rule.parts[0]", "story-points", "greater-than", "lots");

        String error = page.saveExpectingErrorAt("check.rule.parts[0].value");
        assertThat(error).contains("must be a number");
        assertThat(page.markedInvalid("check.rule.parts[0].value")).isTrue();

        page.pressEscape();
        assertThat(page.asksToDiscard(DIALOG)).isTrue();
        page.keepEditing(DIALOG);
        assertThat(page.dialogOpen(DIALOG)).isTrue();
        page.pressEscape().discard(DIALOG);
        assertThat(page.dialogOpen(DIALOG)).isFalse();
    }

    @Test
    void rawJqlTheServerRefusesIsExplainedAtTheJqlBox() {
        page.startNewStandard().standardName(unique("Raw JQL")).checkType("jql")
                .jql("project = ALPHA AND nonsense ~~ (");

        assertThat(page.saveExpectingErrorAt("check.jql")).isNotBlank();
        assertThat(page.markedInvalid("check.jql")).isTrue();
    }

    @Test
    void theTabsFollowTheArrowKeys() {
        assertThat(page.keyOnTabs("standards", Keys.ARROW_RIGHT)).isEqualTo("sets");
        assertThat(page.focused()).isEqualTo("cpl-tab-sets");
        assertThat(page.keyOnTabs("sets", Keys.END)).isEqualTo("transfer");
        assertThat(page.keyOnTabs("transfer", Keys.ARROW_RIGHT)).isEqualTo("standards");
    }

    @Test
    void aSetIsAssignedToAPortfolio() {
        String standard = createStandard(unique("No overdue"), 7);
        String name = unique("PMO baseline");
        long portfolioId = PMO.get("portfolios").json().get(0).path("id").asLong();
        String portfolio = PMO.get("portfolios").json().get(0).path("name").asText();

        page.startNewSet().setName(name).choose("cpl-set-standards", standard)
                .choose("cpl-set-portfolios", portfolio).saveSetExpectingSuccess(name);

        assertThat(page.setCells(name)).containsExactly(name, "", standard, portfolio);
        JsonNode stored = setNamed(name);
        assertThat(stored.path("scope").path("portfolioIds").get(0).asLong()).isEqualTo(portfolioId);
        assertThat(stored.path("standardIds")).hasSize(1);
    }

    @Test
    void theScheduleIsSavedAndAScanOfEveryProjectShowsInTheHistory() {
        page.openSchedule().setting("scanIntervalMinutes", "720").setting("amberAtLeast", "55").saveSettings();

        JsonNode settings = PMO.get("compliance/settings").json();
        assertThat(settings.path("scanIntervalMinutes").asInt()).isEqualTo(720);
        assertThat(settings.path("amberAtLeast").asInt()).isEqualTo(55);

        ComplianceAdminPage.RunRow row = page.scanAllNowAndWaitForTheRun();
        JsonNode run = runWithId(row.id());
        assertThat(run.path("status").asText()).isEqualTo("succeeded");
        assertThat(run.path("actorKey").asText()).as("the admin who pressed it, not the scheduler").isEqualTo("pmo");
        // When, trigger, who, duration, status, failure, projects, violations: as the history answers them.
        assertThat(row.cells().get(2)).isEqualTo(run.path("actorName").asText());
        assertThat(row.cells().get(4)).isEqualToIgnoringCase("Succeeded");
        assertThat(row.cells().get(5)).isEmpty();
        assertThat(row.cells().subList(6, 8)).containsExactly(run.path("projects").asText(),
                run.path("violations").asText());
    }

    @Test
    void aRequestedWaiverIsApprovedWithANote() {
        String standard = createStandard(unique("Waivable"), 3);
        long standardId = standardNamed(standard).path("id").asLong();
        PmoRestClient.Reply requested = PMO.post("projects/ALPHA/compliance/waivers", Map.of(
                "standardId", standardId, "issueKeys", List.of(), "justification", "Migration in progress",
                "expires", LocalDate.now().plusDays(30).toString()));
        assertThat(requested.status()).isEqualTo(201);
        long waiverId = requested.json().path("id").asLong();

        page.decide(waiverId, "approve", "Until the migration ends");

        assertThat(page.otherWaiver("approved", waiverId)).contains(standard).contains("Until the migration ends");
        JsonNode waiver = waiverWithId(waiverId);
        assertThat(waiver.path("status").asText()).isEqualTo("approved");
        assertThat(waiver.path("decisionNote").asText()).isEqualTo("Until the migration ends");
    }

    @Test
    void anImportShowsItsPlanAndIsAppliedAndAStalePlanIsRefused() throws IOException {
        String kept = createStandard(unique("Kept"), 4);
        String removed = createStandard(unique("Re-created"), 4);
        String set = unique("Imported set");
        PmoRestClient.Reply created = PMO.post("compliance/sets", Map.of("name", set, "description", "",
                "standardIds", List.of(standardNamed(kept).path("id").asLong(),
                        standardNamed(removed).path("id").asLong()),
                "scope", Map.of("portfolioIds", List.of(), "categoryIds", List.of(), "projectIds", List.of())));
        assertThat(created.status()).isEqualTo(201);
        Path file = Files.createTempFile("compliance-export", ".json");
        Files.writeString(file, PMO.get("compliance/export").body());
        // After the export: one standard is gone (the import creates it again), another one weighs more.
        JsonNode setNow = setNamed(set);
        assertThat(PMO.put("compliance/sets/" + setNow.path("id").asLong(), ((ObjectNode) setNow.deepCopy())
                .set("standardIds", PmoRestClient.JSON.valueToTree(List.of(standardNamed(kept).path("id")
                        .asLong())))).status()).isEqualTo(200);
        JsonNode gone = standardNamed(removed);
        assertThat(PMO.delete("compliance/standards/" + gone.path("id").asLong() + "?version="
                + gone.path("version").asInt()).status()).isEqualTo(204);
        reweigh(kept, 9);

        page.importPlan(file);
        assertThat(page.planPart("created")).contains(removed);
        assertThat(page.planPart("changed")).contains(kept).contains("weight");

        // Someone changes the standards between the plan and the apply: the plan no longer holds.
        reweigh(kept, 10);
        String stale = page.applyImport();
        assertThat(stale).contains("changed after this plan was made");
        assertThat(page.planPart("changed")).contains(kept).contains("weight");

        assertThat(page.applyImport()).contains("Imported:");
        assertThat(standardNamed(removed).path("name").asText()).isEqualTo(removed);
        assertThat(standardNamed(kept).path("weight").asInt()).isEqualTo(4);
        assertThat(browser.chromium().consoleErrors()).as("browser console errors")
                .allMatch(error -> error.contains("compliance") && (error.contains("400") || error.contains("409")));
    }

    /* ------------------------------------------------------------------ fixtures through the REST API */

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String createStandard(String name, int graceDays) {
        PmoRestClient.Reply reply = PMO.post("compliance/standards", Map.of("name", name, "rationale", "",
                "severity", "major", "weight", 4, "enabled", true,
                "check", Map.of("type", "no-overdue", "graceDays", graceDays)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return name;
    }

    private static void reweigh(String name, int weight) {
        JsonNode current = standardNamed(name);
        PmoRestClient.Reply reply = PMO.put("compliance/standards/" + current.path("id").asLong(),
                ((ObjectNode) current.deepCopy()).put("weight", weight));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static JsonNode standardNamed(String name) {
        for (JsonNode standard : PMO.get("compliance/standards").json()) {
            if (standard.path("name").asText().equals(name)) {
                return standard;
            }
        }
        throw new AssertionError("no standard named " + name);
    }

    private static JsonNode setNamed(String name) {
        for (JsonNode set : PMO.get("compliance/sets").json()) {
            if (set.path("name").asText().equals(name)) {
                return PMO.get("compliance/sets/" + set.path("id").asLong()).json();
            }
        }
        throw new AssertionError("no set named " + name);
    }

    private static JsonNode runWithId(long id) {
        for (JsonNode run : PMO.get("compliance/runs?limit=1000").json()) {
            if (run.path("id").asLong() == id) {
                return run;
            }
        }
        throw new AssertionError("no run " + id);
    }

    private static JsonNode waiverWithId(long id) {
        for (JsonNode waiver : PMO.get("compliance/waivers").json()) {
            if (waiver.path("id").asLong() == id) {
                return waiver;
            }
        }
        throw new AssertionError("no waiver " + id);
    }

    private static JsonNode condition(List<JsonNode> parts) {
        ObjectNode rule = PmoRestClient.JSON.createObjectNode().put("type", "all");
        rule.putArray("parts").addAll(parts);
        ObjectNode check = PmoRestClient.JSON.createObjectNode().put("type", "condition");
        check.set("rule", rule);
        return check;
    }

    private static JsonNode any(JsonNode... parts) {
        ObjectNode rule = PmoRestClient.JSON.createObjectNode().put("type", "any");
        rule.putArray("parts").addAll(List.of(parts));
        return rule;
    }

    private static JsonNode clause(String field, String operator, String value) {
        ObjectNode clause = PmoRestClient.JSON.createObjectNode().put("type", "clause").put("field", field)
                .put("operator", operator);
        if (value == null) {
            clause.putNull("value");
        } else {
            clause.put("value", value);
        }
        return clause;
    }
}
