package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
 * The PMO settings page in Chromium: an administrator confirms their password, is brought back to the page, sees a
 * refusal for a group that does not exist, and saves another group. The shared workbench gets pmo-admins back.
 */
class PmoAdminBrowserIT {
    private static final String PAGE = "plugins/servlet/pmo/admin";
    private static final By GROUP = By.id("pmo-admin-group");
    private static final By SAVE = By.id("pmo-admin-save");

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void anAdministratorConfirmsTheirPasswordAndChangesThePmoAdminGroup() throws Exception {
        try {
            browser.logInAs("admin");
            browser.driver().get(browser.base().resolve(PAGE).toString());
            wait(ExpectedConditions.urlContains("WebSudoAuthenticate"));
            browser.driver().findElement(By.name("webSudoPassword")).sendKeys("admin");
            browser.driver().findElement(By.id("login-form-submit")).click();
            wait(ExpectedConditions.presenceOfElementLocated(GROUP));
            assertThat(browser.driver().getCurrentUrl()).endsWith(PAGE);
            assertThat(browser.driver().findElement(GROUP).getAttribute("value")).isEqualTo("pmo-admins");

            save("no-such-group");
            WebElement refusal = wait(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#pmo-admin-message.aui-message-error")));
            assertThat(refusal.getText()).contains("pmoAdminGroup").contains("not a Jira group");

            save("jira-administrators");
            wait(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#pmo-admin-message.aui-message-success")));
            browser.driver().navigate().refresh();
            assertThat(wait(ExpectedConditions.presenceOfElementLocated(GROUP)).getAttribute("value"))
                    .isEqualTo("jira-administrators");
            assertThat(browser.chromium().consoleErrors()).as("browser console errors")
                    .allMatch(error -> error.contains("admin/settings") && error.contains("400"));
        } finally {
            restoreDefaultGroup();
        }
    }

    private static void save(String group) {
        WebElement input = browser.driver().findElement(GROUP);
        input.clear();
        input.sendKeys(group);
        browser.driver().findElement(SAVE).click();
    }

    private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(condition);
    }

    /** Over HTTP, so a failure above cannot leave another group in place for the rest of the run. */
    private static void restoreDefaultGroup() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        form(http, "login.jsp", "os_username=admin&os_password=admin&os_destination=%2F");
        form(http, "secure/admin/WebSudoAuthenticate.jspa", "webSudoPassword=admin");
        URI settings = browser.base().resolve("rest/pmo/1.0/admin/settings");
        String current = http.send(HttpRequest.newBuilder(settings).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        int version = new ObjectMapper().readTree(current).path("version").asInt();
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(settings)
                .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"pmoAdminGroup\":\"pmo-admins\",\"version\":" + version
                        + "}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    }

    private static void form(HttpClient http, String path, String body) throws Exception {
        http.send(HttpRequest.newBuilder(browser.base().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
