package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The host's "project not found" page, which Jira shows alike for a project that does not exist and one the user
 * may not see, before any plugin panel is asked for content.
 */
public final class NotFoundPage {
    private static final By MESSAGE = By.id("project-not-found");
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

    public String message() {
        return driver.findElement(MESSAGE).getText();
    }

    /** Whether anything of a risk register (its data, table, heat maps or buttons) is in the page. */
    public boolean showsAnyOfTheRiskRegister() {
        return !driver.findElements(ANY_RISK_REGISTER_PART).isEmpty();
    }
}
