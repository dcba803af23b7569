package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A project's Compliance page ({@code /projects/KEY?selectedItem=…project-compliance-sidebar-link}): the score, the
 * violations by standard, the passed standards, the waivers and the waiver dialog.
 */
public final class ProjectCompliancePage {
    public static final String SELECTED_ITEM = "com.pmosuite.pmo-plugin:project-compliance-sidebar-link";
    private static final By ROOT = By.id("pmo-project-compliance");

    private final WebDriver driver;

    private ProjectCompliancePage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page by its address and waits until it has drawn the result or said why not. */
    public static ProjectCompliancePage open(WebDriver driver, URI base, String projectKey) {
        driver.get(base.resolve("projects/" + projectKey + "?selectedItem=" + SELECTED_ITEM).toString());
        return settled(driver);
    }

    /** Follows the "Compliance" item of the project sidebar the browser is on. */
    public static ProjectCompliancePage openFromSidebar(WebDriver driver) {
        driver.findElement(By.cssSelector("#project-sidebar a[data-link-id='project-compliance-sidebar-link']")).click();
        return settled(driver);
    }

    /** Waits for the page the browser is on (after following a link to it) to settle. */
    public static ProjectCompliancePage settled(WebDriver driver) {
        Waits.on(driver).withMessage(() -> "the compliance page to settle").until(d ->
                !"loading".equals(d.findElement(ROOT).getDomAttribute("data-pmo-state"))
                        && !"loading".equals(d.findElement(By.id("pmo-waivers")).getDomAttribute("data-pmo-state")));
        return new ProjectCompliancePage(driver);
    }

    public String state() {
        return driver.findElement(ROOT).getDomAttribute("data-pmo-state");
    }

    public boolean sidebarItemSelected() {
        return !driver.findElements(By.cssSelector(
                "#project-sidebar li.aui-nav-selected a[data-link-id='project-compliance-sidebar-link']")).isEmpty();
    }

    /** The score as the chip's data says it (one decimal, "" when not scored). */
    public String score() {
        return driver.findElement(By.cssSelector("#pmo-compliance-result .pmo-compliance-head "
                + ".pmo-compliance-score-chip")).getDomAttribute("data-score");
    }

    public String scoreText() {
        return driver.findElement(By.cssSelector("#pmo-compliance-result .pmo-compliance-score-value")).getText();
    }

    public String rag() {
        return driver.findElement(By.cssSelector("#pmo-compliance-result .pmo-compliance-head .pmo-compliance-rag"))
                .getDomAttribute("data-rag");
    }

    public String ragWord() {
        // The lozenge's text as written: AUI shows it in capitals.
        return driver.findElement(By.cssSelector("#pmo-compliance-result .pmo-compliance-head .pmo-compliance-rag"))
                .getDomProperty("textContent");
    }

    /** The datetime of "Scanned …", if the page shows one. */
    public Optional<String> scannedAt() {
        return driver.findElements(By.cssSelector("#pmo-compliance-result .pmo-compliance-scanned time")).stream()
                .map(time -> time.getDomAttribute("datetime")).findFirst();
    }

    /** The message the result area shows (never scanned, no standards, preview …), if any. */
    public Optional<String> message(String state) {
        return driver.findElements(By.cssSelector("#pmo-compliance-result .aui-message[data-pmo-state='" + state
                + "']")).stream().map(WebElement::getText).findFirst();
    }

    public boolean hasButton(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Clicks "Scan now" and waits until the page shows a newer scan than before. */
    public ProjectCompliancePage scanNow() {
        Optional<String> before = scannedAt();
        WebElement button = driver.findElement(By.id("pmo-compliance-scan"));
        button.click();
        Waits.on(driver).withMessage(() -> "the result of the scan drawn").until(d ->
                button.getDomAttribute("aria-busy") == null && !"loading".equals(state())
                        && scannedAt().isPresent() && !scannedAt().equals(before));
        return settled(driver);
    }

    /** Clicks "Preview (dry run)" and waits for the preview. */
    public ProjectCompliancePage preview() {
        driver.findElement(By.id("pmo-compliance-preview")).click();
        Waits.on(driver).withMessage(() -> "the preview drawn").until(d -> "preview".equals(state()));
        return this;
    }

    public List<String> violationStandardIds() {
        return driver.findElements(By.cssSelector(".pmo-compliance-violation")).stream()
                .map(card -> card.getDomAttribute("data-standard-id")).toList();
    }

    public Violation violation(long standardId) {
        return new Violation(driver, standardId);
    }

    /** Standard ids of the folded list of passed and not scored standards. */
    public List<String> passedStandardIds() {
        return driver.findElements(By.cssSelector(".pmo-compliance-passed-item")).stream()
                .map(item -> item.getDomAttribute("data-standard-id")).toList();
    }

    /** The id of the element the page opened at (a portfolio cell's anchor), if any. */
    public Optional<String> target() {
        return driver.findElements(By.cssSelector(".pmo-compliance-target")).stream()
                .map(element -> element.getDomAttribute("id")).findFirst();
    }

    public WaiverDialog requestWaiverFor(long standardId) {
        violation(standardId).card().findElement(By.cssSelector(".pmo-compliance-ask")).click();
        return WaiverDialog.shown(driver);
    }

    public List<WaiverRow> waivers() {
        return driver.findElements(By.cssSelector("#pmo-waivers tr.pmo-compliance-waiver")).stream()
                .map(row -> new WaiverRow(driver, row.getDomAttribute("data-waiver-id"))).toList();
    }

    /** Waits until the waivers table lists {@code count} waivers. */
    public ProjectCompliancePage waitForWaivers(int count) {
        Waits.on(driver).withMessage(() -> count + " waivers listed").until(d -> waivers().size() == count);
        return this;
    }

    /** Waits until a waiver's row shows this status (requested, approved, expired, rejected, withdrawn). */
    public ProjectCompliancePage waitForWaiverStatus(long id, String status) {
        Waits.on(driver).withMessage(() -> "waiver " + id + " " + status)
                .until(d -> status.equals(waiver(id).status()));
        return this;
    }

    /** The title of the success flag the page raised last, once it shows. */
    public String successFlag() {
        By flag = By.cssSelector("[data-pmo-flag='success']");
        Waits.on(driver).withMessage(() -> "a success flag").until(d -> !d.findElements(flag).isEmpty());
        return driver.findElements(flag).get(driver.findElements(flag).size() - 1).getText();
    }

    public WaiverRow waiver(long id) {
        return new WaiverRow(driver, String.valueOf(id));
    }

    /** Elements made from markup in server text (names, rationales, justifications): there must be none. */
    public int injectedElements() {
        return driver.findElements(By.cssSelector("#pmo-project-compliance script, #pmo-project-compliance img, "
                + "#pmo-project-compliance b")).size();
    }

    /** Whether a script in server text ran: it would set window.__pmoInjected. */
    public boolean injectedScriptRan() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return window.__pmoInjected !== undefined;"));
    }

