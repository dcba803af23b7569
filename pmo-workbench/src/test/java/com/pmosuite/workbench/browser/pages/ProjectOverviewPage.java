package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** A project's Overview page, opened from the project sidebar's "Overview" item. */
public final class ProjectOverviewPage {
    private static final By ROOT = By.id("pmo-project-overview");

    private final WebDriver driver;

    private ProjectOverviewPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Follows the sidebar item of the project page the browser is on, and waits until the page has drawn. */
    public static ProjectOverviewPage openFromSidebar(WebDriver driver) {
        driver.findElement(By.cssSelector("#project-sidebar a[data-link-id='project-overview-sidebar-link']")).click();
        Waits.on(driver).until(d -> !"loading".equals(d.findElement(ROOT).getAttribute("data-pmo-state")));
        return new ProjectOverviewPage(driver);
    }

    public String state() {
        return driver.findElement(ROOT).getAttribute("data-pmo-state");
    }

    public String rag() {
        return driver.findElement(By.cssSelector("#pmo-project-overview .pmo-portfolio-head .pmo-rag"))
                .getAttribute("data-rag");
    }

    public String progressPercent() {
        return driver.findElement(By.cssSelector("#pmo-project-overview .pmo-portfolio-head .pmo-progress"))
                .getAttribute("data-percent");
    }

    public String tile(String field) {
        return driver.findElement(By.cssSelector("#pmo-project-overview [data-evm='" + field + "'] "
                + ".pmo-evm-tile-value")).getText();
    }

    public List<String> rowKeys() {
        return driver.findElements(By.cssSelector("#pmo-project-overview tr.pmo-rollup-row")).stream()
                .map(row -> row.getAttribute("data-key")).toList();
    }

    public PortfolioPage.Row row(String key) {
        return new PortfolioPage.Row(driver, key);
    }

    public boolean sidebarItemSelected() {
        List<WebElement> selected = driver.findElements(By.cssSelector(
                "#project-sidebar li.aui-nav-selected a[data-link-id='project-overview-sidebar-link']"));
        return !selected.isEmpty();
    }
}
