package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.workbench.tracker.TrackerFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue facts page in Chromium: a PMO admin confirms their password, sees the fields the workbench's Jira offers
 * with the proposed one marked, maps story points to another number field and saves, then starts a rebuild and
 * watches its progress reach the end. The shared workbench gets the proposed mapping back.
 */
class FactsAdminBrowserIT {
    private static final String PAGE = "plugins/servlet/pmo/issue-facts";
    private static final By STORY_POINTS = By.id("pmo-facts-role-storyPoints");
    private static final By STATUS = By.id("pmo-facts-status");

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void aPmoAdminChangesTheStoryPointsFieldAndRebuildsTheFacts() throws Exception {
        try {
            browser.logInAs("pmo");
            browser.driver().get(browser.base().resolve(PAGE).toString());
            wait(ExpectedConditions.urlContains("WebSudoAuthenticate"));
            browser.driver().findElement(By.name("webSudoPassword")).sendKeys("pmo");
            browser.driver().findElement(By.id("login-form-submit")).click();
            wait(ExpectedConditions.visibilityOfElementLocated(STORY_POINTS));
            assertThat(browser.driver().getCurrentUrl()).endsWith(PAGE);

            Select points = new Select(browser.driver().findElement(STORY_POINTS));
            assertThat(points.getFirstSelectedOption().getAttribute("value")).isEqualTo(TrackerFields.STORY_POINTS);
            assertThat(points.getFirstSelectedOption().getText()).contains("Story Points").contains("proposed")
                    .contains("named by Jira Software");
            assertThat(points.getOptions()).anySatisfy(option -> assertThat(option.getText())
                    .contains("Actual cost (" + TrackerFields.ACTUAL_COST + ")"));

            points.selectByValue(TrackerFields.ACTUAL_COST);
            browser.driver().findElement(By.id("pmo-facts-save")).click();
            wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-pmo-flag='success']")));
            browser.driver().navigate().refresh();
            wait(ExpectedConditions.visibilityOfElementLocated(STORY_POINTS));
            assertThat(new Select(browser.driver().findElement(STORY_POINTS)).getFirstSelectedOption()
                    .getAttribute("value"))
                    .isEqualTo(TrackerFields.ACTUAL_COST);

            String before = browser.driver().findElement(STATUS).getAttribute("data-started");
            browser.driver().findElement(By.id("pmo-facts-rebuild")).click();
            wait(ExpectedConditions.not(ExpectedConditions.attributeToBe(STATUS, "data-started", before)));
            wait(ExpectedConditions.attributeToBe(STATUS, "data-state", "finished"));
            assertThat(browser.driver().findElement(By.id("pmo-facts-progress")).getAttribute("data-value"))
                    .isEqualTo("100");
            assertThat(browser.driver().findElement(STATUS).getText()).startsWith("Rebuild finished");
            assertThat(browser.chromium().consoleErrors()).as("browser console errors").isEmpty();
        } finally {
            restoreProposedMapping();
        }
    }

    private static <T> T wait(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(condition);
    }

    /** Over HTTP, so a failure above cannot leave another mapping in place for the rest of the run. */
    private static void restoreProposedMapping() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        form(http, "login.jsp", "os_username=pmo&os_password=pmo&os_destination=%2F");
        form(http, "secure/admin/WebSudoAuthenticate.jspa", "webSudoPassword=pmo");
        URI mapping = browser.base().resolve("rest/pmo/1.0/admin/field-mapping");
        JsonNode now = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(mapping).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonNode proposed = now.path("proposed");
        String body = "{\"storyPoints\":" + proposed.path("storyPoints") + ",\"epicLink\":" + proposed.path("epicLink")
                + ",\"startDate\":" + proposed.path("startDate") + ",\"actualCost\":" + proposed.path("actualCost")
                + ",\"issueTypeLevels\":" + proposed.path("issueTypeLevels") + ",\"version\":"
                + now.path("version").asInt() + "}";
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(mapping)
                .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    }

    private static void form(HttpClient http, String path, String body) throws Exception {
        http.send(HttpRequest.newBuilder(browser.base().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
