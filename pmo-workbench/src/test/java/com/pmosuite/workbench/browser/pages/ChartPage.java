package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A page that loaded the {@code pmo-charts} web resource and has an empty {@code #chart} container: draws a chart
 * there with {@code PMO.charts} from trend JSON, and reads back what a person (or a screen reader) gets. The plot is
 * a canvas, so what it shows is read from the uPlot instance the chart hands back.
 */
public final class ChartPage {
    private static final By FIGURE = By.cssSelector("#chart figure.pmo-chart");
    private static final By CANVAS = By.cssSelector("#chart .pmo-chart-plot canvas");
    private static final By LEGEND_LABELS = By.cssSelector("#chart .u-legend .u-series .u-label");
    private static final By PLOT = By.cssSelector("#chart .pmo-chart-plot");
    private static final By TABLE_TOGGLE = By.cssSelector("#chart details.pmo-chart-data > summary");
    private static final By TABLE = By.cssSelector("#chart table.pmo-chart-table");
    private static final By EMPTY = By.cssSelector("#chart .pmo-chart-empty");
    private static final By UNAVAILABLE = By.cssSelector("#chart .pmo-chart-unavailable");

    private final WebDriver driver;

    private ChartPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page and waits until the charts' script has run. */
    public static ChartPage open(WebDriver driver, URI page) {
        driver.get(page.toString());
        Waits.on(driver).withMessage("PMO.charts on the page").until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !!(window.PMO && window.PMO.charts);")));
        return new ChartPage(driver);
    }

    /** Draws {@code PMO.charts[chart]} (sCurve, burnUp, indexTrend) into {@code #chart} from the JSON text. */
    public ChartPage draw(String chart, String trendJson) {
        script("window.pmoTestChart = PMO.charts[arguments[0]](document.getElementById('chart'),"
                + " JSON.parse(arguments[1])); return null;", chart, trendJson);
        return this;
    }

    /** The same, while {@code window.uPlot} is missing, as when the library's download failed. */
    public ChartPage drawWithoutTheLibrary(String chart, String trendJson) {
        script("const library = window.uPlot; window.uPlot = undefined;"
                + " try { window.pmoTestChart = PMO.charts[arguments[0]](document.getElementById('chart'),"
                + " JSON.parse(arguments[1])); } finally { window.uPlot = library; } return null;", chart, trendJson);
        return this;
    }

    public int figures() {
        return driver.findElements(FIGURE).size();
    }

    public String kind() {
        return driver.findElement(FIGURE).getAttribute("class");
    }

    public String title() {
        return driver.findElement(By.cssSelector("#chart figcaption")).getText();
    }

    public boolean hasCanvas() {
        return !driver.findElements(CANVAS).isEmpty();
    }

    /** The legend's series names, the date column first. */
    public List<String> legend() {
        return driver.findElements(LEGEND_LABELS).stream().map(WebElement::getText).toList();
    }

    /** The line style of each series' sample in the legend (solid, dashed, dotted), after the date column's. */
    public List<String> legendLineStyles() {
        return driver.findElements(By.cssSelector("#chart .u-legend .u-series:not(:first-child) .u-marker")).stream()
                .map(marker -> marker.getCssValue("border-top-style")).toList();
    }

    /** What a screen reader announces for the plot: its role and its label. */
    public String plotRole() {
        return driver.findElement(PLOT).getAttribute("role");
    }

    public String plotDescription() {
        return driver.findElement(PLOT).getAttribute("aria-label");
    }

    /** Opens the data table (a disclosure under the plot) as a person would, and reads its header row. */
    public List<String> tableHeader() {
        openTable();
        return driver.findElement(TABLE).findElements(By.cssSelector("thead th")).stream()
                .map(WebElement::getText).toList();
    }

    /** The data table's rows, each as its cells' text (the date first). */
    public List<List<String>> tableRows() {
        openTable();
        return driver.findElement(TABLE).findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    private void openTable() {
        WebElement table = driver.findElement(TABLE);
        if (!table.isDisplayed()) {
            driver.findElement(TABLE_TOGGLE).click();
            Waits.on(driver).withMessage("the chart's data table").until(d -> table.isDisplayed());
        }
    }

    public Optional<String> emptyMessage() {
        return driver.findElements(EMPTY).stream().findFirst().map(WebElement::getText);
    }

    public Optional<String> unavailableMessage() {
        return driver.findElements(UNAVAILABLE).stream().findFirst().map(WebElement::getText);
    }

    /** The values uPlot plots for a series (1 = the first after the dates); nulls are the gaps. */
    @SuppressWarnings("unchecked")
    public List<Object> plotted(int series) {
        return (List<Object>) script("return window.pmoTestChart.chart.data[arguments[0]];", series);
    }

    /** Whether any plotted value is a number that is not finite: NaN or an infinity. */
    public boolean plotsAnyNonFiniteNumber() {
        return Boolean.TRUE.equals(script("return window.pmoTestChart.chart.data.some(values => values.some("
                + "v => typeof v === 'number' && !isFinite(v)));"));
    }

    /** Whether uPlot joins the line across missing values (it must not: a gap means "not defined"). */
    public boolean spansGaps(int series) {
        return Boolean.TRUE.equals(script("return !!window.pmoTestChart.chart.series[arguments[0]].spanGaps;",
                series));
    }

    public String stroke(int series) {
        return (String) script("const chart = window.pmoTestChart.chart;"
                + " return chart.series[arguments[0]].stroke(chart, arguments[0]);", series);
    }

    /** The value axis: its title and the tick labels drawn on the canvas. */
    public String valueAxisLabel() {
        return (String) script("return window.pmoTestChart.chart.axes[1].label;");
    }

    @SuppressWarnings("unchecked")
    public List<String> valueAxisTicks() {
        return (List<String>) script("return window.pmoTestChart.chart.axes[1]._values;");
    }

    @SuppressWarnings("unchecked")
    public List<String> dateAxisTicks() {
        return (List<String>) script("return window.pmoTestChart.chart.axes[0]._values;");
    }

    /** The lowest and highest value on the value axis. */
    @SuppressWarnings("unchecked")
    public List<Number> valueRange() {
        return (List<Number>) script("const y = window.pmoTestChart.chart.scales.y; return [y.min, y.max];");
    }

    /** The plot's drawn width in CSS pixels. */
    public long plotWidth() {
        return ((Number) script("return window.pmoTestChart.chart.width;")).longValue();
    }

    /** Sets the container's width, as a page layout change or a window resize would. */
    public void resizeContainer(int pixels) {
        script("document.getElementById('chart').style.width = arguments[0] + 'px'; return null;", pixels);
    }

    /** Waits until the plot has been redrawn at about {@code pixels} wide. */
    public void waitForPlotWidth(int pixels) {
        Waits.on(driver).withMessage("the plot redrawn " + pixels + " px wide")
                .until(d -> Math.abs(plotWidth() - pixels) <= 2);
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
