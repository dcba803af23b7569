package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One risk's row in the register table, found again by the risk's id each time, because every reload of the
 * table replaces the rows.
 */
public final class RiskRow {
    private static final By TITLE = By.cssSelector("td.pmo-col-title a.pmo-risk-title-link");
    private static final By SCORE = By.cssSelector("td.pmo-col-score .pmo-severity-lozenge");
    private static final By OWNER = By.cssSelector("td.pmo-col-owner");
    private static final By KIND = By.cssSelector("td.pmo-col-kind");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+)");

    private final WebDriver driver;
    private final URI base;
    private final long id;

    RiskRow(WebDriver driver, URI base, long id) {
        this.driver = driver;
        this.base = base;
        this.id = id;
    }

    public long id() {
        return id;
    }

    /** The title exactly as the cell's text, so markup typed into a title shows up here as characters. */
    public String title() {
        return row().findElement(TITLE).getDomProperty("textContent");
    }

    /** The inherent score in the first score column (its badge also carries a hidden severity word). */
    public int score() {
        String text = row().findElement(SCORE).getDomProperty("textContent");
        Matcher number = LEADING_NUMBER.matcher(text);
        if (!number.find()) {
            throw new AssertionError("The score badge of risk " + id + " shows no number: \"" + text + "\"");
        }
        return Integer.parseInt(number.group(1));
    }

    /** The owner as shown: the display name when the user is known. */
    public String owner() {
        return row().findElement(OWNER).getText();
    }

    public String kind() {
        return row().findElement(KIND).getText();
    }

    /** Clicks the title and waits until the dialog shows this risk as stored. */
    public RiskDialog open() {
        row().findElement(TITLE).click();
        return RiskDialog.expectRiskLoaded(driver);
    }

    private WebElement row() {
        return driver.findElement(By.cssSelector("#pmo-risk-table tbody tr[data-risk-id='" + id + "']"));
    }
}
