package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A portfolio's risk page at {@code /plugins/servlet/pmo/portfolio-risks}: EMV tiles, top risks, overdue reviews,
 * both heat maps and the list.
 */
public final class PortfolioRisksPage {
    public static final String PATH = "plugins/servlet/pmo/portfolio-risks";
    private static final By ROOT = By.id("pmo-portfolio-risks");
    private static final By LIST = By.cssSelector("#pmo-portfolio-risks-content .pmo-prisk-list");

    private final WebDriver driver;
    private final URI base;

    private PortfolioRisksPage(WebDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    public static PortfolioRisksPage open(WebDriver driver, URI base, long portfolioId) {
        driver.get(base.resolve(PATH + "?id=" + portfolioId).toString());
        return settled(driver, base);
    }

    /** Waits for the page the browser is on to draw everything or say why not. */
    public static PortfolioRisksPage settled(WebDriver driver, URI base) {
        Waits.on(driver).withMessage(() -> "the portfolio risk page to settle")
                .until(d -> !"loading".equals(d.findElement(ROOT).getDomAttribute("data-pmo-state")));
        return new PortfolioRisksPage(driver, base);
    }

    public String state() {
        return driver.findElement(ROOT).getDomAttribute("data-pmo-state");
    }

    public String chosenPortfolio() {
        return new Select(driver.findElement(By.id("pmo-portfolio-risks-picker"))).getFirstSelectedOption()
                .getDomProperty("value");
    }

    public Optional<String> hiddenNote() {
        return driver.findElements(By.cssSelector(".pmo-prisk-hidden")).stream().map(WebElement::getText).findFirst();
    }

    /** The EMV tiles' currencies, as the page labels them ({@code ""} for the tile of projects without one). */
    public List<String> tileCurrencies() {
        return driver.findElements(By.cssSelector(".pmo-prisk-tile")).stream()
                .map(tile -> tile.getDomAttribute("data-currency")).toList();
    }

    /** A tile's figure (threats, opportunities or net) as the server sent it. */
    public String tileValue(String currency, String figure) {
        return driver.findElement(By.cssSelector(".pmo-prisk-tile[data-currency='" + currency + "'] .pmo-prisk-tile-"
                + figure)).getDomAttribute("data-value");
    }

    public String tileText(String currency) {
        return driver.findElement(By.cssSelector(".pmo-prisk-tile[data-currency='" + currency + "']")).getText();
    }

    public List<String> topRiskIds() {
        return driver.findElements(By.cssSelector(".pmo-prisk-top-item")).stream()
                .map(item -> item.getDomAttribute("data-risk-id")).toList();
    }

    public List<String> overdueIds() {
        return driver.findElements(By.cssSelector(".pmo-prisk-overdue-item")).stream()
                .map(item -> item.getDomAttribute("data-risk-id")).toList();
    }

    public int overdueCount() {
        return Integer.parseInt(driver.findElement(By.cssSelector(".pmo-prisk-overdue-count"))
                .getDomAttribute("data-count"));
    }

    /** The total count of a heat map ({@code inherent} or {@code residual}) over its scales. */
    public int heatMapTotal(String assessment) {
        return driver.findElements(By.cssSelector(".pmo-prisk-heatmap[data-assessment='" + assessment
                + "'] table")).stream().mapToInt(table -> Integer.parseInt(table.getDomAttribute("data-total"))).sum();
    }

    public int heatMapCell(String assessment, int probability, int impact) {
        return driver.findElements(By.cssSelector(".pmo-prisk-heatmap[data-assessment='" + assessment
                        + "'] td[data-probability='" + probability + "'][data-impact='" + impact + "']")).stream()
                .mapToInt(td -> Integer.parseInt(td.getDomAttribute("data-count"))).sum();
    }

    /** The text of a risk's entry among the overdue reviews, its due date included. */
    public String overdueText(String riskId) {
        return driver.findElement(By.cssSelector(".pmo-prisk-overdue-item[data-risk-id='" + riskId + "']")).getText();
    }

    public List<String> rowIds() {
        return driver.findElements(By.cssSelector("tr.pmo-prisk-row")).stream()
                .map(row -> row.getDomAttribute("data-risk-id")).toList();
    }

    public List<String> rowProjects() {
        return driver.findElements(By.cssSelector("tr.pmo-prisk-row")).stream()
                .map(row -> row.getDomAttribute("data-project")).toList();
    }

    public List<Integer> rowScores() {
        return driver.findElements(By.cssSelector("tr.pmo-prisk-row .pmo-prisk-col-score")).stream()
                .map(td -> Integer.parseInt(td.getDomAttribute("data-score"))).toList();
    }

    public List<String> rowTitles() {
        return driver.findElements(By.cssSelector("tr.pmo-prisk-row .pmo-prisk-risk-link")).stream()
                .map(WebElement::getText).toList();
    }

    public long listTotal() {
        return Long.parseLong(driver.findElement(LIST).getDomAttribute("data-total"));
    }

    /** Clicks a column header (by its sort key) and waits for the list to load again. */
    public PortfolioRisksPage sortBy(String sort) {
        return reloading(() -> driver.findElement(By.cssSelector(".pmo-prisk-table th[data-sort='" + sort
                + "'] button")).click());
    }

    public String columnSort(String sort) {
        return driver.findElement(By.cssSelector(".pmo-prisk-table th[data-sort='" + sort + "']"))
                .getDomAttribute("aria-sort");
    }

    public PortfolioRisksPage filterProject(String key) {
        return reloading(() -> new Select(driver.findElement(By.id("pmo-prisk-filter-project")))
                .selectByValue(key));
    }

    public PortfolioRisksPage filterSeverity(String severity) {
        return reloading(() -> new Select(driver.findElement(By.id("pmo-prisk-filter-severity")))
                .selectByValue(severity));
    }

    /** Waits until a column sorts the list in the given direction and the list has loaded. */
    public PortfolioRisksPage waitForSort(String sort, String direction) {
        Waits.on(driver).withMessage(() -> "the list sorted by " + sort + " " + direction)
                .until(d -> direction.equals(columnSort(sort))
                        && "ready".equals(d.findElement(LIST).getDomAttribute("data-pmo-state")));
        return this;
    }

    /** Follows "show all overdue" under the overdue reviews. */
    public PortfolioRisksPage showAllOverdue() {
        return reloading(() -> driver.findElement(By.cssSelector(".pmo-prisk-overdue-all")).click());
    }

    public boolean overdueOnlyChecked() {
        return driver.findElement(By.id("pmo-prisk-filter-overdue")).isSelected();
    }

    /** Opens a listed risk in its project's register; answers the register's risk dialog. */
    public RiskDialog openRisk(String riskId) {
        driver.findElement(By.cssSelector("tr.pmo-prisk-row[data-risk-id='" + riskId + "'] .pmo-prisk-risk-link"))
                .click();
        RiskRegisterPage.expectLoaded(driver, base);
        return RiskDialog.expectRiskLoaded(driver);
    }

    public String address() {
        URI current = URI.create(driver.getCurrentUrl());
        return current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
    }

    public int injectedElements() {
        return driver.findElements(By.cssSelector("#pmo-portfolio-risks script, #pmo-portfolio-risks img, "
                + "#pmo-portfolio-risks b")).size();
    }

    /**
     * Whether the page's content is wider than its frame, so that the page would scroll sideways (the list should
     * scroll inside its own frame instead). The host's header is not ours to judge.
     */
    public boolean pageScrollsSideways() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const root = document.getElementById('pmo-portfolio-risks');"
                        + "return root.scrollWidth > root.clientWidth + 1;"));
    }

    /** The widest elements inside the page's content, for a failure message. */
    public Object widestElements() {
        return ((JavascriptExecutor) driver).executeScript(
                "const root = document.getElementById('pmo-portfolio-risks'); const limit = root.clientWidth;"
                        + "return Array.from(root.querySelectorAll('*')).filter(e => e.getBoundingClientRect().right"
                        + " > root.getBoundingClientRect().right + 1).slice(0, 5).map(e => e.tagName + '.'"
                        + " + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + '>' + limit);");
    }

    private PortfolioRisksPage reloading(Runnable action) {
        WebElement list = driver.findElement(LIST);
        ((JavascriptExecutor) driver).executeScript("arguments[0].setAttribute('data-pmo-state', 'stale');", list);
        action.run();
        Waits.on(driver).withMessage(() -> "the risk list to load again")
                .until(d -> "ready".equals(d.findElement(LIST).getDomAttribute("data-pmo-state")));
        return this;
    }
}
