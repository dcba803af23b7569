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

    /** The residual score column's text as shown (a score, or words such as "not assessed"). */
    public String residualText() {
        return row().findElements(By.cssSelector("td.pmo-col-score")).get(1).getText().strip();
    }

    /** Whether the residual column shows a severity badge (a score). */
    public boolean residualHasBadge() {
        return !row().findElements(By.cssSelector("td.pmo-col-score")).get(1)
                .findElements(By.cssSelector(".pmo-severity-lozenge")).isEmpty();
    }

    /** The next review date as shown (without the overdue lozenge). */
    public String nextReview() {
        return row().findElement(By.cssSelector("td.pmo-col-date time")).getText().strip();
    }

    /** The EMV column's text as shown. */
    public String emv() {
        return row().findElement(By.cssSelector("td.pmo-col-money")).getText().strip();
    }

    /** The status as its lozenge shows it. */
    public String status() {
        // The text, not as the lozenge's style capitalises it.
        return row().findElement(By.cssSelector("td.pmo-col-status .aui-lozenge")).getDomProperty("textContent")
                .strip();
    }

    /** The version the row was drawn from. */
    public long version() {
        return Long.parseLong(row().getDomAttribute("data-version"));
    }

    /** Starts editing a cell in place ({@code status}, {@code ownerKey}, {@code nextReviewDate}) with a click. */
    public InlineEdit edit(String field) {
        WebElement trigger = cell(field).findElement(By.cssSelector(".pmo-inline-trigger"));
        trigger.click();
        WebElement input = Waits.on(driver).until(d -> cell(field).findElements(
                By.cssSelector(".pmo-inline-input")).stream().findFirst().orElse(null));
        return new InlineEdit(field, input);
    }

    /** The message under a cell after an inline save ("saved", or what a colleague's save made of it). */
    public String inlineResult(String field) {
        return Waits.on(driver).withMessage("the inline edit's result under " + field).until(d ->
                cell(field).findElements(By.cssSelector("[data-inline-result]")).stream().findFirst()
                        .map(WebElement::getText).orElse(null));
    }

    /** The error shown under an open inline editor. */
    public String inlineError() {
        return Waits.on(driver).withMessage("an inline error").until(d -> row().findElements(
                By.cssSelector(".pmo-inline-message.error")).stream().filter(WebElement::isDisplayed).findFirst()
                .map(WebElement::getText).orElse(null));
    }

    /** Whether a cell holds an open editor. */
    public boolean editing(String field) {
        return !cell(field).findElements(By.cssSelector(".pmo-inline-input")).isEmpty();
    }

    private WebElement cell(String field) {
        return row().findElement(By.cssSelector("td[data-field='" + field + "']"));
    }

    /** An open inline editor in one of the row's cells. */
    public final class InlineEdit {
        private final String field;
        private final WebElement input;

        private InlineEdit(String field, WebElement input) {
            this.field = field;
            this.input = input;
        }

        /** Chooses a status by its value in the editor's drop-down. */
        public InlineEdit choose(String value) {
            new org.openqa.selenium.support.ui.Select(input).selectByValue(value);
            return this;
        }

        /** Replaces the text (or sets a date input's ISO value, as a date picker would). */
        public InlineEdit type(String text) {
            if ("date".equals(input.getDomAttribute("type"))) {
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "arguments[0].value = arguments[1];", input, text);
            } else {
                input.clear();
                input.sendKeys(text);
            }
            return this;
        }

        /** Presses Enter and waits until the save is answered (the row is drawn again, or an error shows). */
        public void pressEnter() {
            input.sendKeys(org.openqa.selenium.Keys.ENTER);
            Waits.on(driver).withMessage("the inline save of " + field + " to be answered").until(d ->
                    !editing(field) || row().findElements(By.cssSelector(".pmo-inline-message.error")).stream()
                            .anyMatch(WebElement::isDisplayed));
        }

        /** Presses Esc; the editor must close. */
        public void pressEscape() {
            input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
            Waits.on(driver).withMessage("the inline editor of " + field + " to close").until(d -> !editing(field));
        }
    }

    private WebElement row() {
        return driver.findElement(By.cssSelector("#pmo-risk-table tbody tr[data-risk-id='" + id + "']"));
    }
}
