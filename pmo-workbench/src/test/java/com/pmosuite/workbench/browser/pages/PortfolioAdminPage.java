package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.util.List;

/** The portfolio administration page at {@code /plugins/servlet/pmo/portfolios}, behind websudo. */
public final class PortfolioAdminPage {
    public static final String PATH = "plugins/servlet/pmo/portfolios";
    private static final By LIST = By.id("pmo-portfolio-list");
    private static final By EDITOR = By.id("pmo-portfolio-editor");
    private static final By NAME = By.id("pf-name");
    private static final By DESCRIPTION = By.id("pf-description");

    private final WebDriver driver;

    private PortfolioAdminPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page, confirming the password when Jira asks for it, and waits for the list. */
    public static PortfolioAdminPage open(WebDriver driver, URI base, String password) {
        driver.get(base.resolve(PATH).toString());
        Waits.on(driver).until(ExpectedConditions.or(ExpectedConditions.urlContains("WebSudoAuthenticate"),
                ExpectedConditions.visibilityOfElementLocated(LIST)));
        if (driver.getCurrentUrl().contains("WebSudoAuthenticate")) {
            driver.findElement(By.name("webSudoPassword")).sendKeys(password);
            driver.findElement(By.id("login-form-submit")).click();
        }
        Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(LIST));
        return new PortfolioAdminPage(driver);
    }

    public PortfolioAdminPage startNew() {
        driver.findElement(By.id("pmo-portfolio-create")).click();
        Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(NAME));
        return this;
    }

    /** Opens the editor on the listed portfolio of this name. */
    public PortfolioAdminPage edit(String name) {
        row(name).findElement(By.cssSelector(".pmo-portfolio-edit")).click();
        Waits.on(driver).until(d -> d.findElement(NAME).getAttribute("value").equals(name));
        return this;
    }

    public PortfolioAdminPage name(String name) {
        type(driver.findElement(NAME), name);
        return this;
    }

    public String name() {
        return driver.findElement(NAME).getAttribute("value");
    }

    /** The owner, by username or user key. */
    public PortfolioAdminPage owner(String username) {
        type(driver.findElement(By.id("pf-owner")), username);
        return this;
    }

    public PortfolioAdminPage description(String text) {
        type(driver.findElement(DESCRIPTION), text);
        return this;
    }

    /** Adds a program and names it; it is the last one. */
    public PortfolioAdminPage addProgram(String name) {
        int before = programs().size();
        driver.findElement(By.id("pf-add-program")).click();
        Waits.on(driver).until(d -> programs().size() == before + 1);
        type(programs().get(before).findElement(By.cssSelector(".pf-program-name")), name);
        return this;
    }

    /** Chooses a project (by its "KEY — Name" label's key) for the program at this index. */
    public PortfolioAdminPage addProjectToProgram(int program, String projectKey) {
        WebElement box = programs().get(program);
        choose(box.findElement(By.cssSelector("select.pf-program-project-choice")), projectKey);
        box.findElement(By.cssSelector(".pf-program-project-choice-add")).click();
        Waits.on(driver).until(d -> projectRow(programs().get(program), projectKey) != null);
        return this;
    }

    /** Chooses a project to sit directly under the portfolio. */
    public PortfolioAdminPage addDirectProject(String projectKey) {
        choose(driver.findElement(By.cssSelector("select.pf-project-choice")), projectKey);
        driver.findElement(By.cssSelector(".pf-project-choice-add")).click();
        Waits.on(driver).until(d -> projectRow(d.findElement(EDITOR), projectKey) != null);
        return this;
    }

    /** Types one of a chosen project's plan figures (budgetAtCompletion, currency, costRatePerHour, …). */
    public PortfolioAdminPage projectPlan(String projectKey, String figure, String value) {
        WebElement row = projectRow(driver.findElement(EDITOR), projectKey);
        type(row.findElement(By.cssSelector("[data-plan-field='" + figure + "']")), value);
        return this;
    }

    public PortfolioAdminPage defaultPlan(String figure, String value) {
        type(driver.findElement(By.cssSelector("#pf-defaults > .pmo-plan-figures [data-plan-field='" + figure
                + "']")), value);
        return this;
    }

    /** Ticks or unticks a project category; the form redraws only when a program or project is added. */
    public PortfolioAdminPage category(String name, boolean chosen) {
        for (WebElement label : driver.findElements(By.cssSelector(".pmo-category"))) {
            if (label.getText().strip().equals(name)) {
                WebElement box = label.findElement(By.tagName("input"));
                if (box.isSelected() != chosen) {
                    box.click();
                }
                return this;
            }
        }
        throw new IllegalArgumentException("no category " + name);
    }

    /** The editor's line naming the projects that joined through the chosen categories. */
    public String categoryProjects() {
        return Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".pmo-category-projects"))).getText();
    }

    /** Deletes the listed portfolio, confirming, and waits until the list no longer shows it. */
    public PortfolioAdminPage delete(String name) {
        row(name).findElement(By.cssSelector(".pmo-portfolio-delete")).click();
        Waits.on(driver).until(ExpectedConditions.alertIsPresent()).accept();
        Waits.on(driver).withMessage(() -> "the list to drop " + name).until(d -> rowOrNull(name) == null);
        return this;
    }

    /** Saves and waits until the editor closes and the list shows the portfolio. */
    public PortfolioAdminPage saveExpectingSuccess(String name) {
        driver.findElement(By.id("pf-save")).click();
        Waits.on(driver).withMessage(() -> "the editor to close and the list to show " + name)
                .until(d -> !d.findElement(EDITOR).isDisplayed() && rowOrNull(name) != null);
        return this;
    }

    /** Saves and waits for the form's field errors; answers their lines ("field: message"). */
    public List<String> saveExpectingErrors() {
        driver.findElement(By.id("pf-save")).click();
        Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pf-errors li")));
        return driver.findElements(By.cssSelector("#pf-errors li")).stream().map(WebElement::getText).toList();
    }

    /** Saves and waits for the notice that someone else saved first; answers its text. */
    public String saveExpectingConflict() {
        driver.findElement(By.id("pf-save")).click();
        return Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#pf-conflict .aui-message"))).getText();
    }

    /** After a conflict: loads the version saved meanwhile into the form. */
    public PortfolioAdminPage loadTheirVersion() {
        driver.findElement(By.id("pf-load-current")).click();
        Waits.on(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("pf-load-current")));
        return this;
    }

    public boolean fieldMarkedInvalid(String path) {
        return !driver.findElements(By.cssSelector("[data-path='" + path + "'].pmo-invalid")).isEmpty();
    }

    /** The listed portfolio's cells: name, owner, programs, projects. */
    public List<String> listedRow(String name) {
        return row(name).findElements(By.tagName("td")).stream().limit(4).map(WebElement::getText).toList();
    }

    private WebElement row(String name) {
        return Waits.on(driver).withMessage(() -> "the list to show " + name).until(d -> rowOrNull(name));
    }

    private WebElement rowOrNull(String name) {
        for (WebElement row : driver.findElements(By.cssSelector("#pmo-portfolio-list .pmo-portfolio-row"))) {
            if (row.findElement(By.cssSelector(".pmo-portfolio-title")).getText().equals(name)) {
                return row;
            }
        }
        return null;
    }

    private List<WebElement> programs() {
        return driver.findElements(By.cssSelector("#pmo-portfolio-editor .pmo-program"));
    }

    private static WebElement projectRow(WebElement container, String projectKey) {
        for (WebElement row : container.findElements(By.cssSelector(".pmo-project-row"))) {
            if (row.findElement(By.cssSelector(".pmo-project-label")).getText().startsWith(projectKey + " ")) {
                return row;
            }
        }
        return null;
    }

    private static void choose(WebElement select, String projectKey) {
        Select choice = new Select(select);
        for (WebElement option : choice.getOptions()) {
            if (option.getText().startsWith(projectKey + " ")) {
                choice.selectByVisibleText(option.getText());
                return;
            }
        }
        throw new IllegalArgumentException("no project " + projectKey + " to choose");
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }
}
