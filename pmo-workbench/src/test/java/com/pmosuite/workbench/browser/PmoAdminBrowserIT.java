package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.workbench.browser.pages.LoginPage;
import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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

    private static Chromium chromium;
    private static WebDriver driver;
    private static URI base;

    @BeforeAll
    static void startBrowser() {
        Chromium.requireInstalled();
        chromium = Chromium.launch();
        driver = chromium.driver();
        base = RunningWorkbench.baseUri();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anAdministratorConfirmsTheirPasswordAndChangesThePmoAdminGroup() throws Exception {
        try {
            chromium.forgetSession();
            LoginPage.open(driver, base).logIn("admin", "admin");
            driver.get(base.resolve(PAGE).toString());
            wait(ExpectedConditions.urlContains("WebSudoAuthenticate"));
            driver.findElement(By.name("webSudoPassword")).sendKeys("admin");
            driver.findElement(By.id("login-form-submit")).click();
            wait(ExpectedConditions.presenceOfElementLocated(GROUP));
            assertThat(driver.getCurrentUrl()).endsWith(PAGE);
            assertThat(driver.findElement(GROUP).getAttribute("value")).isEqualTo("pmo-admins");

            save("no-such-group");
            WebElement refusal = wait(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#pmo-admin-message.aui-message-error")));
            assertThat(refusal.getText()).contains("pmoAdminGroup").contains("not a Jira group");

            save("jira-administrators");
            wait(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#pmo-admin-message.aui-message-success")));
            driver.navigate().refresh();
            assertThat(wait(ExpectedConditions.presenceOfElementLocated(GROUP)).getAttribute("value"))
                    .isEqualTo("jira-administrators");
            assertThat(chromium.consoleErrors()).as("browser console errors")
                    .allMatch(error -> error.contains("admin/settings") && error.contains("400"));
        } finally {
            restoreDefaultGroup();
        }
    }

    private static void save(String group) {
        WebElement input = driver.findElement(GROUP);
        input.clear();
        input.sendKeys(group);
        driver.findElement(SAVE).click();
    }

    private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    /** Over HTTP, so a failure above cannot leave another group in place for the rest of the run. */
    private static void restoreDefaultGroup() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        form(http, "login.jsp", "os_username=admin&os_password=admin&os_destination=%2F");
        form(http, "secure/admin/WebSudoAuthenticate.jspa", "webSudoPassword=admin");
        URI settings = base.resolve("rest/pmo/1.0/admin/settings");
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
        http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
