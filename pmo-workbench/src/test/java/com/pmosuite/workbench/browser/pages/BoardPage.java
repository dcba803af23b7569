package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;

/** The workbench's board ({@code /secure/RapidBoard.jspa}) with its issue detail view. */
public final class BoardPage {
    private final WebDriver driver;

    private BoardPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The board the browser shows now, once its detail view is there. */
    public static BoardPage current(WebDriver driver) {
        Waits.on(driver).until(d -> d.findElement(By.id("ghx-detail-view")));
        return new BoardPage(driver);
    }

    /** Follows the project sidebar's "Board" item from a page of the project. */
    public static BoardPage openFromSidebar(WebDriver driver) {
        driver.findElement(By.cssSelector("#project-sidebar a[data-link-id='com.pyxis.greenhopper.jira:project-sidebar-work-board']")).click();
        Waits.on(driver).until(d -> d.findElement(By.id("ghx-pool")));
        return new BoardPage(driver);
    }

    public List<String> cardKeys(String categoryKey) {
        return driver.findElements(By.cssSelector(".ghx-column[data-category='" + categoryKey + "'] .ghx-issue"))
                .stream().map(e -> e.getAttribute("data-issue-key")).toList();
    }

    /** Selects a card and waits for its detail view. */
    public BoardPage select(String issueKey) {
        driver.findElement(By.cssSelector(".ghx-issue[data-issue-key='" + issueKey + "']")).click();
        Waits.on(driver).until(d -> issueKey.equals(d.findElement(By.id("ghx-detail-view"))
                .getAttribute("data-issue-key")));
        return this;
    }

    /** The detail view's tab of a panel, if it shows. */
    public Optional<WebElement> tab(String panelKey) {
        return driver.findElements(By.cssSelector("#ghx-detail-view .ghx-detail-nav-item[data-panel-key='"
                + panelKey + "']")).stream().findFirst();
    }

    public String tabIcon(String panelKey) {
        return tab(panelKey).orElseThrow().findElement(By.cssSelector(".ghx-detail-icon")).getAttribute("data-icon");
    }

    public String tabCount(String panelKey) {
        return tab(panelKey).orElseThrow().findElement(By.cssSelector(".ghx-detail-count")).getText();
    }

    public Optional<IssueRollupPanel> rollupPanel(String panelKey) {
        return IssueRollupPanel.in(driver, By.cssSelector("#ghx-detail-view .ghx-detail-section[data-panel-key='"
                + panelKey + "'] .pmo-issue-rollup"));
    }
}
