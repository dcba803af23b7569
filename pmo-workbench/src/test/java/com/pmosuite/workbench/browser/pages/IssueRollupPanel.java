package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.List;

/** The issue rollup panel, on the issue view or in the board's detail view. */
public final class IssueRollupPanel {
    private final WebElement panel;

    private IssueRollupPanel(WebElement panel) {
        this.panel = panel;
    }

    /** The issue view of an issue, waiting until its right column is there; whether the panel shows is asked after. */
    public static WebDriver openIssue(WebDriver driver, URI base, String issueKey) {
        driver.get(base.resolve("/browse/" + issueKey).toString());
        Waits.on(driver).until(d -> d.findElement(By.id("viewissue-sidebar")));
        return driver;
    }

    /** The panel on the issue view, if it shows. */
    public static java.util.Optional<IssueRollupPanel> onIssueView(WebDriver driver) {
        return in(driver, By.cssSelector("#issue-rollup-panel-module .pmo-issue-rollup"));
    }

    static java.util.Optional<IssueRollupPanel> in(SearchContext context, By locator) {
        return context.findElements(locator).stream().findFirst().map(IssueRollupPanel::new);
    }

    public String state() {
        return panel.getAttribute("data-pmo-state");
    }

    public String rag() {
        return panel.findElement(By.cssSelector(".pmo-issue-rollup-head .pmo-rag-chip")).getAttribute("data-rag");
    }

    public List<String> reasons() {
        return panel.findElements(By.cssSelector(".pmo-issue-rollup-reasons li")).stream()
                .map(e -> e.getAttribute("textContent").strip()).toList();
    }

    public String counts() {
        return panel.findElement(By.cssSelector(".pmo-issue-rollup-counts")).getText();
    }

    public String progressPercent() {
        return panel.findElements(By.cssSelector(".pmo-progress")).stream().findFirst()
                .map(e -> e.getAttribute("data-percent")).orElse(null);
    }

    public List<String> childKeys() {
        return panel.findElements(By.cssSelector(".pmo-issue-rollup-child")).stream()
                .map(e -> e.getAttribute("data-key")).toList();
    }
}
