package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.Arrays;

/** The risk dialog of the register page, in create, edit or view mode. */
public final class RiskDialog {
    private static final By DIALOG = By.id("pmo-risk-dialog");
    private static final By TITLE = By.id("pmo-risk-title");
    private static final By KIND = By.id("pmo-risk-kind");
    private static final By PROBABILITY = By.id("pmo-risk-probability");
    private static final By IMPACT = By.id("pmo-risk-impact");
    private static final By OWNER = By.id("pmo-risk-owner");
    private static final By COST = By.id("pmo-risk-cost-impact");
    private static final By LINKED_ISSUES = By.id("pmo-risk-linked-issues");
    private static final By SAVE = By.id("pmo-risk-save");
    private static final By MESSAGE = By.id("pmo-risk-dialog-error");
    private static final By MESSAGE_TITLE = By.cssSelector("p.title");
    private static final By META = By.id("pmo-risk-dialog-meta");

    /** A message shown at the top of the dialog: its AUI type (error, warning, info), its title and all its text. */
    public record Message(String type, String title, String text) {
    }

    private final WebDriver driver;

    private RiskDialog(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits until the dialog is shown and its title field can be typed in. */
    static RiskDialog expectOpen(WebDriver driver) {
        Waits.on(driver).withMessage("the risk dialog to open")
                .until(ExpectedConditions.and(ExpectedConditions.visibilityOfElementLocated(DIALOG),
                        ExpectedConditions.elementToBeClickable(TITLE)));
        return new RiskDialog(driver);
    }

    /** Waits until the dialog shows a stored risk: its id and version line is shown and Save can be used. */
    static RiskDialog expectRiskLoaded(WebDriver driver) {
        RiskDialog dialog = expectOpen(driver);
        Waits.on(driver).withMessage("the risk dialog to load the risk")
                .until(ExpectedConditions.and(ExpectedConditions.visibilityOfElementLocated(META),
                        ExpectedConditions.elementToBeClickable(SAVE)));
        return dialog;
    }

    /** Fills the fields a new risk needs; an empty title or a zero level leaves that field untouched. */
    public RiskDialog fill(NewRisk risk) {
        if (!risk.title().isEmpty()) {
            typeTitle(risk.title());
        }
        new Select(driver.findElement(KIND)).selectByValue(risk.kind());
        if (risk.probability() > 0) {
            new Select(driver.findElement(PROBABILITY)).selectByValue(String.valueOf(risk.probability()));
        }
        if (risk.impact() > 0) {
            new Select(driver.findElement(IMPACT)).selectByValue(String.valueOf(risk.impact()));
        }
        if (!risk.owner().isEmpty()) {
            WebElement owner = driver.findElement(OWNER);
            owner.clear();
            owner.sendKeys(risk.owner());
        }
        return this;
    }

    /** Replaces the title with {@code text}. */
    public RiskDialog typeTitle(String text) {
        WebElement title = driver.findElement(TITLE);
        title.clear();
        title.sendKeys(text);
        return this;
    }

    /** Replaces the cost impact with {@code text}, typed as a person would. */
    public RiskDialog typeCost(String text) {
        WebElement cost = driver.findElement(COST);
        cost.clear();
        cost.sendKeys(text);
        return this;
    }

    /**
     * Types {@code typed} into the owner field and picks the suggestion showing {@code displayName} from Jira's
     * user picker, with the mouse as a person would.
     */
    public RiskDialog pickOwner(String typed, String displayName) {
        WebElement owner = driver.findElement(OWNER);
        owner.clear();
        owner.sendKeys(typed);
        pick(owner, option -> displayName.equals(option.findElement(By.cssSelector(".pmo-picker-label")).getText()),
                "a user suggestion \"" + displayName + "\"");
        return this;
    }

    /** Types {@code typed} after what the linked issues field holds and picks the suggestion for issue {@code key}. */
    public RiskDialog pickLinkedIssue(String typed, String key) {
        WebElement issues = driver.findElement(LINKED_ISSUES);
        issues.sendKeys(typed);
        pick(issues, option -> key.equals(option.getDomAttribute("data-value")), "an issue suggestion " + key);
        return this;
    }

    /** Types {@code typed} into the linked issues field and returns the suggestions the issue picker shows. */
    public java.util.List<String> issueSuggestionsFor(String typed) {
        WebElement issues = driver.findElement(LINKED_ISSUES);
        issues.clear();
        issues.sendKeys(typed);
        WebElement list = suggestions(issues);
        return list.findElements(By.cssSelector("[role=option]")).stream()
                .map(o -> o.getDomAttribute("data-value")).toList();
    }

    public RiskDialog clearLinkedIssues() {
        driver.findElement(LINKED_ISSUES).clear();
        return this;
    }

    public String owner() {
        return driver.findElement(OWNER).getDomProperty("value");
    }

    public String linkedIssues() {
        return driver.findElement(LINKED_ISSUES).getDomProperty("value");
    }

    /** Waits for the picker's list under the field to show the answer to what was typed last. */
    private WebElement suggestions(WebElement field) {
        By list = By.id(field.getDomAttribute("aria-controls"));
        return Waits.on(driver).withMessage("the picker's suggestions under " + field.getDomAttribute("id"))
                .until(d -> {
                    WebElement shown = d.findElement(list);
                    return shown.isDisplayed() && "true".equals(shown.getDomAttribute("data-loaded"))
                            && "true".equals(field.getDomAttribute("aria-expanded")) ? shown : null;
                });
    }

    private void pick(WebElement field, java.util.function.Predicate<WebElement> wanted, String what) {
        WebElement option = Waits.on(driver).withMessage(what).until(d -> suggestions(field)
                .findElements(By.cssSelector("[role=option]")).stream().filter(wanted).findFirst().orElse(null));
        option.click();
        Waits.on(driver).withMessage("the picker to close after the pick")
                .until(d -> "false".equals(field.getDomAttribute("aria-expanded")));
    }

    /** The title field's current value. */
    public String title() {
        return driver.findElement(TITLE).getDomProperty("value");
    }

    /** Clicks Save and returns at once; the caller waits for what it expects (the dialog closing, a message). */
    public void save() {
        Waits.on(driver).until(ExpectedConditions.elementToBeClickable(SAVE)).click();
    }

    /** Clicks Save and waits until the dialog has closed, which it does only once the server accepted the risk. */
    public void saveAndWaitUntilClosed() {
        save();
        try {
            Waits.on(driver).until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        } catch (TimeoutException e) {
            throw new AssertionError("The risk dialog stayed open after Save; it shows: " + visibleMessageText(), e);
        }
    }

    public boolean isOpen() {
        return !driver.findElements(DIALOG).isEmpty() && driver.findElement(DIALOG).isDisplayed();
    }

    /** Waits for the error shown next to a field (named as in the REST API, e.g. {@code title}) and returns it. */
    public String fieldError(String field) {
        By error = By.cssSelector("#pmo-risk-form [data-error-for='" + field + "']");
        return Waits.on(driver).withMessage(() -> "an error next to the field " + field + "; the dialog shows: "
                        + visibleMessageText())
                .until(ExpectedConditions.visibilityOfElementLocated(error)).getText();
    }

    /** Whether the field is marked invalid for assistive technology ({@code aria-invalid="true"}). */
    public boolean isMarkedInvalid(String field) {
        WebElement input = driver.findElement(By.cssSelector("#pmo-risk-form [data-field='" + field + "']"));
        return "true".equals(input.getDomAttribute("aria-invalid"));
    }

    /** Waits for a message of the given AUI type (error, warning) at the top of the dialog and returns it. */
    public Message message(String type) {
        WebElement box = Waits.on(driver).withMessage(() -> "a " + type + " message in the risk dialog")
                .until(d -> {
                    WebElement shown = d.findElement(MESSAGE);
                    return shown.isDisplayed() && hasClass(shown, "aui-message-" + type) ? shown : null;
                });
        return new Message(type, box.findElement(MESSAGE_TITLE).getText(), box.getText());
    }

    /** Replaces the value of a text field, named as in the REST API (e.g. {@code description}), as a person types. */
    public RiskDialog type(String field, String text) {
        WebElement input = driver.findElement(By.cssSelector("#pmo-risk-form [data-field='" + field + "']"));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** A field's current value in the form. */
    public String value(String field) {
        return driver.findElement(By.cssSelector("#pmo-risk-form [data-field='" + field + "']"))
                .getDomProperty("value");
    }

    /** Waits for the question which value to keep after a late save, and answers the fields it asks about. */
    public java.util.List<String> mergeQuestions() {
        return Waits.on(driver).withMessage(() -> "the merge question; the dialog shows: " + visibleMessageText())
                .until(d -> {
                    java.util.List<WebElement> asked = d.findElements(By.cssSelector("#pmo-risk-merge [data-merge-field]"));
                    return asked.isEmpty() ? null : asked;
                }).stream().map(f -> f.getDomAttribute("data-merge-field")).toList();
    }

    /** The text of one merge question: the field, both values and the one both started from. */
    public String mergeQuestionText(String field) {
        return driver.findElement(By.cssSelector("#pmo-risk-merge [data-merge-field='" + field + "']")).getText();
    }

    /** Keeps {@code yours} or {@code theirs} for a field both people changed. */
    public RiskDialog keep(String field, String side) {
        driver.findElement(By.id("pmo-merge-" + field + "-" + side)).click();
        return this;
    }

    public RiskDialog pressEscape() {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        return this;
    }

    public RiskDialog clickCancel() {
        driver.findElement(By.id("pmo-risk-cancel")).click();
        return this;
    }

    public RiskDialog clickCloseIcon() {
        driver.findElement(By.id("pmo-risk-close")).click();
        return this;
    }

    /** Whether the dialog asks "Discard your changes?" now. */
    public boolean asksToDiscard() {
        return driver.findElement(By.id("pmo-risk-discard-confirm")).isDisplayed();
    }

    /** Waits for the question whether to discard the changes and returns its text. */
    public String discardQuestion() {
        return Waits.on(driver).withMessage("the question whether to discard the changes")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("pmo-risk-discard-confirm-text")))
                .getText();
    }

    public RiskDialog keepEditing() {
        driver.findElement(By.id("pmo-risk-discard-no")).click();
        return this;
    }

    public void discardAndWaitUntilClosed() {
        driver.findElement(By.id("pmo-risk-discard-yes")).click();
        waitUntilClosed();
    }

    public void waitUntilClosed() {
        try {
            Waits.on(driver).until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        } catch (TimeoutException e) {
            throw new AssertionError("The risk dialog stayed open; it shows: " + visibleMessageText(), e);
        }
    }

    private String visibleMessageText() {
        WebElement box = driver.findElement(MESSAGE);
        return box.isDisplayed() ? box.getText() : "(no message)";
    }

    private static boolean hasClass(WebElement element, String name) {
        String classes = element.getDomAttribute("class");
        return classes != null && Arrays.asList(classes.split("\\s+")).contains(name);
    }
}
