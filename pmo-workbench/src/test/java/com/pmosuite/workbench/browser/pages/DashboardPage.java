package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The workbench's dashboard page ({@code /secure/Dashboard.jspa}) and the dashboard items on it. */
public final class DashboardPage {
    public static final String PATH = "/secure/Dashboard.jspa";
    private static final By DASHBOARD = By.id("dashboard");
    private static final By ITEMS = By.cssSelector("#dashboard .dashboard-item");

    private final WebDriver driver;

    private DashboardPage(WebDriver driver) {
        this.driver = driver;
    }

    public static DashboardPage open(WebDriver driver, URI base) {
        driver.get(base.resolve(PATH).toString());
        Waits.on(driver).until(ExpectedConditions.presenceOfElementLocated(DASHBOARD));
        return new DashboardPage(driver);
    }

    /** Opens the header's "Dashboards" link, as a user would reach the page. */
    public static DashboardPage openFromHeader(WebDriver driver) {
        driver.findElement(By.id("home_link")).click();
        Waits.on(driver).until(ExpectedConditions.presenceOfElementLocated(DASHBOARD));
        return new DashboardPage(driver);
    }

    /** The titles "Add gadget" offers. */
    public List<String> offeredGadgets() {
        driver.findElement(By.id("add-gadget")).click();
        Waits.on(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("gadget-directory")));
        return driver.findElements(By.cssSelector("#gadget-directory .workbench-gadget-entry h3")).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * Waits until every thumbnail under "Add gadget" is loaded and drawn (an image the browser could not load or
     * decode has no natural width) and answers how many there are.
     */
    public int waitForDrawnThumbnails() {
        List<WebElement> images = driver.findElements(By.cssSelector("#gadget-directory img"));
        Waits.on(driver).withMessage(() -> "every thumbnail drawn").until(d -> images.stream()
                .allMatch(img -> Integer.parseInt(img.getDomProperty("naturalWidth")) > 0));
        return images.size();
    }

    /** Adds a dashboard item through "Add gadget" and waits for the page to show it. */
    public DashboardItem addGadget(String moduleKey) {
        int before = driver.findElements(ITEMS).size();
        if (!driver.findElement(By.id("gadget-directory")).isDisplayed()) {
            driver.findElement(By.id("add-gadget")).click();
        }
        WebElement old = driver.findElement(DASHBOARD);
        driver.findElement(By.cssSelector("#gadget-directory .workbench-gadget-entry[data-module-key='" + moduleKey
                + "'] .workbench-add-item")).click();
        Waits.on(driver).until(ExpectedConditions.stalenessOf(old));
        Waits.on(driver).withMessage(() -> "a new item on the dashboard")
                .until(d -> d.findElements(ITEMS).size() == before + 1);
        List<WebElement> items = driver.findElements(ITEMS);
        return new DashboardItem(driver, items.get(items.size() - 1).getDomAttribute("data-item-id"));
    }

    public DashboardItem item(long id) {
        return new DashboardItem(driver, String.valueOf(id));
    }

    /** One item on the dashboard, found by its id each time so a re-render never leaves a stale element. */
    public static final class DashboardItem {
        private final WebDriver driver;
        private final String id;

        private DashboardItem(WebDriver driver, String id) {
            this.driver = driver;
            this.id = id;
        }

        public long id() {
            return Long.parseLong(id);
        }

        private By inItem(String css) {
            return By.cssSelector("#gadget-" + id + " " + css);
        }

        private WebElement section() {
            return driver.findElement(By.id("gadget-" + id));
        }

        /** Waits until the item shows its configuration form. */
        public DashboardItem waitForEdit() {
            Waits.on(driver).withMessage(() -> "item " + id + " in edit mode")
                    .until(d -> "edit".equals(section().getDomAttribute("data-mode"))
                            && "true".equals(section().getDomAttribute("data-rendered")));
            return this;
        }

        /** Waits until the item has rendered its view, whatever it shows. */
        public DashboardItem waitForView() {
            Waits.on(driver).withMessage(() -> "item " + id + " rendered in view mode")
                    .until(d -> "view".equals(section().getDomAttribute("data-mode"))
                            && "true".equals(section().getDomAttribute("data-rendered")));
            return this;
        }

        public DashboardItem edit() {
            driver.findElement(inItem(".dashboard-item-edit")).click();
            return waitForEdit();
        }

        public List<String> projectChoices() {
            return new Select(driver.findElement(inItem("select[name='project']"))).getOptions().stream()
                    .map(WebElement::getText).toList();
        }

        public DashboardItem chooseProject(String key) {
            new Select(driver.findElement(inItem("select[name='project']"))).selectByValue(key);
            return this;
        }

        public String chosenProject() {
            return new Select(driver.findElement(inItem("select[name='project']"))).getFirstSelectedOption()
                    .getDomProperty("value");
        }

        public DashboardItem chooseAssessment(String assessment) {
            // AUI draws its own radio over the input; people click the label, and so does the test.
            String input = driver.findElement(inItem("input[name='assessment'][value='" + assessment + "']"))
                    .getDomAttribute("id");
            driver.findElement(inItem("label[for='" + input + "']")).click();
            return this;
        }

