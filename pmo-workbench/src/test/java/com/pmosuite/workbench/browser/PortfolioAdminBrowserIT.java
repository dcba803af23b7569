package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pmosuite.workbench.browser.pages.PortfolioAdminPage;
import com.pmosuite.workbench.risk.PmoRestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio administration page in Chromium: a PMO admin confirms their password, creates a portfolio with a
 * program of two projects, a direct project with a budget and a category, sees a refusal next to the field, edits it, and when
 * someone else saved meanwhile sees the conflict and loads the other version; then deletes it.
 */
class PortfolioAdminBrowserIT {
    private static final PmoRestClient PMO = PmoRestClient.as("pmo");

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void aPmoAdminCreatesEditsAndMeetsAConflict() {
        String name = "Browser portfolio " + UUID.randomUUID().toString().substring(0, 8);
        browser.logInAs("pmo");
        PortfolioAdminPage page = PortfolioAdminPage.open(browser.driver(), browser.base(), "pmo");

        page.startNew().name(name).owner("pmo").defaultPlan("currency", "EUR").category("Data", true)
                .addProgram("Platform").addProjectToProgram(0, "ALPHA").addProjectToProgram(0, "BETA")
                .addDirectProject("GAMMA").projectPlan("GAMMA", "budgetAtCompletion", "1.500,00");
        assertThat(page.categoryProjects()).contains("DELTA");
        assertThat(page.saveExpectingErrors()).anySatisfy(line -> assertThat(line)
                .startsWith("projects[0].plan.budgetAtCompletion:"));
        assertThat(page.fieldMarkedInvalid("projects[0].plan.budgetAtCompletion")).isTrue();

        page.projectPlan("GAMMA", "budgetAtCompletion", "150000.00").saveExpectingSuccess(name);
        assertThat(page.listedRow(name)).containsExactly(name, "Priya Mehta", "1", "4");
        JsonNode stored = stored(name);
        assertThat(stored.path("programs").get(0).path("name").asText()).isEqualTo("Platform");
        assertThat(stored.path("programs").get(0).path("projects").findValuesAsText("projectKey"))
                .containsExactly("ALPHA", "BETA");
        assertThat(stored.path("projects").get(0).path("plan").path("budgetAtCompletion").asText())
                .isEqualTo("150000.00");
        assertThat(stored.path("defaults").path("currency").asText()).isEqualTo("EUR");
        assertThat(stored.path("categoryProjects").findValuesAsText("projectKey")).containsExactly("DELTA");

        page.edit(name).description("Edited in the browser").saveExpectingSuccess(name);
        assertThat(stored(name).path("description").asText()).isEqualTo("Edited in the browser");
        assertThat(stored(name).path("version").asInt()).isEqualTo(2);

        page.edit(name);
        String theirs = name + " (renamed elsewhere)";
        JsonNode current = stored(name);
        assertThat(PMO.put("portfolios/" + current.path("id").asLong(),
                ((ObjectNode) current.deepCopy()).put("name", theirs)).status()).isEqualTo(200);
        String notice = page.name(name + " (mine)").saveExpectingConflict();
        assertThat(notice).contains("changed by Priya Mehta");
        assertThat(page.loadTheirVersion().name()).isEqualTo(theirs);

        page.delete(theirs);
        assertThat(PMO.get("portfolios/" + current.path("id").asLong()).status()).isEqualTo(404);
        assertThat(browser.chromium().consoleErrors()).as("browser console errors")
                .allMatch(error -> error.contains("portfolios") && (error.contains("400") || error.contains("409")));
    }

    private static JsonNode stored(String name) {
        for (JsonNode summary : PMO.get("portfolios").json()) {
            if (summary.path("name").asText().equals(name)) {
                return PMO.get("portfolios/" + summary.path("id").asLong()).json();
            }
        }
        throw new AssertionError("no portfolio named " + name);
    }
}
