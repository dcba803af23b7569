package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The plugin's "not found" page, shown alike for a project that does not exist and one the user may not see. */
public final class NotFoundPage {
    private static final By MESSAGE = By.id("pmo-not-found");
    private static final By REQUESTED_KEY = By.id("pmo-not-found-key");
    private static final By ANY_RISK_REGISTER_PART = By.cssSelector(
            "#pmo-risk-register, #pmo-risk-table, #pmo-heatmap-inherent, #pmo-create-risk");

    private final WebDriver driver;

    private NotFoundPage(WebDriver driver) {
        this.driver = driver;
    }

    static NotFoundPage expectShown(WebDriver driver) {
        Waits.on(driver).withMessage("the not-found page")
                .until(ExpectedConditions.visibilityOfElementLocated(MESSAGE));
        return new NotFoundPage(driver);
    }

    public String requestedKey() {
        return driver.findElement(REQUESTED_KEY).getText();
    }

    public String message() {
        return driver.findElement(MESSAGE).getText();
    }

    /** Whether anything of a risk register (its data, table, heat maps or buttons) is in the page. */
    public boolean showsAnyOfTheRiskRegister() {
        return !driver.findElements(ANY_RISK_REGISTER_PART).isEmpty();
    }
}
