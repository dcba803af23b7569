package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.browser.pages.RiskDialog;
import com.pmosuite.workbench.browser.pages.RiskRegisterPage;
import com.pmosuite.workbench.browser.pages.RiskRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk register as its readers use it (issue 9, "Reading"): the list on the first screen at common laptop sizes
 * and usable on a phone, sortable column headers, residuals that are not assessed, the browser's history, money in
 * the project's currency and dates in Jira's format. Window sizes are set as the page's viewport (Chrome's device
 * metrics), so 1440×857 means 857 CSS pixels of page, whatever the browser's own frame takes.
 */
class RiskRegisterReadingBrowserIT {
    private static final String ALPHA = "ALPHA";
    private static final Path SHOTS = Path.of(System.getProperty("pmo.screenshotDir", "/tmp"));

    // What widens a phone's layout: the innermost elements whose hiding brings the page back to 390 px (the
    // table scrolls inside its own box, so only the box itself is tried, not its cells).
    private static final String WIDER_THAN_390 = "var culprits = []; var all = document.querySelectorAll('#content *');"
            + " for (var i = 0; i < all.length; i++) { var c = all[i];"
            + "  if (c.closest('.pmo-table-wrapper') && !c.classList.contains('pmo-table-wrapper')) { continue; }"
            + "  var before = c.style.display; c.style.display = 'none';"
            + "  var w = document.documentElement.scrollWidth; c.style.display = before;"
            + "  if (w <= 391) { culprits.push(c.tagName + '#' + c.id + '.' + c.className); } }"
            + " return culprits.slice(-4).join(', ') + ' (page ' + document.documentElement.scrollWidth + ' px)';";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @AfterEach
    void desktopViewport() {
        if (browser.launched()) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void at1440By857TheFirstRiskRowIsOnTheFirstScreenWithEveryColumnInView() {
        aRisk(ALPHA, "Wide screen row");
        viewport(1440, 857, false);
        browser.logInAs("alice");

        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA);

        assertThat(register.firstRowTop()).as("top of the first row").isGreaterThan(0);
        assertThat(register.firstRowBottom()).as("bottom of the first row").isLessThanOrEqualTo(857);
        assertThat(register.tableShowsEveryColumn()).isTrue();
        assertThat(register.heatMapsBesideTheList()).as("below the list, where the table keeps its columns").isFalse();
        assertThat(register.horizontalOverflow()).isZero();
        browser.chromium().saveWindowScreenshot(SHOTS.resolve("r-list-1440.png"));
    }

    @Test
    void onAWideScreenTheCompactHeatMapsSitBesideTheList() {
        viewport(1920, 1080, false);
        browser.logInAs("alice");

        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA);

