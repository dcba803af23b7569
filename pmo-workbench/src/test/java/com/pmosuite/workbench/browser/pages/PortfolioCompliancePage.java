package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The portfolio compliance table at {@code /plugins/servlet/pmo/compliance}: projects x standards. */
public final class PortfolioCompliancePage {
    public static final String PATH = "plugins/servlet/pmo/compliance";
    private static final By ROOT = By.id("pmo-portfolio-compliance");

    private final WebDriver driver;

    private PortfolioCompliancePage(WebDriver driver) {
        this.driver = driver;
    }

    public static PortfolioCompliancePage open(WebDriver driver, URI base, long portfolioId) {
        driver.get(base.resolve(PATH + "?id=" + portfolioId).toString());
        return settled(driver);
    }

    /** Waits for the table page the browser is on to draw or say why not. */
    public static PortfolioCompliancePage settled(WebDriver driver) {
        Waits.on(driver).withMessage(() -> "the compliance table to settle")
                .until(d -> !"loading".equals(d.findElement(ROOT).getDomAttribute("data-pmo-state")));
        return new PortfolioCompliancePage(driver);
    }

    public String state() {
        return driver.findElement(ROOT).getDomAttribute("data-pmo-state");
    }

    public String chosenPortfolio() {
        return new Select(driver.findElement(By.id("pmo-compliance-portfolio-picker"))).getFirstSelectedOption()
                .getDomProperty("value");
    }

    public String headline() {
        return driver.findElement(By.cssSelector("#pmo-portfolio-compliance-content .pmo-portfolio-name")).getText();
    }

    public String score() {
        return driver.findElement(By.cssSelector("#pmo-portfolio-compliance-content > .pmo-compliance-head "
                + ".pmo-compliance-score-chip")).getDomAttribute("data-score");
    }

    public String rag() {
        return driver.findElement(By.cssSelector("#pmo-portfolio-compliance-content > .pmo-compliance-head "
                + ".pmo-compliance-rag")).getDomAttribute("data-rag");
    }

    public Optional<String> hiddenNote() {
        return driver.findElements(By.cssSelector(".pmo-compliance-hidden")).stream().map(WebElement::getText)
                .findFirst();
    }

    public String csvLink() {
        return driver.findElement(By.cssSelector("#pmo-portfolio-compliance-content .pmo-compliance-csv"))
                .getDomAttribute("href");
    }

    public List<String> projectKeys() {
        return driver.findElements(By.cssSelector("tr.pmo-compliance-matrix-row")).stream()
                .map(row -> row.getDomAttribute("data-key")).toList();
    }

    public List<String> standardHeaders() {
        return driver.findElements(By.cssSelector("th.pmo-compliance-matrix-standard "
                + ".pmo-compliance-matrix-standard-name")).stream().map(WebElement::getText).toList();
    }

    public List<String> standardIds() {
        return driver.findElements(By.cssSelector("th.pmo-compliance-matrix-standard")).stream()
                .map(th -> th.getDomAttribute("data-standard-id")).toList();
    }

    public String projectScore(String key) {
        return driver.findElement(By.cssSelector("tr[data-key='" + key + "'] .pmo-compliance-matrix-score "
                + ".pmo-compliance-score-chip")).getDomAttribute("data-score");
    }

    public Cell cell(String key, long standardId) {
        return new Cell(driver.findElement(By.cssSelector("tr[data-key='" + key + "'] td[data-standard-id='"
                + standardId + "']")));
    }

    public int injectedElements() {
        return driver.findElements(By.cssSelector("#pmo-portfolio-compliance script, #pmo-portfolio-compliance img, "
                + "#pmo-portfolio-compliance b")).size();
    }

    /** Whether the page itself scrolls sideways (the table should scroll inside its own wrapper instead). */
    public boolean pageScrollsSideways() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('pmo-portfolio-compliance').scrollWidth"
                        + " > document.getElementById('pmo-portfolio-compliance').clientWidth + 1;"));
    }

    /** One cell of the table. */
    public static final class Cell {
        private final WebElement td;

        Cell(WebElement td) {
            this.td = td;
        }

        public String outcome() {
            return td.getDomAttribute("data-outcome");
        }

        public String text() {
            return td.getText();
        }

        public String label() {
            return td.findElement(By.tagName("a")).getDomAttribute("aria-label");
        }

        public String href() {
            return td.findElement(By.tagName("a")).getDomAttribute("href");
        }

        public String background() {
            return td.findElement(By.tagName("a")).getCssValue("background-color");
        }

        public void click() {
            td.findElement(By.tagName("a")).click();
        }
    }
}
