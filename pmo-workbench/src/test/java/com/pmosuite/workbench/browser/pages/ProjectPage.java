package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;

/** A project's page ({@code /browse/KEY}), with the project sidebar the plugin adds its links to. */
public final class ProjectPage {
    private static final By SIDEBAR = By.id("project-sidebar");
    private static final By SIDEBAR_LINKS = By.cssSelector("#project-sidebar a.aui-nav-item");
    private static final By LINK_LABEL = By.cssSelector(".aui-nav-item-label");

    private final WebDriver driver;
    private final URI base;

    private ProjectPage(WebDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    public static ProjectPage open(WebDriver driver, URI base, String projectKey) {
        driver.get(base.resolve("/browse/" + projectKey).toString());
        Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(SIDEBAR));
        return new ProjectPage(driver, base);
    }

    /** Follows the sidebar link labelled as the plugin's descriptor says ("Risk register"). */
    public RiskRegisterPage openRiskRegisterFromSidebar() {
        String label = PmoText.of("pmo.risk.register.title");
        WebElement link = driver.findElements(SIDEBAR_LINKS).stream()
                .filter(a -> a.findElement(LINK_LABEL).getText().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The project sidebar has no link labelled \"" + label + "\""));
        link.click();
        return RiskRegisterPage.expectLoaded(driver, base);
    }
}
