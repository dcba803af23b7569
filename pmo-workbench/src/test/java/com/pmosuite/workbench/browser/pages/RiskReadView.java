package com.pmosuite.workbench.browser.pages;

import com.pmosuite.plugin.risk.web.RiskRegisterAddress;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.util.List;

/** The risk dialog's read view: what someone who may browse a project but not edit its risks sees of a risk. */
public final class RiskReadView {
    private static final By DIALOG = By.id("pmo-risk-dialog");
    private static final By READ = By.id("pmo-risk-read");
    private static final By TITLE = By.cssSelector("#pmo-risk-read [data-read-field='title']");

    private final WebDriver driver;

    private RiskReadView(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the register at the risk's own address and waits for the read view to show it. */
    public static RiskReadView open(WebDriver driver, URI base, String projectKey, long riskId) {
        driver.get(base.resolve(RiskRegisterAddress.ofRisk(projectKey, riskId)).toString());
        Waits.on(driver).withMessage("the risk dialog's read view")
                .until(ExpectedConditions.visibilityOfElementLocated(TITLE));
        return new RiskReadView(driver);
    }

    public String title() {
        return driver.findElement(TITLE).getText();
    }

    /** The text shown for a labelled value, e.g. {@code ownerKey} or {@code nextReviewDate}. */
    public String value(String field) {
        return item(field).findElement(By.tagName("dd")).getText();
    }

    /** The label shown above a value. */
    public String label(String field) {
        return item(field).findElement(By.tagName("dt")).getText();
    }

    /**
     * The severity lozenges shown with a value (score and residual score), each as its score and the severity
     * spelled out for assistive technology, e.g. "20 Critical".
     */
    public List<String> lozenges(String field) {
        return item(field).findElements(By.cssSelector(".pmo-severity-lozenge")).stream()
                .map(lozenge -> lozenge.getDomProperty("textContent")).toList();
    }

    /** The addresses of the linked issues' links. */
    public List<String> linkedIssueHrefs() {
        return item("linkedIssueKeys").findElements(By.cssSelector("a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
    }

    /** Form controls a person could see and use in the dialog: none, in a read view. */
    public long visibleInputs() {
        return dialog().findElements(By.cssSelector("input, select, textarea")).stream()
                .filter(WebElement::isDisplayed).count();
    }

    /** "Required" marks shown in the dialog. */
    public long visibleRequiredMarks() {
        return dialog().findElements(By.cssSelector(".icon-required")).stream().filter(WebElement::isDisplayed)
                .count();
    }

    /** The texts of the dialog's buttons a person can see, header and footer included. */
    public List<String> visibleButtons() {
        return dialog().findElements(By.cssSelector("button")).stream().filter(WebElement::isDisplayed)
                .map(b -> b.getText().isBlank() ? b.getDomAttribute("aria-label") : b.getText()).toList();
    }

    public boolean isAssignToMeShown() {
        return driver.findElements(By.id("pmo-risk-owner-me")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Shows the History tab and answers its rows' field column once loaded. */
    public List<String> historyFields() {
        driver.findElement(By.id("pmo-risk-tab-history")).click();
        WebElement table = Waits.on(driver).withMessage("the risk's history").until(d -> {
            WebElement t = d.findElement(By.id("pmo-risk-history-table"));
            return "true".equals(t.getDomAttribute("data-loaded")) && t.isDisplayed() ? t : null;
        });
        return table.findElements(By.cssSelector("tbody td.pmo-history-field")).stream().map(WebElement::getText)
                .toList();
    }

    /** Clicks Close and waits until the dialog is gone. */
    public void close() {
        driver.findElement(By.id("pmo-risk-cancel")).click();
        Waits.on(driver).until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
    }

    private WebElement dialog() {
        return driver.findElement(DIALOG);
    }

    private WebElement item(String field) {
        return driver.findElement(By.cssSelector("#pmo-risk-read [data-read-field='" + field + "']"));
    }
}
