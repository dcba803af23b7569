package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The Portfolio page at {@code /plugins/servlet/pmo/portfolio}: picker, tree table, EVM tiles, charts. */
public final class PortfolioPage {
    public static final String PATH = "plugins/servlet/pmo/portfolio";
    private static final By ROOT = By.id("pmo-portfolio-page");
    private static final By PICKER = By.id("pmo-portfolio-picker");

    private final WebDriver driver;

    private PortfolioPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page and waits until it has drawn a portfolio or said why not. */
    public static PortfolioPage open(WebDriver driver, URI base) {
        driver.get(base.resolve(PATH).toString());
        return settled(driver);
    }

    /** Opens the page on one portfolio. */
    public static PortfolioPage open(WebDriver driver, URI base, long portfolioId) {
        driver.get(base.resolve(PATH + "?id=" + portfolioId).toString());
        return settled(driver);
    }

    /** Follows the header's "Portfolios" link, as a reader would. */
    public static PortfolioPage openFromHeader(WebDriver driver) {
        driver.findElement(By.id("pmo-portfolios-top-link")).click();
        return settled(driver);
    }

    private static PortfolioPage settled(WebDriver driver) {
        Waits.on(driver).until(d -> !"loading".equals(d.findElement(ROOT).getAttribute("data-pmo-state")));
        return new PortfolioPage(driver);
    }

    public String state() {
        return driver.findElement(ROOT).getAttribute("data-pmo-state");
    }

    public List<String> portfolioChoices() {
        return new Select(driver.findElement(PICKER)).getOptions().stream().map(WebElement::getText).toList();
    }

    /** Chooses a portfolio in the picker and waits until its rollup is drawn. */
    public PortfolioPage choose(String name) {
        Select picker = new Select(driver.findElement(PICKER));
        if (!picker.getFirstSelectedOption().getText().equals(name)) {
            picker.selectByVisibleText(name);
        }
        Waits.on(driver).until(d -> "ready".equals(state()) && headline().equals(name));
        return this;
    }

    public String headline() {
        return driver.findElement(By.cssSelector(".pmo-portfolio-name")).getText();
    }

    public Optional<String> message() {
        return driver.findElements(By.cssSelector("#pmo-portfolio-content > .pmo-portfolio-state")).stream()
                .map(WebElement::getText).findFirst();
    }

    public Optional<String> hiddenNotice() {
        return driver.findElements(By.cssSelector(".pmo-rollup-hidden")).stream().map(WebElement::getText)
                .findFirst();
    }

    /** The tree's rows' keys, top to bottom. */
    public List<String> rowKeys() {
        return driver.findElements(By.cssSelector(".pmo-rollup-tree tbody tr.pmo-rollup-row")).stream()
                .map(row -> row.getAttribute("data-key")).toList();
    }

    public Row row(String key) {
        return new Row(driver, key);
    }

    /** A tile's text by its field (bac, pv, ev, ac, spi, cpi, eac, vac, riskExposure). */
    public String tile(String field) {
        return driver.findElement(By.cssSelector(".pmo-portfolio-figures [data-evm='" + field + "'] "
                + ".pmo-evm-tile-value")).getText();
    }

    public String figuresKey() {
        return driver.findElement(By.cssSelector(".pmo-portfolio-figures")).getAttribute("data-key");
    }

    public String csvLink() {
        return driver.findElement(By.cssSelector(".pmo-portfolio-csv")).getAttribute("href");
    }

    /** "ready" with both charts drawn, or "empty" with the empty-state message. */
    public String chartsState() {
        return Waits.on(driver).until(d -> {
            String state = d.findElement(By.cssSelector(".pmo-portfolio-charts")).getAttribute("data-pmo-state");
            if ("ready".equals(state)) {
                return d.findElements(By.cssSelector(".pmo-portfolio-charts figure canvas")).size() >= 2
                        ? state : null;
            }
            return state;
        });
    }

    public List<String> chartCaptions() {
        return driver.findElements(By.cssSelector(".pmo-portfolio-charts figure figcaption")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> trendNotes() {
        return driver.findElements(By.cssSelector(".pmo-portfolio-trend-notes li")).stream()
                .map(WebElement::getText).toList();
    }

    public String chartsText() {
        return driver.findElement(By.cssSelector(".pmo-portfolio-charts")).getText();
    }

    /** Elements the page made from markup in server text: there must be none. */
    public int injectedElements() {
        return driver.findElements(By.cssSelector("#pmo-portfolio-page img, #pmo-portfolio-page b")).size();
    }

    /** One row of the tree table. */
    public static final class Row {
        private final WebDriver driver;
        private final By locator;

        Row(WebDriver driver, String key) {
            this.driver = driver;
            this.locator = By.cssSelector(".pmo-rollup-tree tr.pmo-rollup-row[data-key='" + key + "']");
        }

        private WebElement element() {
            return driver.findElement(locator);
        }

        public String name() {
            return element().findElement(By.cssSelector(".pmo-rollup-label")).getText();
        }

        public String level() {
            return element().getAttribute("data-level");
        }

        public String rag() {
            return element().findElement(By.cssSelector(".pmo-rollup-health .pmo-rag")).getAttribute("data-rag");
        }

        /** The chip's word as written (AUI shows lozenges in capitals). */
        public String ragWord() {
            return element().findElement(By.cssSelector(".pmo-rag-chip")).getAttribute("textContent");
        }

        public String ragTooltip() {
            return element().findElement(By.cssSelector(".pmo-rag-chip")).getAttribute("title");
        }

        /** Opens the chip and reads the reasons it shows. */
        public List<String> reasons() {
            WebElement details = element().findElement(By.cssSelector(".pmo-rollup-health .pmo-rag"));
            if (details.getAttribute("open") == null) {
                details.findElement(By.tagName("summary")).click();
            }
            Waits.on(driver).until(d -> element().findElement(By.cssSelector(".pmo-rag-reasons")).isDisplayed());
            return element().findElements(By.cssSelector(".pmo-rag-reasons li")).stream()
                    .map(WebElement::getText).toList();
        }

        public String progressBasis() {
            return element().findElement(By.cssSelector(".pmo-progress")).getAttribute("data-basis");
        }

        public String progressPercent() {
            return element().findElement(By.cssSelector(".pmo-progress")).getAttribute("data-percent");
        }

        public String spi() {
            return element().findElement(By.cssSelector(".pmo-rollup-spi")).getText();
        }

        /** Expands the row and waits until its children (or "nothing below") are in the table. */
        public Row expand() {
            element().findElement(By.cssSelector(".pmo-rollup-toggle")).click();
            Waits.on(driver).until(d -> "true".equals(element().findElement(By.cssSelector(".pmo-rollup-toggle"))
                    .getAttribute("aria-expanded")) && d.findElements(By.cssSelector(".pmo-rollup-loading")).isEmpty());
            return this;
        }

        /** Shows this row's figures in the EVM tiles. */
        public void select() {
            element().findElement(By.cssSelector(".pmo-rollup-label")).click();
        }
    }
}
