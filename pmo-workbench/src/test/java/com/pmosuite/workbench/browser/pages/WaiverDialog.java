package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

/** The Compliance page's "Request a waiver" dialog. */
public final class WaiverDialog {
    private static final By DIALOG = By.id("pmo-waiver-dialog");

    private final WebDriver driver;

    private WaiverDialog(WebDriver driver) {
        this.driver = driver;
    }

    static WaiverDialog shown(WebDriver driver) {
        Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        return new WaiverDialog(driver);
    }

    public String chosenStandard() {
        return new Select(driver.findElement(By.id("pmo-waiver-standard"))).getFirstSelectedOption()
                .getDomProperty("value");
    }

    public WaiverDialog issues(String keys) {
        WebElement input = driver.findElement(By.id("pmo-waiver-issues"));
        input.clear();
        input.sendKeys(keys);
        return this;
    }

    public WaiverDialog justification(String text) {
        WebElement input = driver.findElement(By.id("pmo-waiver-justification"));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /**
     * Sets the date field's value: keys typed into a date input depend on the browser's locale, its value (ISO) does
     * not; the form reads the value either way.
     */
    public WaiverDialog expires(LocalDate date) {
        WebElement input = driver.findElement(By.id("pmo-waiver-expires"));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1];", input, date.toString());
        return this;
    }

    /** Submits and waits until the dialog closed. */
    public void submit() {
        driver.findElement(By.id("pmo-waiver-submit")).click();
        Waits.on(driver).withMessage(() -> "the waiver dialog to close")
                .until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
    }

    /** Submits and waits for the server's answer to show beside a field. */
    public String submitExpectingErrorOn(String field) {
        driver.findElement(By.id("pmo-waiver-submit")).click();
        By error = By.cssSelector("#pmo-waiver-form .error[data-field='" + field + "']");
        Waits.on(driver).withMessage(() -> "an error on " + field)
                .until(d -> !d.findElement(error).getText().isBlank());
        return driver.findElement(error).getText();
    }

    public boolean fieldMarkedInvalid(String name) {
        return "true".equals(driver.findElement(By.cssSelector("#pmo-waiver-form [name='" + name + "']"))
                .getDomAttribute("aria-invalid"));
    }
}
