package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The issue view ({@code /browse/KEY-1}) and the plugin's Risks panel in its right-hand column. */
public final class IssuePage {
    private static final By RISKS_PANEL = By.id("issue-risks-panel-module");
    private static final By PANEL_HEADING = By.cssSelector("#issue-risks-panel-module > h3");
    private static final By LINKED_RISKS = By.cssSelector("#issue-risks-panel-module #pmo-issue-risks li.pmo-issue-risk");
    private static final By RISK_LINK = By.cssSelector("a.pmo-issue-risk-title");
    private static final By MORE_LINK = By.cssSelector("#pmo-issue-risks a.pmo-issue-risks-more-link");

    /** One risk the panel lists: its id, title and the address its link leads to. */
    public record LinkedRisk(long id, String title, String href) {
    }

    private final WebDriver driver;
    private final URI base;

    private IssuePage(WebDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    public static IssuePage open(WebDriver driver, URI base, String issueKey) {
        driver.get(base.resolve("/browse/" + issueKey).toString());
        Waits.on(driver).withMessage("the Risks panel on " + issueKey)
                .until(ExpectedConditions.visibilityOfElementLocated(RISKS_PANEL));
        return new IssuePage(driver, base);
    }

    public String risksPanelHeading() {
        return driver.findElement(PANEL_HEADING).getText();
    }

    public List<LinkedRisk> linkedRisks() {
        return driver.findElements(LINKED_RISKS).stream().map(IssuePage::linkedRisk).toList();
    }

    public Optional<LinkedRisk> linkedRiskTitled(String title) {
        return linkedRisks().stream().filter(risk -> risk.title().equals(title)).findFirst();
    }

    /** Clicks the panel's link to a risk and waits until the register shows that risk in its dialog. */
    public RiskDialog follow(LinkedRisk risk) {
        WebElement item = driver.findElement(By.cssSelector(
                "#pmo-issue-risks li.pmo-issue-risk[data-risk-id='" + risk.id() + "']"));
        item.findElement(RISK_LINK).click();
        RiskRegisterPage.expectLoaded(driver, base);
        return RiskDialog.expectRiskLoaded(driver);
    }

    /** The panel's "and N more" link, shown when it lists only some of the issue's risks. */
    public String moreLinkText() {
        return driver.findElement(MORE_LINK).getText().strip();
    }

    /** Clicks the panel's "and N more" link and waits until the register has loaded the list it leads to. */
    public RiskRegisterPage followMore() {
        driver.findElement(MORE_LINK).click();
        return RiskRegisterPage.expectLoaded(driver, base);
    }

    private static LinkedRisk linkedRisk(WebElement item) {
        WebElement link = item.findElement(RISK_LINK);
        return new LinkedRisk(Long.parseLong(item.getDomAttribute("data-risk-id")),
                link.getDomProperty("textContent").strip(), link.getDomProperty("href"));
    }
}
