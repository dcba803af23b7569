package com.pmosuite.workbench.browser.pages;

import com.pmosuite.plugin.risk.web.RiskRegisterAddress;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A project's risk register, the project page {@code /projects/KEY?selectedItem=<register item>} (its old address
 * {@code /plugins/servlet/pmo/risk-register/KEY} redirects there): heat maps, table and the risk dialog. The page's script marks the table and each heat map {@code data-loaded="true"} after every load, and
 * clears the mark when it starts the next one; waits here rely on that.
 */
public final class RiskRegisterPage {
    private static final By REGISTER = By.id("pmo-risk-register");
    private static final By TABLE = By.id("pmo-risk-table");
    private static final By INHERENT_MAP = By.id("pmo-heatmap-inherent");
    private static final By RESIDUAL_MAP = By.id("pmo-heatmap-residual");
    private static final By ROWS = By.cssSelector("#pmo-risk-table tbody tr[data-risk-id]");
    private static final By ROW_TITLE = By.cssSelector("a.pmo-risk-title-link");
    private static final By CREATE = By.id("pmo-create-risk");
    private static final By SORT = By.id("pmo-filter-sort");
    private static final By HEADING = By.id("pmo-risk-register-heading");
    private static final By FLAG_CLOSE_BUTTONS = By.cssSelector(".aui-flag .aui-close-button");
    private static final By FLAGS = By.cssSelector(".aui-flag");
    private static final By SELECTED_SIDEBAR_ITEM = By.cssSelector("#project-sidebar li.aui-nav-selected");
    // Every way the page reports a failure: its own message area, AUI flags, the table's and the heat maps' errors.
    private static final List<By> ERRORS = List.of(
            By.cssSelector("#pmo-flash .aui-message-error"),
            By.cssSelector(".aui-flag .aui-message-error"),
            By.id("pmo-table-error"),
            By.cssSelector(".pmo-heatmap[data-load-error] .aui-message-error"));

    private final WebDriver driver;
    private final URI base;

