package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;

/**
 * The risk register's Scoring settings dialog: matrix scale, severity thresholds and a preview of the matrix's
 * colours. Only people who may administer the project get its button. Saving reloads the whole page.
 */
public final class SettingsDialog {
    private static final By OPEN_BUTTON = By.id("pmo-risk-settings");
    private static final By DIALOG = By.id("pmo-settings-dialog");
    private static final By SCALE = By.id("pmo-settings-scale");
    private static final By MEDIUM = By.id("pmo-settings-medium");
    private static final By HIGH = By.id("pmo-settings-high");
    private static final By CRITICAL = By.id("pmo-settings-critical");
    private static final By SAVE = By.id("pmo-settings-save");
    private static final By CANCEL = By.id("pmo-settings-cancel");
    private static final By MESSAGE = By.id("pmo-settings-dialog-error");
    private static final By SUGGESTION = By.id("pmo-settings-suggestion");
    private static final By PREVIEW_INVALID = By.id("pmo-settings-preview-invalid");
    private static final By PREVIEW_GROUP = By.cssSelector("#pmo-settings-dialog .pmo-settings-preview");
    private static final By REGISTER = By.id("pmo-risk-register");

    private final WebDriver driver;
    private final URI base;

    private SettingsDialog(WebDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    /** Whether the register page shown offers the Scoring settings button at all. */
    public static boolean isOfferedOn(WebDriver driver) {
        return !driver.findElements(OPEN_BUTTON).isEmpty() || !driver.findElements(DIALOG).isEmpty();
    }

    /** Clicks Scoring settings on the register page shown and waits until the dialog shows the stored settings. */
    public static SettingsDialog openFromRegister(WebDriver driver, URI base) {
        Waits.on(driver).withMessage("the Scoring settings button")
                .until(ExpectedConditions.elementToBeClickable(OPEN_BUTTON)).click();
        // Save is enabled once the stored settings are in the form.
        Waits.on(driver).withMessage("the settings dialog to show the stored settings")
                .until(ExpectedConditions.and(ExpectedConditions.visibilityOfElementLocated(DIALOG),
                        ExpectedConditions.elementToBeClickable(SAVE)));
        return new SettingsDialog(driver, base);
    }

    /** What the form holds now. */
    public ScoringSettings settings() {
        awaitPreview();
        return new ScoringSettings(Integer.parseInt(new Select(driver.findElement(SCALE)).getFirstSelectedOption()
                .getDomProperty("value")), number(MEDIUM), number(HIGH), number(CRITICAL));
    }

    /** Picks the matrix size, as a person would in the Matrix scale list. */
    public SettingsDialog chooseScale(int size) {
        new Select(driver.findElement(SCALE)).selectByValue(String.valueOf(size));
        return this;
    }

    /** Replaces the three thresholds by typing, as a person would. */
    public SettingsDialog typeThresholds(int mediumFrom, int highFrom, int criticalFrom) {
        type(MEDIUM, mediumFrom);
        type(HIGH, highFrom);
        type(CRITICAL, criticalFrom);
        return this;
    }

    /** The note shown when changing the scale filled in that scale's default thresholds; empty when none is. */
    public String suggestion() {
        awaitPreview();
        WebElement hint = driver.findElement(SUGGESTION);
        return hint.isDisplayed() ? hint.getText() : "";
    }

    /** The severity the preview colours the cell of probability {@code p} and impact {@code i} with. */
    public String previewSeverity(int p, int i) {
        awaitPreview();
        By cell = By.cssSelector("#pmo-settings-preview td[data-probability='" + p + "'][data-impact='" + i + "']");
        return driver.findElement(cell).getDomAttribute("data-severity");
    }

    /** Whether the preview says it cannot be drawn for these thresholds instead of showing the matrix. */
    public boolean previewSaysThresholdsDoNotFit() {
        awaitPreview();
        return driver.findElement(PREVIEW_INVALID).isDisplayed();
    }

    /** What the preview says instead of the matrix: the server's reasons the settings cannot be saved. */
    public String previewMessage() {
        awaitPreview();
        return driver.findElement(PREVIEW_INVALID).getText();
    }

    /** The score range the preview lists for a severity, as shown, e.g. "High: scores 4 to 8". */
    public String previewBand(String severity) {
        awaitPreview();
        return driver.findElement(By.cssSelector("#pmo-settings-bands [data-severity='" + severity + "']"))
                .getText();
    }

    // The preview comes from the server after a pause in typing; the group is busy until the last answer is shown.
    private void awaitPreview() {
        Waits.on(driver).withMessage("the settings preview to show the server's answer")
                .until(d -> !"true".equals(d.findElement(PREVIEW_GROUP).getDomAttribute("aria-busy")));
    }

    /** Clicks Save and returns at once; the caller waits for what it expects. */
    public void save() {
        Waits.on(driver).until(ExpectedConditions.elementToBeClickable(SAVE)).click();
    }

    /** Clicks Save and waits for the page to reload with the new settings and finish loading. */
    public RiskRegisterPage saveAndWaitForReload() {
        WebElement oldPage = driver.findElement(REGISTER);
        save();
        try {
            Waits.on(driver).until(ExpectedConditions.stalenessOf(oldPage));
        } catch (TimeoutException e) {
            throw new AssertionError("The page did not reload after Save; the dialog shows: " + messageText(), e);
        }
        return RiskRegisterPage.expectLoaded(driver, base);
    }

    /** Clicks Cancel and waits until the dialog is gone. */
    public void cancel() {
        driver.findElement(CANCEL).click();
        Waits.on(driver).withMessage("the settings dialog to close")
                .until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
    }

    public boolean isOpen() {
        return driver.findElement(DIALOG).isDisplayed();
    }

    /** Waits for the error under a field (named as in the REST API, e.g. {@code scale}) and returns it. */
    public String fieldError(String field) {
        By error = By.cssSelector("#pmo-settings-form [data-error-for='" + field + "']");
        return Waits.on(driver).withMessage(() -> "an error under the settings field " + field
                        + "; the dialog shows: " + messageText())
                .until(ExpectedConditions.visibilityOfElementLocated(error)).getText();
    }

    /** Whether the field is marked invalid for assistive technology ({@code aria-invalid="true"}). */
    public boolean isMarkedInvalid(String field) {
        WebElement input = driver.findElement(By.cssSelector("#pmo-settings-form [data-setting='" + field + "']"));
        return "true".equals(input.getDomAttribute("aria-invalid"));
    }

    /** The message at the top of the dialog, or an empty string when none is shown. */
    public String messageText() {
        WebElement box = driver.findElement(MESSAGE);
        return box.isDisplayed() ? box.getText() : "";
    }

    private int number(By field) {
        return Integer.parseInt(driver.findElement(field).getDomProperty("value").strip());
    }

    private void type(By field, int value) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(String.valueOf(value));
    }
}
