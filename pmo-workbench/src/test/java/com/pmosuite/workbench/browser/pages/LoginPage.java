package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;

/** Jira's log-in form at {@code /login.jsp}; its field names and ids are Jira's own. */
public final class LoginPage {
    private static final By USERNAME = By.name("os_username");
    private static final By PASSWORD = By.name("os_password");
    private static final By SUBMIT = By.id("login-form-submit");
    private static final By LOG_OUT_LINK = By.id("log_out");

    private final WebDriver driver;

    private LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    public static LoginPage open(WebDriver driver, URI base) {
        driver.get(base.resolve("/login.jsp").toString());
        Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        return new LoginPage(driver);
    }

    /** Types the credentials, submits, and waits until the header shows a logged-in user. */
    public void logIn(String username, String password) {
        WebElement user = driver.findElement(USERNAME);
        user.clear();
        user.sendKeys(username);
        WebElement secret = driver.findElement(PASSWORD);
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(SUBMIT).click();
        Waits.on(driver).withMessage(() -> "the header to show " + username + " as logged in")
                .until(ExpectedConditions.presenceOfElementLocated(LOG_OUT_LINK));
    }
}
