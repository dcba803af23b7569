package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The Risks panel with its link, create and unlink controls: on the issue view ({@code /browse/KEY-1}) or as a
 * tab of the board's detail view. Actions wait until the panel shows their outcome.
 */
public final class IssueRisksPanel {
    private static final String ON_ISSUE_VIEW = "#issue-risks-panel-module .pmo-issue-risks";
    private static final String ON_BOARD = "#ghx-detail-view .ghx-detail-section[data-panel-key='board-issue-risks-panel'] .pmo-issue-risks";

    private final WebDriver driver;
    private final By root;

    private IssueRisksPanel(WebDriver driver, By root) {
        this.driver = driver;
        this.root = root;
    }

    /** Opens the issue view; the panel, if it shows there. */
    public static Optional<IssueRisksPanel> openIssue(WebDriver driver, URI base, String issueKey) {
        driver.get(base.resolve("/browse/" + issueKey).toString());
        Waits.on(driver).until(d -> d.findElement(By.id("viewissue-sidebar")));
        return find(driver, By.cssSelector(ON_ISSUE_VIEW));
    }

    /** Opens the project's board with the issue's detail view; the panel's tab, if it shows there. */
    public static Optional<IssueRisksPanel> openBoard(WebDriver driver, URI base, String projectKey, String issueKey) {
        driver.get(base.resolve("/secure/RapidBoard.jspa?projectKey=" + projectKey + "&selectedIssue=" + issueKey)
                .toString());
        Waits.on(driver).until(d -> d.findElement(By.id("ghx-detail-view")));
        return find(driver, By.cssSelector(ON_BOARD));
    }

    private static Optional<IssueRisksPanel> find(WebDriver driver, By root) {
        return driver.findElements(root).isEmpty() ? Optional.empty() : Optional.of(new IssueRisksPanel(driver, root));
    }

    private WebElement panel() {
        return driver.findElement(root);
    }

    /** The ids of the listed risks, in the panel's order. */
    public List<Long> riskIds() {
        return panel().findElements(By.cssSelector("li.pmo-issue-risk")).stream()
                .map(row -> Long.parseLong(row.getDomAttribute("data-risk-id"))).toList();
    }

    /** A listed risk's title as the page shows it (its text, never markup). */
    public String title(long riskId) {
        return row(riskId).findElement(By.cssSelector(".pmo-issue-risk-title")).getDomProperty("textContent").strip();
    }

    /** How many elements the panel holds of a tag, e.g. script or img that a title must not have become. */
    public int elementsTagged(String tag) {
        return panel().findElements(By.tagName(tag)).size();
    }

    public boolean showsEmptyText() {
        return panel().findElement(By.cssSelector(".pmo-issue-risks-empty")).isDisplayed();
    }

    public boolean offersLinkAndCreate() {
        return !panel().findElements(By.cssSelector(".pmo-issue-risks-link, .pmo-issue-risks-create")).isEmpty();
    }

    public int unlinkControls() {
        return panel().findElements(By.cssSelector(".pmo-issue-risk-unlink")).size();
    }

    /** The panel's last message, and its kind (success, warning, error). */
    public String message() {
        return panel().findElement(By.cssSelector(".pmo-issue-risks-message")).getText().strip();
    }

    public String messageKind() {
        return panel().findElement(By.cssSelector(".pmo-issue-risks-message")).getDomAttribute("data-kind");
    }

    /** Opens the picker and types; waits until it lists what it found. */
    public IssueRisksPanel search(String text) {
        WebElement input = pickerInput();
        input.clear();
        input.sendKeys(text);
        Waits.on(driver).withMessage("the risk picker's answer to " + text).until(d -> !panel().findElements(
                By.cssSelector(".pmo-issue-risks-picker ul.pmo-picker-list[data-loaded]")).isEmpty());
        return this;
    }

    /** The labels the picker lists. */
    public List<String> offered() {
        return panel().findElements(By.cssSelector(".pmo-issue-risks-picker .pmo-picker-option .pmo-picker-label"))
                .stream().map(option -> option.getDomProperty("textContent")).toList();
    }