    /** How far the page's content reaches past the window's right edge, in CSS pixels (0 when it fits). */
    public long overflowPastWindow() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "const root = document.getElementById('pmo-project-compliance');"
                        + "let right = 0; root.querySelectorAll('*').forEach(function (n) {"
                        + "  if (n.closest('.pmo-table-wrapper') && !n.classList.contains('pmo-table-wrapper')) return;"
                        + "  right = Math.max(right, n.getBoundingClientRect().right); });"
                        + "return Math.max(0, Math.ceil(right - document.documentElement.clientWidth));")).longValue();
    }

    /** One standard's violation card. */
    public static final class Violation {
        private final WebDriver driver;
        private final long standardId;

        Violation(WebDriver driver, long standardId) {
            this.driver = driver;
            this.standardId = standardId;
        }

        WebElement card() {
            return driver.findElement(By.id("pmo-compliance-standard-" + standardId));
        }

        public String name() {
            return card().findElement(By.cssSelector(".pmo-compliance-standard-name")).getText();
        }

        public String severity() {
            return card().findElement(By.cssSelector(".pmo-compliance-severity")).getDomAttribute("data-severity");
        }

        public String outcome() {
            return card().getDomAttribute("data-outcome");
        }

        /** Opens "Why it matters" and answers the rationale. */
        public String rationale() {
            WebElement details = card().findElement(By.cssSelector(".pmo-compliance-rationale"));
            if (details.getDomAttribute("open") == null) {
                details.findElement(By.tagName("summary")).click();
            }
            return details.findElement(By.tagName("p")).getText();
        }

        public long total() {
            return Long.parseLong(card().findElement(By.cssSelector(".pmo-compliance-offenders"))
                    .getDomAttribute("data-total"));
        }

        public String offenderCount() {
            return card().findElement(By.cssSelector(".pmo-compliance-offender-count")).getText();
        }

        public List<String> issueLinkTexts() {
            return card().findElements(By.cssSelector("a.pmo-compliance-issue-link")).stream()
                    .map(WebElement::getText).toList();
        }

        /** The links' addresses as written (the page's context path + /browse/KEY). */
        public List<String> issueLinkHrefs() {
            return card().findElements(By.cssSelector("a.pmo-compliance-issue-link")).stream()
                    .map(a -> a.getDomAttribute("href")).toList();
        }

        public Optional<String> more() {
            return card().findElements(By.cssSelector(".pmo-compliance-more")).stream().map(WebElement::getText)
                    .findFirst();
        }

        public Optional<String> waivedCount() {
            return card().findElements(By.cssSelector(".pmo-compliance-waived")).stream()
                    .map(note -> note.getDomAttribute("data-waived")).findFirst();
        }

        /** The expiry dates (ISO) of the waivers the card names. */
        public List<String> waivedUntil() {
            return card().findElements(By.cssSelector(".pmo-compliance-waived-until time")).stream()
                    .map(time -> time.getDomAttribute("datetime")).toList();
        }

        public Optional<String> firstSeen() {
            return card().findElements(By.cssSelector(".pmo-compliance-first-seen time")).stream()
                    .map(time -> time.getDomAttribute("datetime")).findFirst();
        }
    }

    /** One row of the waivers table. */
    public static final class WaiverRow {
        private final WebDriver driver;
        private final String id;

        WaiverRow(WebDriver driver, String id) {
            this.driver = driver;
            this.id = id;
        }

        private WebElement row() {
            return driver.findElement(By.cssSelector("#pmo-waivers tr[data-waiver-id='" + id + "']"));
        }

        public long id() {
            return Long.parseLong(id);
        }

        public String status() {
            return row().getDomAttribute("data-status");
        }

        public String statusWord() {
            return row().findElement(By.cssSelector(".pmo-compliance-waiver-status")).getDomProperty("textContent");
        }

        public String standard() {
            return row().findElement(By.cssSelector(".pmo-col-standard")).getText();
        }

        public String issues() {
            return row().findElement(By.cssSelector(".pmo-col-issues")).getText();
        }

        public String justification() {
            return row().findElement(By.cssSelector(".pmo-compliance-justification")).getText();
        }

        public String expires() {
            return row().findElement(By.cssSelector(".pmo-col-expires time")).getDomAttribute("datetime");
        }

        public boolean canWithdraw() {
            return !row().findElements(By.cssSelector(".pmo-compliance-withdraw")).isEmpty();
        }
    }
}