        /** Ticks "Refresh every 15 minutes" (by its label, as AUI draws its own box over the input). */
        public DashboardItem tickRefresh() {
            driver.findElement(inItem("label[for$='-refresh']")).click();
            return this;
        }

        /** Chooses "One project" or "A portfolio" on the heat map's form, by the label, as AUI draws the radio. */
        public DashboardItem chooseScope(String scope) {
            String input = driver.findElement(inItem("input[name='scope'][value='" + scope + "']"))
                    .getDomAttribute("id");
            driver.findElement(inItem("label[for='" + input + "']")).click();
            return this;
        }

        /** The portfolio picker's choices (their names), after its "choose" entry. */
        public List<String> portfolioChoices() {
            return new Select(driver.findElement(inItem("select[name='portfolio']"))).getOptions().stream()
                    .filter(option -> !option.getDomProperty("value").isEmpty())
                    .map(WebElement::getText).toList();
        }

        public DashboardItem choosePortfolio(long portfolioId) {
            new Select(driver.findElement(inItem("select[name='portfolio']")))
                    .selectByValue(String.valueOf(portfolioId));
            return this;
        }

        public boolean portfolioPickerShown() {
            return driver.findElement(inItem("select[name='portfolio']")).isDisplayed();
        }

        /** The matrix sizes a portfolio heat map draws, in order. */
        public List<Integer> scaleSizes() {
            return driver.findElements(inItem(".pmo-dashboard-heatmap-scale")).stream()
                    .map(scale -> Integer.parseInt(scale.getDomAttribute("data-size"))).toList();
        }

        /** A cell of a portfolio heat map's matrix of the given size. */
        public WebElement scaleCell(int size, int probability, int impact) {
            return driver.findElement(inItem(".pmo-dashboard-heatmap-scale[data-size='" + size + "'] "
                    + "td[data-probability='" + probability + "'][data-impact='" + impact + "']"));
        }

        public Optional<String> heatMapHiddenNote() {
            return driver.findElements(inItem(".pmo-dashboard-heatmap-hidden")).stream().map(WebElement::getText)
                    .findFirst();
        }

        public String heatMapTotal() {
            return driver.findElement(inItem(".pmo-dashboard-heatmap")).getDomAttribute("data-total");
        }

        /** Saves the form and waits for the item to render its view with the saved preferences. */
        public DashboardItem save() {
            driver.findElement(inItem(".pmo-dashboard-save")).click();
            return waitForView();
        }

        public String title() {
            return driver.findElement(inItem(".dashboard-item-title")).getText();
        }

        /** The state the item's content says it is in: ready, empty, unconfigured, no-permission, unavailable... */
        public String state() {
            return driver.findElement(inItem("[data-pmo-state]")).getDomAttribute("data-pmo-state");
        }

        /** The text of the item's message box, if it shows one. */
        public Optional<String> message() {
            return driver.findElements(inItem(".aui-message")).stream().map(WebElement::getText).findFirst();
        }

        public String contentHtml() {
            return driver.findElement(inItem(".dashboard-item-content")).getDomProperty("innerHTML");
        }

        public int cellCount(int probability, int impact) {
            return Integer.parseInt(cell(probability, impact).getText().strip());
        }

        public String cellSeverity(int probability, int impact) {
            return cell(probability, impact).getDomAttribute("data-severity");
        }

        public String assessment() {
            return driver.findElement(inItem(".pmo-dashboard-heatmap")).getDomAttribute("data-assessment");
        }

        private WebElement cell(int probability, int impact) {
            return driver.findElement(inItem("td[data-probability='" + probability + "'][data-impact='" + impact
                    + "']"));
        }

        public String registerLink() {
            return driver.findElement(inItem(".pmo-dashboard-register-link")).getDomAttribute("href");
        }

        public String rag() {
            return driver.findElement(inItem(".pmo-dashboard-health-head .pmo-dashboard-rag")).getDomAttribute("data-rag");
        }

        public String index(String name) {
            return driver.findElement(inItem("[data-index='" + name + "'] .pmo-dashboard-health-index-value")).getText();
        }

        public String progressPercent() {
            return driver.findElement(inItem(".pmo-dashboard-health-progress")).getDomAttribute("data-percent");
        }

        public String progressBasis() {
            return driver.findElement(inItem(".pmo-dashboard-health-progress")).getDomAttribute("data-basis");
        }

        public List<String> reasons() {
            return driver.findElements(inItem(".pmo-dashboard-health-reasons li")).stream().map(WebElement::getText)
                    .toList();
        }

        public List<String> childRags() {
            return driver.findElements(inItem(".pmo-dashboard-health-children li")).stream()
                    .map(li -> li.getDomAttribute("data-key") + "=" + li.findElement(By.cssSelector(".pmo-dashboard-rag"))
                            .getDomAttribute("data-rag")).toList();
        }

        public String hiddenNote() {
            return driver.findElement(inItem(".pmo-dashboard-health-hidden")).getText();
        }
    }
}