    /** Picks the first suggestion with the keyboard (arrow down, Enter) and waits for the panel's answer. */
    public IssueRisksPanel pickFirstWithKeyboard() {
        String before = message();
        WebElement input = pickerInput();
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        return waitForNewMessage(before);
    }

    /** Presses Escape where the focus is. */
    public IssueRisksPanel pressEscape() {
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        return this;
    }

    public boolean pickerShown() {
        return panel().findElements(By.cssSelector(".pmo-issue-risks-picker")).stream().anyMatch(WebElement::isDisplayed);
    }

    public boolean pickerListShown() {
        return panel().findElements(By.cssSelector(".pmo-issue-risks-picker ul.pmo-picker-list")).stream()
                .anyMatch(WebElement::isDisplayed);
    }

    /** Whether the focus is on the panel's "Link a risk" button. */
    public boolean focusIsOnLinkButton() {
        return driver.switchTo().activeElement().getDomAttribute("class").contains("pmo-issue-risks-link");
    }

    /** Clicks a listed risk's Unlink and waits for the panel's answer. */
    public IssueRisksPanel unlink(long riskId) {
        String before = message();
        row(riskId).findElement(By.cssSelector(".pmo-issue-risk-unlink")).click();
        return waitForNewMessage(before);
    }

    /** Fills the create form (no owner) and saves; waits for the panel's answer or a field error. */
    public IssueRisksPanel create(String title, String kind, int probability, int impact) {
        String before = message();
        List<WebElement> forms = panel().findElements(By.cssSelector(".pmo-issue-risks-form"));
        if (forms.isEmpty() || !forms.get(0).isDisplayed()) {
            panel().findElement(By.cssSelector(".pmo-issue-risks-create")).click();
        }
        WebElement form = panel().findElement(By.cssSelector(".pmo-issue-risks-form"));
        Waits.on(driver).until(d -> !"loading".equals(form.getDomAttribute("data-scale")));
        WebElement titleInput = form.findElement(By.name("title"));
        titleInput.clear();
        titleInput.sendKeys(title);
        new Select(form.findElement(By.name("kind"))).selectByValue(kind);
        new Select(form.findElement(By.name("probability"))).selectByValue(String.valueOf(probability));
        new Select(form.findElement(By.name("impact"))).selectByValue(String.valueOf(impact));
        form.findElement(By.cssSelector(".pmo-issue-risks-save")).click();
        Waits.on(driver).withMessage("the panel's answer to the create form").until(d -> !message().equals(before)
                || form.findElements(By.cssSelector(".pmo-field-error:not([hidden])")).size() > 0);
        return this;
    }

    /** The levels the create form offers for probability (the project's scale). */
    public List<String> probabilityLevels() {
        WebElement form = panel().findElement(By.cssSelector(".pmo-issue-risks-form"));
        return new Select(form.findElement(By.name("probability"))).getOptions().stream()
                .map(option -> option.getDomAttribute("value")).toList();
    }

    /** The create form's error under a field. */
    public String fieldError(String field) {
        return panel().findElement(By.cssSelector(".pmo-issue-risks-field[data-field='" + field + "'] .pmo-field-error"))
                .getText().strip();
    }

    private WebElement pickerInput() {
        List<WebElement> inputs = panel().findElements(By.cssSelector(".pmo-issue-risks-picker-input"));
        if (inputs.isEmpty() || !inputs.get(0).isDisplayed()) {
            panel().findElement(By.cssSelector(".pmo-issue-risks-link")).click();
        }
        WebElement input = panel().findElement(By.cssSelector(".pmo-issue-risks-picker-input"));
        Waits.on(driver).until(d -> input.equals(d.switchTo().activeElement()));
        return input;
    }

    private IssueRisksPanel waitForNewMessage(String before) {
        Waits.on(driver).withMessage("the panel's message after the change").until(d -> !message().equals(before)
                && !message().isEmpty());
        return this;
    }

    private WebElement row(long riskId) {
        return panel().findElement(By.cssSelector("li.pmo-issue-risk[data-risk-id='" + riskId + "']"));
    }
}