    private RiskRegisterPage(WebDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    /** Opens the register of {@code projectKey} by its address and waits for its first load. */
    public static RiskRegisterPage open(WebDriver driver, URI base, String projectKey) {
        driver.get(address(base, projectKey));
        return expectLoaded(driver, base);
    }

    /** Opens the register by its old servlet address, which must lead to the project page. */
    public static RiskRegisterPage openByOldAddress(WebDriver driver, URI base, String projectKey) {
        driver.get(base.resolve("/plugins/servlet/pmo/risk-register/" + projectKey).toString());
        return expectLoaded(driver, base);
    }

    /** Opens the register of a project the user may not see, where the page must say it does not exist. */
    public static NotFoundPage openExpectingNotFound(WebDriver driver, URI base, String projectKey) {
        driver.get(address(base, projectKey));
        return NotFoundPage.expectShown(driver);
    }

    /** The register page is (or is becoming) the current page: waits for its table and heat maps to load. */
    static RiskRegisterPage expectLoaded(WebDriver driver, URI base) {
        Waits.on(driver).withMessage("the risk register page").until(
                ExpectedConditions.presenceOfElementLocated(REGISTER));
        return new RiskRegisterPage(driver, base).waitUntilLoaded();
    }

    private static String address(URI base, String projectKey) {
        return base.resolve(RiskRegisterAddress.of(projectKey)).toString();
    }

    /** Waits until the table and both heat maps have finished loading. */
    public RiskRegisterPage waitUntilLoaded() {
        try {
            Waits.on(driver).until(ExpectedConditions.and(
                    ExpectedConditions.attributeToBe(TABLE, "data-loaded", "true"),
                    ExpectedConditions.attributeToBe(INHERENT_MAP, "data-loaded", "true"),
                    ExpectedConditions.attributeToBe(RESIDUAL_MAP, "data-loaded", "true")));
        } catch (TimeoutException e) {
            throw new AssertionError("The risk register did not finish loading; errors shown: " + errors(), e);
        }
        return this;
    }

    /** The page's address, path and query. */
    public String currentAddress() {
        URI current = URI.create(driver.getCurrentUrl());
        return current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
    }

    public String heading() {
        return driver.findElement(HEADING).getText();
    }

    /** The label of the project sidebar item shown as the current page. */
    public String selectedSidebarItem() {
        return driver.findElement(SELECTED_SIDEBAR_ITEM).getText();
    }

    /** The number of live risks a heat map shows in the cell for probability {@code p} and impact {@code i}. */
    public int heatMapCount(boolean residual, int p, int i) {
        String map = residual ? "pmo-heatmap-residual" : "pmo-heatmap-inherent";
        By count = By.cssSelector("#" + map + " td[data-probability='" + p + "'][data-impact='" + i + "']"
                + " .pmo-heatmap-count");
        return Integer.parseInt(driver.findElement(count).getText().strip());
    }

    /** Clicks a heat-map cell, as a person would to list its risks, and waits for the list of that cell. */
    public RiskRegisterPage showCell(boolean residual, int p, int i) {
        String map = residual ? "pmo-heatmap-residual" : "pmo-heatmap-inherent";
        By button = By.cssSelector("#" + map + " td[data-probability='" + p + "'][data-impact='" + i + "'] button");
        Waits.on(driver).until(ExpectedConditions.elementToBeClickable(button)).click();
        Waits.on(driver).until(ExpectedConditions.urlContains("cell=" + (residual ? "residual" : "inherent")
                + "-" + p + "-" + i));
        return waitUntilLoaded();
    }

    /** Lists the newest risks first, as a person would with the Sort control, and waits for the new list. */
    public RiskRegisterPage sortNewestFirst() {
        new Select(driver.findElement(SORT)).selectByValue("created");
        // The page writes the sort into its address and starts loading in one step, after a short debounce.
        Waits.on(driver).until(ExpectedConditions.urlContains("sort=created"));
        return waitUntilLoaded();
    }

    /**
     * Clicks the table's column header for {@code sort} (as the list API names it, e.g. {@code title}) and waits
     * for the list sorted by it.
     */
    public RiskRegisterPage clickColumnHeader(String sort) {
        By header = By.cssSelector("#pmo-risk-table thead th[data-sort='" + sort + "'] button");
        Waits.on(driver).until(ExpectedConditions.elementToBeClickable(header)).click();
        // The page marks the table stale and starts the load in the click's own step.
        return waitUntilLoaded();
    }

    /** The column header's {@code aria-sort} ({@code ascending}, {@code descending}), or null when it does not sort. */
    public String columnSort(String sort) {
        return driver.findElement(By.cssSelector("#pmo-risk-table thead th[data-sort='" + sort + "']"))
                .getDomAttribute("aria-sort");
    }

    /** The titles of the warning flags shown now (AUI flags, or the page's own message area without AUI). */
    public List<String> warningFlags() {
        List<String> shown = new ArrayList<>();
        for (By warning : List.of(By.cssSelector(".aui-flag .aui-message-warning p.title"),
                By.cssSelector("#pmo-flash .aui-message-warning p.title"))) {
            driver.findElements(warning).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                    .forEach(shown::add);
        }
        return shown;
    }

    /** Waits for a warning flag titled {@code title}. */
    public RiskRegisterPage expectWarningFlag(String title) {
        try {
            Waits.on(driver).until(d -> warningFlags().contains(title));
        } catch (TimeoutException e) {
            throw new AssertionError("No warning flag \"" + title + "\"; warnings shown: " + warningFlags(), e);
        }
        return this;
    }

    /** Clicks Create risk and returns the empty dialog. */
    public RiskDialog startCreatingRisk() {
        Waits.on(driver).until(ExpectedConditions.elementToBeClickable(CREATE)).click();
        return RiskDialog.expectOpen(driver);
    }

    /**
     * Creates a risk through the dialog: Create risk, fill in, Save; then waits for the dialog to close and the
     * table and heat maps to reload, and returns the new risk's row.
     */
    public RiskRow createRisk(NewRisk risk) {
        // Closing the dialog and starting the reload happen in one step of the page's script, so once the dialog
        // is closed the old load's "loaded" marks are already gone.
        startCreatingRisk().fill(risk).saveAndWaitUntilClosed();
        waitUntilLoaded();
        return rowTitled(risk.title());
    }

    /**
     * Imports a file of our own format as a person would: chooses it, which opens the import dialog with the
     * suggested mapping, and imports; the dialog closes when the import was written and stays open listing the
     * refused rows otherwise ({@link #importErrors}).
     */
    public RiskRegisterPage importCsv(java.nio.file.Path file) {
        ImportDialog.choose(driver, file);
        driver.findElement(By.id("pmo-import-run")).click();
        String outcome;
        try {
            // A wait goes on while its condition answers false, so the outcome is a word, not a boolean.
            outcome = Waits.on(driver).until(d -> !d.findElement(By.id("pmo-import-dialog")).isDisplayed()
                    ? "written"
                    : !d.findElements(By.id("pmo-import-refused-table")).isEmpty() ? "refused" : null);
        } catch (TimeoutException e) {
            throw new AssertionError("The import was neither written nor refused; the dialog shows: "
                    + driver.findElement(By.id("pmo-import-dialog")).getText(), e);
        }
        return outcome.equals("written") ? waitUntilLoaded() : this;
    }

    /** The refused rows of the last import, as "Line N, field: reason" lines. */
    public List<String> importErrors() {
        return driver.findElements(By.cssSelector("#pmo-import-refused-table tbody tr")).stream()
                .map(row -> "Line " + row.getDomAttribute("data-line") + ", "
                        + row.findElement(By.cssSelector(".pmo-import-problems")).getText())
                .toList();
    }

    /** Waits for a row whose title is exactly {@code title} on the shown page of the table. */
    public RiskRow rowTitled(String title) {
        try {
            String id = Waits.on(driver).until(d -> findRowId(title).orElse(null));
            return new RiskRow(driver, base, Long.parseLong(id));
        } catch (TimeoutException e) {
            throw new AssertionError("No row titled \"" + title + "\"; the table shows " + titles(), e);
        }
    }

    /** The row of the risk with this id, if the shown page of the table has it. */
    public RiskRow row(long id) {
        return new RiskRow(driver, base, id);
    }

    /** The note that the list holds only the risks linked to one issue; empty when it is not shown. */
    public String issueFilterText() {
        WebElement box = driver.findElement(By.id("pmo-issue-filter"));
        return box.isDisplayed() ? box.findElement(By.id("pmo-issue-filter-text")).getText().strip() : "";
    }

    public int rowCount() {
        return driver.findElements(ROWS).size();
    }

    public List<String> titles() {
        return driver.findElements(ROWS).stream()
                .map(row -> row.findElement(ROW_TITLE).getDomProperty("textContent")).toList();
    }

    /**
     * Closes the page's flags ("Risk created" and the like), waits until they are gone, and rests the pointer on
     * the heading so that no button under a closed flag is left looking hovered.
     */
    public RiskRegisterPage dismissFlags() {
        driver.findElements(FLAG_CLOSE_BUTTONS).stream().filter(WebElement::isDisplayed).forEach(WebElement::click);
        Waits.on(driver).withMessage("the flags to close")
                .until(d -> d.findElements(FLAGS).stream().noneMatch(WebElement::isDisplayed));
        new Actions(driver).moveToElement(driver.findElement(HEADING)).perform();
        return this;
    }

    /** The texts of every error the page shows: messages, flags, and the table's and heat maps' load errors. */
    public List<String> errors() {
        List<String> shown = new ArrayList<>();
        for (By error : ERRORS) {
            driver.findElements(error).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                    .forEach(shown::add);
        }
        return shown;
    }

    /** The value of a global variable of the page, or null when it is not defined. */
    public Object windowVariable(String name) {
        return ((JavascriptExecutor) driver).executeScript(
                "return typeof window[arguments[0]] === 'undefined' ? null : String(window[arguments[0]]);", name);
    }

    /** How many {@code <img>} elements in the page load from {@code src}, as markup hidden in a title would. */
    public long imagesLoadingFrom(String src) {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "var src = arguments[0];"
                        + " return Array.prototype.filter.call(document.images,"
                        + " function (img) { return img.getAttribute('src') === src; }).length;", src);
    }