        assertThat(register.heatMapsBesideTheList()).isTrue();
        assertThat(register.tableShowsEveryColumn()).isTrue();
        assertThat(register.firstRowBottom()).isLessThanOrEqualTo(1080);
    }

    @Test
    void at1024By768TheFirstRiskRowIsOnTheFirstScreenAndTheSidebarStillLeadsToTheRegister() {
        aRisk(ALPHA, "Laptop row");
        viewport(1024, 768, false);
        browser.logInAs("alice");

        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA);

        assertThat(register.firstRowTop()).isGreaterThan(0);
        assertThat(register.firstRowBottom()).isLessThanOrEqualTo(768);
        assertThat(register.heatMapsBesideTheList()).as("below the list at this width").isFalse();
        assertThat(register.horizontalOverflow()).isZero();
        // The narrow sidebar shows each link as an icon that names it, not an empty pill.
        WebElement link = sidebarLink(PmoText.of("pmo.risk.register.title"));
        assertThat(link.isDisplayed()).isTrue();
        assertThat(link.getSize().getWidth()).as("the link's width").isGreaterThanOrEqualTo(24);
        assertThat(link.findElement(By.cssSelector(".aui-icon")).isDisplayed()).isTrue();
        assertThat(link.getDomAttribute("href")).contains("selectedItem=");
        browser.chromium().saveWindowScreenshot(SHOTS.resolve("r-list-1024.png"));
    }

    @Test
    void onAPhoneThePageFitsItsWidthAndTheFirstTitleCanBeTapped() {
        aRisk(ALPHA, "Phone row");
        viewport(390, 844, true);
        browser.logInAs("alice");

        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA);
        browser.chromium().saveWindowScreenshot(SHOTS.resolve("r-list-390.png"));

        // A phone lays out a page without a viewport tag 980 px wide; with it, at the screen's own width.
        assertThat(((Number) js("return window.innerWidth;")).intValue())
                .as(() -> "the layout width; what widens it: " + js(WIDER_THAN_390)).isEqualTo(390);
        assertThat(register.horizontalOverflow()).as("sideways scrolling of the page").isZero();
        assertThat(register.firstRowTop()).isGreaterThan(0).isLessThan(844);
        assertThat(register.firstRowTitleIsInView()).isTrue();

        register.startCreatingRisk();
        Number dialogRight = (Number) js("return document.getElementById('pmo-risk-dialog')"
                + ".getBoundingClientRect().right;");
        Number dialogLeft = (Number) js("return document.getElementById('pmo-risk-dialog')"
                + ".getBoundingClientRect().left;");
        assertThat(dialogLeft.doubleValue()).as("the dialog's left edge").isGreaterThanOrEqualTo(0);
        assertThat(dialogRight.doubleValue()).as("the dialog's right edge").isLessThanOrEqualTo(390);
    }

    @Test
    void theHeatMapsStayFoldedOnceFolded() {
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA);
        assertThat(register.heatMapsOpen()).isTrue();

        register.toggleHeatMaps();
        register.reload();

        assertThat(register.heatMapsOpen()).isFalse();
        register.toggleHeatMaps();
        assertThat(register.reload().heatMapsOpen()).isTrue();
    }

    @Test
    void aResidualNobodyAssessedSaysSoInsteadOfRepeatingTheInherentScore() {
        long unassessed = aRisk(ALPHA, "Residual not assessed");
        long assessed = RiskApi.as(browser.base(), "alice").create(ALPHA, Map.of("title", unique("Residual assessed"),
                "kind", "threat", "probability", 4, "impact", 4, "residualProbability", 2, "residualImpact", 2))
                .path("id").asLong();
        browser.logInAs("alice");

        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA).sortNewestFirst();

        assertThat(register.row(unassessed).residualText()).isEqualTo(PmoText.of("pmo.risk.table.not.assessed"));
        assertThat(register.row(unassessed).residualHasBadge()).isFalse();
        assertThat(register.row(assessed).residualText()).startsWith("4");
        assertThat(register.row(assessed).residualHasBadge()).isTrue();
    }

    @Test
    void columnHeadersAndTheSortControlShowTheSameSortAndTheKeyboardSortsToo() {
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA);

        register.clickColumnHeader("owner");
        assertThat(register.sortControl()).isEqualTo("owner");
        assertThat(register.columnSort("owner")).isEqualTo("ascending");

        register.pressEnterOnColumnHeader("owner");
        assertThat(register.columnSort("owner")).isEqualTo("descending");
        assertThat(register.currentAddress()).contains("sort=owner", "order=desc");

        register.chooseSort("next-review");
        assertThat(register.columnSort("next-review")).isEqualTo("ascending");
        assertThat(register.columnSort("owner")).isNull();
        assertThat(register.titles()).isEqualTo(RiskApi.as(browser.base(), "alice").titles(ALPHA, "next-review", "asc",
                register.rowCount()));
    }

    @Test
    void backClosesAnOpenedRiskAndKeepsTheFiltersAndForwardOpensItAgain() {
        long id = aRisk(ALPHA, "History entry");
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA)
                .filterByStatus("open");
        String filtered = register.currentAddress();

        RiskDialog dialog = register.row(id).open();
        assertThat(dialog.isOpen()).isTrue();
        assertThat(register.currentAddress()).contains("status=open", "risk=" + id);

        browser.driver().navigate().back();
        register.expectRiskDialogClosed();
        assertThat(register.currentAddress()).isEqualTo(filtered);
        assertThat(register.statusFilterTicked("open")).isTrue();

        browser.driver().navigate().forward();
        assertThat(register.expectRiskDialogShowingARisk().title()).startsWith("History entry");
        assertThat(register.currentAddress()).contains("risk=" + id);
    }

    @Test
    void backWithTypedChangesAsksFirstAndKeepingThemKeepsTheRiskInTheAddress() {
        long id = aRisk(ALPHA, "Typed then back");
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA)
                .filterByStatus("open");
        String filtered = register.currentAddress();
        RiskDialog dialog = register.row(id).open();
        dialog.type("description", "half-written thought");

        browser.driver().navigate().back();
        assertThat(dialog.discardQuestion()).isNotBlank();
        dialog.keepEditing();
        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.value("description")).isEqualTo("half-written thought");
        assertThat(register.currentAddress()).contains("risk=" + id);

        browser.driver().navigate().back();
        dialog.discardQuestion();
        dialog.discardAndWaitUntilClosed();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .withMessage("the filtered list's address after discarding")
                .until(d -> register.currentAddress().equals(filtered));
        assertThat(register.statusFilterTicked("open")).isTrue();
    }

    @Test
    void filtersSortAndPageAreStepsInTheHistoryAndSurviveAReload() {
        browser.logInAs("alice");
        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA);
        register.clickColumnHeader("title");
        register.filterByStatus("open");
        assertThat(register.currentAddress()).contains("status=open", "sort=title");

        register.back();
        assertThat(register.statusFilterTicked("open")).isFalse();
        assertThat(register.currentAddress()).contains("sort=title").doesNotContain("status=");

        register.forward();
        assertThat(register.statusFilterTicked("open")).isTrue();

        register.reload();
        assertThat(register.statusFilterTicked("open")).isTrue();
        assertThat(register.columnSort("title")).isEqualTo("ascending");
    }

    @Test
    void emvIsInThePortfoliosCurrencyAndDatesInJirasDateFormat() {
        // The demo portfolio plans in euros; the workbench's Jira keeps its default date format, dd/MMM/yy.
        LocalDate review = LocalDate.of(2031, 3, 5);
        JsonNode stored = RiskApi.as(browser.base(), "alice").create(ALPHA, Map.of("title", unique("Money and dates"),
                "kind", "threat", "probability", 2, "impact", 3, "costImpact", "1500.00",
                "nextReviewDate", review.toString()));
        long id = stored.path("id").asLong();
        BigDecimal emv = new BigDecimal(stored.path("expectedMonetaryValue").asText());
        browser.logInAs("alice");

        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA).sortNewestFirst();
        RiskRow row = register.row(id);

        assertThat(row.nextReview()).isEqualTo("05/Mar/31");
        // The demo plans ALPHA in euros; other tests sharing this workbench may put ALPHA in portfolios planned
        // in another currency, and then the list names none: the page must show what the list says.
        String currency = RiskApi.as(browser.base(), "alice").listCurrency(ALPHA);
        String amount = String.format(Locale.ENGLISH, "%,.2f", emv.abs());
        String sign = emv.signum() < 0 ? "-" : "";
        // In the page's language (en): the currency's sign before the amount, grouping and two decimals.
        String expected = currency == null ? sign + amount : "EUR".equals(currency) ? sign + "\u20ac" + amount
                : String.valueOf(js("return new Intl.NumberFormat('en', {style: 'currency', currency: '"
                + currency + "'}).format(" + emv.toPlainString() + ");"));
        assertThat(row.emv()).as("EMV in %s", currency).isEqualTo(expected);
    }

    private static WebElement sidebarLink(String label) {
        return browser.driver().findElements(By.cssSelector("#project-sidebar a.aui-nav-item")).stream()
                .filter(a -> label.equals(a.findElement(By.cssSelector(".aui-nav-item-label"))
                        .getDomProperty("textContent").strip()))
                .findFirst().orElseThrow(() -> new AssertionError("no sidebar link " + label));
    }

    /** Makes the page's viewport exactly width × height CSS pixels; {@code mobile} reads the viewport tag. */
    private static void viewport(int width, int height, boolean mobile) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private static long aRisk(String projectKey, String title) {
        JsonNode risk = RiskApi.as(browser.base(), "alice").create(projectKey, Map.of("title", unique(title),
                "kind", "threat", "probability", 5, "impact", 5));
        return risk.path("id").asLong();
    }

    private static String unique(String about) {
        return about + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
