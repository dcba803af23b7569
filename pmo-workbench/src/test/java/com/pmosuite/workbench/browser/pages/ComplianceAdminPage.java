package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The compliance administration page at {@code /plugins/servlet/pmo/compliance-admin}, behind websudo: its tabs, the
 * standard and set dialogs (with the condition builder, addressed by the paths a 400 names: {@code check.rule},
 * {@code check.rule.parts[1]}), settings, waivers and import.
 */
public final class ComplianceAdminPage {
    public static final String PATH = "plugins/servlet/pmo/compliance-admin";
    private static final By STANDARDS = By.id("cpl-standards");
    private static final By STANDARD_DIALOG = By.id("cpl-standard-dialog");
    private static final By SET_DIALOG = By.id("cpl-set-dialog");
    private static final By FLAG_CLOSE_BUTTONS = By.cssSelector(".aui-flag .aui-close-button");
    private static final By FLAGS = By.cssSelector(".aui-flag");

    private final WebDriver driver;

    private ComplianceAdminPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page, confirming the password when Jira asks for it, and waits for the standards list. */
    public static ComplianceAdminPage open(WebDriver driver, URI base, String password) {
        driver.get(base.resolve(PATH).toString());
        Waits.on(driver).until(ExpectedConditions.or(ExpectedConditions.urlContains("WebSudoAuthenticate"),
                ExpectedConditions.visibilityOfElementLocated(STANDARDS)));
        if (driver.getCurrentUrl().contains("WebSudoAuthenticate")) {
            driver.findElement(By.name("webSudoPassword")).sendKeys(password);
            driver.findElement(By.id("login-form-submit")).click();
        }
        Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(STANDARDS));
        return new ComplianceAdminPage(driver);
    }

    /** Selects a tab by its name: standards, sets, schedule, waivers, transfer. */
    public ComplianceAdminPage tab(String name) {
        closeFlags();
        driver.findElement(By.id("cpl-tab-" + name)).click();
        Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("cpl-panel-" + name)));
        return this;
    }

    /** Sends a key (an arrow, Home, End) to the focused tab and answers the tab selected then. */
    public String keyOnTabs(String fromTab, Keys key) {
        driver.findElement(By.id("cpl-tab-" + fromTab)).sendKeys(key);
        WebElement selected = driver.findElement(By.cssSelector("[role=tab][aria-selected=true]"));
        Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.id(selected.getAttribute("aria-controls"))));
        return selected.getAttribute("id").substring("cpl-tab-".length());
    }

    /** The id of the focused element. */
    public String focused() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /* ------------------------------------------------------------------ standards */

    /** Types the JQL of a JQL check. */
    public ComplianceAdminPage jql(String jql) {
        type(control("check.jql"), jql);
        return this;
    }

    public ComplianceAdminPage startNewStandard() {
        tab("standards");
        driver.findElement(By.id("cpl-standard-create")).click();
        Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("cpl-std-name")));
        return this;
    }

    public ComplianceAdminPage standardName(String name) {
        type(driver.findElement(By.id("cpl-std-name")), name);
        return this;
    }

    public ComplianceAdminPage weight(String weight) {
        type(driver.findElement(By.id("cpl-std-weight")), weight);
        return this;
    }

    public ComplianceAdminPage severity(String severity) {
        new Select(driver.findElement(By.id("cpl-std-severity"))).selectByValue(severity);
        return this;
    }

    public ComplianceAdminPage checkType(String type) {
        new Select(driver.findElement(By.id("cpl-std-check-type"))).selectByValue(type);
        return this;
    }

    /** Fills the clause at this path (check.rule.parts[0]): field and operator by their API names, and the value. */
    public ComplianceAdminPage clause(String path, String field, String operator, String value) {
        new Select(control(path + ".field")).selectByValue(field);
        new Select(control(path + ".operator")).selectByValue(operator);
        if (value != null) {
            type(control(path + ".value"), value);
        }
        return this;
    }

    /** The operators the clause at this path offers, by their API names. */
    public List<String> operatorsOf(String path) {
        return new Select(control(path + ".operator")).getOptions().stream()
                .map(option -> option.getAttribute("value")).toList();
    }

    /** Adds a clause to the group at this path (check.rule, check.rule.parts[1]); it is the group's last part. */
    public ComplianceAdminPage addClause(String groupPath) {
        int before = parts(groupPath);
        group(groupPath).findElement(By.cssSelector(":scope > .pmo-cpl-group-actions > .pmo-cpl-add-clause")).click();
        Waits.on(driver).until(d -> parts(groupPath) == before + 1);
        return this;
    }

    /** Adds a nested group to the group at this path; it is the group's last part. */
    public ComplianceAdminPage addGroup(String groupPath) {
        int before = parts(groupPath);
        group(groupPath).findElement(By.cssSelector(":scope > .pmo-cpl-group-actions > .pmo-cpl-add-group")).click();
        Waits.on(driver).until(d -> parts(groupPath) == before + 1);
        return this;
    }

    /** Whether the group at this path offers to add a nested group (not at the deepest level). */
    public boolean offersNestedGroup(String groupPath) {
        return !group(groupPath).findElements(
                By.cssSelector(":scope > .pmo-cpl-group-actions > .pmo-cpl-add-group")).isEmpty();
    }

    /** Joins the group's parts with "all" (and) or "any" (or). */
    public ComplianceAdminPage match(String groupPath, String allOrAny) {
        new Select(control(groupPath + ".type")).selectByValue(allOrAny);
        return this;
    }

    /** Removes the clause at this path. */
    public ComplianceAdminPage removeClause(String path) {
        control(path).findElement(By.cssSelector(".pmo-cpl-remove-clause")).click();
        return this;
    }

    public int parts(String groupPath) {
        return group(groupPath).findElements(By.cssSelector(":scope > .pmo-cpl-parts > .pmo-cpl-part")).size();
    }

    /** Chooses the project to preview on, and waits for the preview's sentence (not "checking…"). */
    public String previewOn(String projectKey) {
        new Select(driver.findElement(By.id("cpl-preview-project"))).selectByValue(projectKey);
        return preview();
    }

    /** What the issue navigator listed: where it is, its total, and the rows it shows. */
    public record NavigatorList(String href, long total, int rows) {
    }

    /** Follows the preview's "Open in issue navigator" link, once the preview shows it, and reads the list there. */
    public NavigatorList followPreviewNavigator() {
        String href = Waits.on(driver).withMessage(() -> "the preview's issue navigator link")
                .until(d -> d.findElements(By.id("cpl-preview-navigator")).stream().findFirst().orElse(null))
                .getAttribute("href");
        driver.get(href);
        WebElement count = Waits.on(driver).withMessage(() -> "the navigator's count")
                .until(d -> d.findElements(By.id("issue-count")).stream().findFirst().orElse(null));
        return new NavigatorList(href, Long.parseLong(count.getAttribute("data-total")),
                driver.findElements(By.cssSelector("#issuetable .issuerow")).size());
    }

    /** The preview's current sentence once it has an answer. */
    public String preview() {
        By settled = By.cssSelector("#cpl-preview-result:not([data-state='running']):not([data-state='idle'])");
        return Waits.on(driver).withMessage(() -> "the preview to answer").until(
                ExpectedConditions.visibilityOfElementLocated(settled)).findElement(
                By.cssSelector(".pmo-cpl-preview-text")).getText();
    }

    /** Waits until the preview's sentence contains this text, and answers it. */
    public String previewShowing(String text) {
        Waits.on(driver).withMessage(() -> "the preview to say " + text).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(
                    "#cpl-preview-result:not([data-state='running']) .pmo-cpl-preview-text"));
            return !found.isEmpty() && found.get(0).getText().contains(text);
        });
        return preview();
    }

    public ComplianceAdminPage saveStandardExpectingSuccess(String name) {
        driver.findElement(By.id("cpl-standard-dialog-save")).click();
        Waits.on(driver).withMessage(() -> "the dialog to close and the list to show " + name)
                .until(d -> !d.findElement(STANDARD_DIALOG).isDisplayed() && standardRow(name) != null);
        return this;
    }

    /** Saves and waits for field errors; answers the error shown next to the control at this path. */
    public String saveExpectingErrorAt(String path) {
        driver.findElement(By.id("cpl-standard-dialog-save")).click();
        return errorAt(path);
    }

    /** The error shown next to the control with this path, once there is one. */
    public String errorAt(String path) {
        return Waits.on(driver).withMessage(() -> "an error next to " + path).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                        ".pmo-field-error[data-error-path='" + path + "']"))).getText();
    }

    public boolean markedInvalid(String path) {
        return !driver.findElements(By.cssSelector("[data-path='" + path + "'].pmo-invalid")).isEmpty();
    }

    /** Presses Escape in the open dialog. */
    public ComplianceAdminPage pressEscape() {
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        return this;
    }

    /** Whether the dialog asks before throwing unsaved changes away. */
    public boolean asksToDiscard(String dialogId) {
        return Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#" + dialogId + " .pmo-cpl-discard"))).isDisplayed();
    }

    public ComplianceAdminPage keepEditing(String dialogId) {
        driver.findElement(By.id(dialogId + "-discard-no")).click();
        Waits.on(driver).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("#" + dialogId + " .pmo-cpl-discard")));
        return this;
    }

    public ComplianceAdminPage discard(String dialogId) {
        driver.findElement(By.id(dialogId + "-discard-yes")).click();
        Waits.on(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialogId)));
        return this;
    }

    public boolean dialogOpen(String dialogId) {
        return driver.findElement(By.id(dialogId)).isDisplayed();
    }

    /** The listed standard's cells: name, severity, weight, enabled, check, summary. */
    public List<String> standardCells(String name) {
        WebElement row = Waits.on(driver).withMessage(() -> "the list to show " + name)
                .until(d -> standardRow(name));
        return row.findElements(By.tagName("td")).stream().limit(6).map(WebElement::getText).toList();
    }

    private WebElement standardRow(String name) {
        for (WebElement row : driver.findElements(By.cssSelector("#cpl-standards .pmo-cpl-standard-row"))) {
            if (row.findElement(By.cssSelector(".pmo-cpl-standard-name")).getText().equals(name)) {
                return row;
            }
        }
        return null;
    }

    /* ------------------------------------------------------------------ sets */

    public ComplianceAdminPage startNewSet() {
        tab("sets");
        Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("cpl-sets")));
        driver.findElement(By.id("cpl-set-create")).click();
        Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("cpl-set-name")));
        return this;
    }

    public ComplianceAdminPage setName(String name) {
        type(driver.findElement(By.id("cpl-set-name")), name);
        return this;
    }

    /** Ticks the choice with this label in one of the set dialog's lists (cpl-set-standards, -portfolios, …). */
    public ComplianceAdminPage choose(String listId, String label) {
        for (WebElement line : driver.findElements(By.cssSelector("#" + listId + " .pmo-cpl-choice"))) {
            if (line.getText().strip().equals(label)) {
                WebElement box = line.findElement(By.tagName("input"));
                if (!box.isSelected()) {
                    box.click();
                }
                return this;
            }
        }
        throw new IllegalArgumentException("no choice " + label + " in " + listId);
    }

    public ComplianceAdminPage saveSetExpectingSuccess(String name) {
        driver.findElement(By.id("cpl-set-dialog-save")).click();
        Waits.on(driver).withMessage(() -> "the set dialog to close and the list to show " + name)
                .until(d -> !d.findElement(SET_DIALOG).isDisplayed() && setRow(name) != null);
        return this;
    }

    /** The listed set's cells: name, description, standards, scope. */
    public List<String> setCells(String name) {
        WebElement row = Waits.on(driver).withMessage(() -> "the sets to show " + name).until(d -> setRow(name));
        return row.findElements(By.tagName("td")).stream().limit(4).map(WebElement::getText).toList();
    }

    private WebElement setRow(String name) {
        for (WebElement row : driver.findElements(By.cssSelector("#cpl-sets .pmo-cpl-set-row"))) {
            if (row.findElement(By.cssSelector(".pmo-cpl-set-name")).getText().equals(name)) {
                return row;
            }
        }
        return null;
    }

    /* ------------------------------------------------------------------ schedule */

    /** Opens the schedule tab and waits until the settings have loaded into the form. */
    public ComplianceAdminPage openSchedule() {
        tab("schedule");
        Waits.on(driver).withMessage(() -> "the settings to load").until(d -> !d.findElement(
                By.id("cpl-settings-scanIntervalMinutes")).getAttribute("value").isEmpty());
        return this;
    }

    public ComplianceAdminPage setting(String name, String value) {
        type(driver.findElement(By.id("cpl-settings-" + name)), value);
        return this;
    }

    public String setting(String name) {
        return driver.findElement(By.id("cpl-settings-" + name)).getAttribute("value");
    }

    /** Saves and waits for the success flag. */
    public ComplianceAdminPage saveSettings() {
        driver.findElement(By.id("cpl-settings-save")).click();
        Waits.on(driver).withMessage(() -> "the settings to be saved").until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("[data-pmo-flag='success']")));
        return this;
    }

    /** A row of the run history: the run's id and its cells as shown. */
    public record RunRow(long id, List<String> cells) {
    }

    /** Starts a scan of every project and waits until the history shows a finished run newer than any before. */
    public RunRow scanAllNowAndWaitForTheRun() {
        closeFlags();
        List<WebElement> before = driver.findElements(By.cssSelector("#cpl-runs .pmo-cpl-run-row"));
        String newest = before.isEmpty() ? null : before.get(0).getAttribute("data-run-id");
        driver.findElement(By.id("cpl-scan-all")).click();
        WebElement row = Waits.on(driver).withMessage(() -> "a finished run in the history").until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#cpl-runs .pmo-cpl-run-row"));
            if (rows.isEmpty() || rows.get(0).getAttribute("data-run-id").equals(newest)) {
                return null;
            }
            String status = rows.get(0).findElement(By.cssSelector(".pmo-cpl-run-status")).getAttribute("data-status");
            return status.equals("running") || status.equals("queued") ? null : rows.get(0);
        });
        return new RunRow(Long.parseLong(row.getAttribute("data-run-id")),
                row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
    }

    /* ------------------------------------------------------------------ waivers */

    /** Approves or rejects the requested waiver with this id, with a note, and waits until it is no longer requested. */
    public ComplianceAdminPage decide(long waiverId, String decision, String note) {
        tab("waivers");
        By row = By.cssSelector("#cpl-waivers-requested tr[data-waiver-id='" + waiverId + "']");
        WebElement found = Waits.on(driver).withMessage(() -> "requested waiver " + waiverId)
                .until(ExpectedConditions.visibilityOfElementLocated(row));
        closeFlags();
        type(found.findElement(By.cssSelector(".pmo-cpl-waiver-note")), note);
        found.findElement(By.cssSelector(decision.equals("approve") ? ".pmo-cpl-approve" : ".pmo-cpl-reject"))
                .click();
        Waits.on(driver).withMessage(() -> "waiver " + waiverId + " to leave the requested list")
                .until(ExpectedConditions.invisibilityOfElementLocated(row));
        return this;
    }

    /** Shows the other waivers of this status and answers the text of the one with this id. */
    public String otherWaiver(String status, long waiverId) {
        new Select(driver.findElement(By.id("cpl-waivers-status"))).selectByValue(status);
        return Waits.on(driver).withMessage(() -> status + " waiver " + waiverId).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                        "#cpl-waivers-others tr[data-waiver-id='" + waiverId + "']"))).getText();
    }

    /* ------------------------------------------------------------------ import */

    /** Chooses the file and asks what importing it would change; answers the plan's text. */
    public String importPlan(Path file) {
        tab("transfer");
        driver.findElement(By.id("cpl-import-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("cpl-import-preview")).click();
        return Waits.on(driver).withMessage(() -> "the import plan").until(ExpectedConditions
                .visibilityOfElementLocated(By.id("cpl-import-apply"))).findElement(By.xpath("../..")).getText();
    }

    /** One part of the plan shown (created, changed, unchanged), once it shows. */
    public String planPart(String part) {
        return Waits.on(driver).withMessage(() -> "the plan's " + part + " part").until(ExpectedConditions
                .visibilityOfElementLocated(By.id("cpl-plan-" + part))).getText();
    }

    /**
     * Applies the plan and waits for the outcome: the success message, or the stale-plan warning (the plan as it is
     * now follows it); answers the text shown.
     */
    public String applyImport() {
        closeFlags();
        WebElement apply = Waits.on(driver).withMessage(() -> "an Apply button").until(
                ExpectedConditions.elementToBeClickable(By.id("cpl-import-apply")));
        apply.click();
        Waits.on(driver).withMessage(() -> "the import's outcome").until(ExpectedConditions.stalenessOf(apply));
        return driver.findElement(By.id("cpl-import-result")).getText();
    }

    /* ------------------------------------------------------------------ helpers */

    /** Closes the flags in the top right corner, which would take a click meant for what lies under them. */
    public ComplianceAdminPage closeFlags() {
        driver.findElements(FLAG_CLOSE_BUTTONS).stream().filter(WebElement::isDisplayed).forEach(WebElement::click);
        Waits.on(driver).withMessage(() -> "the flags to close")
                .until(d -> d.findElements(FLAGS).stream().noneMatch(WebElement::isDisplayed));
        return this;
    }

    private WebElement control(String path) {
        return Waits.on(driver).withMessage(() -> "a control at " + path).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-path='" + path + "']")));
    }

    private WebElement group(String path) {
        return control(path);
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }
}