    /** Where the first risk row's top edge is, in CSS pixels from the top of the window (not the page). */
    public double firstRowTop() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "var row = document.querySelector('#pmo-risk-table tbody tr[data-risk-id]');"
                        + " return row ? row.getBoundingClientRect().top : -1;")).doubleValue();
    }

    /** Where the first risk row's bottom edge is, in CSS pixels from the top of the window. */
    public double firstRowBottom() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "var row = document.querySelector('#pmo-risk-table tbody tr[data-risk-id]');"
                        + " return row ? row.getBoundingClientRect().bottom : -1;")).doubleValue();
    }

    /** The window's inner height (the part that shows the page), in CSS pixels. */
    public double windowHeight() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;")).doubleValue();
    }

    /** How many CSS pixels the page is wider than the window: 0 when nothing makes it scroll sideways. */
    public long horizontalOverflow() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);"))
                .longValue();
    }

    /** Whether the first row's title link is inside the window, left to right, and can be clicked there. */
    public boolean firstRowTitleIsInView() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var link = document.querySelector('#pmo-risk-table tbody tr[data-risk-id] a.pmo-risk-title-link');"
                        + " if (!link) { return false; }"
                        + " var box = link.getBoundingClientRect();"
                        + " if (box.width === 0 || box.left < 0 || box.right > window.innerWidth + 1) { return false; }"
                        // The first line's middle: a title on an even number of lines has a gap at the box's middle.
                        + " var line = link.getClientRects()[0];"
                        + " var hit = document.elementFromPoint(line.left + Math.min(4, line.width / 2),"
                        + "     line.top + line.height / 2);"
                        + " return hit === link || link.contains(hit);");
    }

    /** Whether the heat maps are shown unfolded. */
    public boolean heatMapsOpen() {
        return driver.findElement(By.id("pmo-heatmaps-fold")).getDomProperty("open").equals("true");
    }

    /** Folds or unfolds the heat maps by their heading, as a person would. */
    public RiskRegisterPage toggleHeatMaps() {
        driver.findElement(By.cssSelector("#pmo-heatmaps-fold > summary")).click();
        return this;
    }

    /** Whether the heat maps sit beside the list (to its right) rather than below it. */
    public boolean heatMapsBesideTheList() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var list = document.querySelector('.pmo-register').getBoundingClientRect();"
                        + " var maps = document.querySelector('.pmo-heatmaps').getBoundingClientRect();"
                        + " return maps.left >= list.right && maps.top < list.bottom;");
    }

    /** Whether the table shows all its columns without scrolling sideways in its box. */
    public boolean tableShowsEveryColumn() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var box = document.querySelector('.pmo-table-wrapper');"
                        + " return box.scrollWidth <= box.clientWidth + 1;");
    }

    /** The value the Sort drop-down shows. */
    public String sortControl() {
        return new Select(driver.findElement(SORT)).getFirstSelectedOption().getDomAttribute("value");
    }

    /** Chooses a sort in the Sort drop-down and waits for the list sorted by it. */
    public RiskRegisterPage chooseSort(String sort) {
        new Select(driver.findElement(SORT)).selectByValue(sort);
        Waits.on(driver).until(ExpectedConditions.urlContains("sort=" + sort));
        return waitUntilLoaded();
    }

    /** Sorts by a column header from the keyboard: focus its button, press Enter, wait for the list. */
    public RiskRegisterPage pressEnterOnColumnHeader(String sort) {
        WebElement button = driver.findElement(By.cssSelector("#pmo-risk-table thead th[data-sort='" + sort
                + "'] button"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", button);
        new Actions(driver).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        return waitUntilLoaded();
    }

    /** Ticks a status filter box and waits for the filtered list. */
    public RiskRegisterPage filterByStatus(String status) {
        driver.findElement(By.id("pmo-filter-status-" + status)).click();
        Waits.on(driver).until(ExpectedConditions.urlContains("status="));
        Waits.on(driver).until(d -> "true".equals(d.findElement(TABLE).getDomAttribute("data-loaded")));
        return waitUntilLoaded();
    }

    /** Whether the status filter box for {@code status} is ticked. */
    public boolean statusFilterTicked(String status) {
        return driver.findElement(By.id("pmo-filter-status-" + status)).isSelected();
    }

    /** The browser's Back button; waits for the list to be loaded again. */
    public RiskRegisterPage back() {
        driver.navigate().back();
        return waitUntilLoaded();
    }

    /** The browser's Forward button; waits for the list to be loaded again. */
    public RiskRegisterPage forward() {
        driver.navigate().forward();
        return waitUntilLoaded();
    }

    /** Reloads the page and waits for its first load. */
    public RiskRegisterPage reload() {
        driver.navigate().refresh();
        return expectLoaded(driver, base);
    }

    /** Whether the risk dialog is shown. */
    public boolean riskDialogOpen() {
        return driver.findElements(By.cssSelector("#pmo-risk-dialog")).stream()
                .anyMatch(WebElement::isDisplayed);
    }

    /** Waits until the risk dialog is closed. */
    public RiskRegisterPage expectRiskDialogClosed() {
        Waits.on(driver).withMessage("the risk dialog to close").until(d -> !riskDialogOpen());
        return this;
    }

    /** Waits until the risk dialog shows a stored risk (after Forward, or an address that names one). */
    public RiskDialog expectRiskDialogShowingARisk() {
        return RiskDialog.expectRiskLoaded(driver);
    }

    /** Whether the cells of the list can be edited in place (any inline-edit trigger on the page). */
    public boolean offersInlineEdit() {
        return !driver.findElements(By.cssSelector("#pmo-risk-table .pmo-inline-trigger")).isEmpty();
    }

    private Optional<String> findRowId(String title) {
        return driver.findElements(ROWS).stream()
                .filter(row -> title.equals(row.findElement(ROW_TITLE).getDomProperty("textContent")))
                .map(row -> row.getDomAttribute("data-risk-id"))
                .findFirst();
    }
}
