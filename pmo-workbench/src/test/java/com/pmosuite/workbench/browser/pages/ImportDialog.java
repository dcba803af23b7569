package com.pmosuite.workbench.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.List;

/**
 * The register's import dialog, which opens when a file is chosen in Import: the file's columns with the field each
 * goes into, value maps and date formats, saved mappings, the preview, the dry run and the import. Waits poll the
 * dialog's own elements, which its script replaces on every answer.
 */
public final class ImportDialog {
    private static final By DIALOG = By.id("pmo-import-dialog");
    private static final By COLUMN_ROWS = By.cssSelector("#pmo-import-columns tbody tr[data-column]");

    private final WebDriver driver;

    private ImportDialog(WebDriver driver) {
        this.driver = driver;
    }

    /** Chooses {@code file} in the page's Import button and waits for the dialog to show its columns. */
    public static ImportDialog choose(WebDriver driver, Path file) {
        driver.findElement(By.id("pmo-import-csv")).sendKeys(file.toAbsolutePath().toString());
        Waits.on(driver).withMessage("the import dialog with the file's columns")
                .until(d -> d.findElement(DIALOG).isDisplayed() && !d.findElements(COLUMN_ROWS).isEmpty());
        return new ImportDialog(driver);
    }

    /** The line that says how the file was read (rows, separator, encoding). */
    public String fileSummary() {
        return driver.findElement(By.id("pmo-import-file-summary")).getText();
    }

    public boolean saysOwnExport() {
        return !driver.findElements(By.cssSelector(".pmo-import-own")).isEmpty();
    }

    private int indexOf(String column) {
        List<WebElement> rows = driver.findElements(COLUMN_ROWS);
        for (int i = 0; i < rows.size(); i++) {
            if (column.equals(rows.get(i).getDomAttribute("data-column"))) {
                return i;
            }
        }
        throw new AssertionError("No column " + column + " in the import dialog");
    }

    /** The field (REST name) the column goes into; empty when it is not imported. */
    public String fieldOf(String column) {
        return new Select(driver.findElement(By.id("pmo-import-field-" + indexOf(column))))
                .getFirstSelectedOption().getDomAttribute("value");
    }

    public ImportDialog mapColumn(String column, String field) {
        new Select(driver.findElement(By.id("pmo-import-field-" + indexOf(column)))).selectByValue(field);
        return this;
    }

    public String dateFormatOf(String column) {
        return new Select(driver.findElement(By.id("pmo-import-date-" + indexOf(column))))
                .getFirstSelectedOption().getDomAttribute("value");
    }

    /** The value typed for one of the column's values in its value map. */
    public String valueFor(String column, String source) {
        return valueInput(column, source).getDomProperty("value");
    }

    public ImportDialog translate(String column, String source, String ours) {
        WebElement input = valueInput(column, source);
        input.clear();
        input.sendKeys(ours);
        return this;
    }

    private WebElement valueInput(String column, String source) {
        int index = indexOf(column);
        return driver.findElements(By.cssSelector("input.pmo-import-value")).stream()
                .filter(i -> i.getDomAttribute("id").startsWith("pmo-import-value-" + index + "-")
                        && source.equals(i.getDomAttribute("data-source")))
                .findFirst().orElseThrow(() -> new AssertionError("No value " + source + " for column " + column));
    }

    /** Previews and answers the preview's rows: line, result and the shown fields, cell by cell. */
    public List<List<String>> preview() {
        driver.findElement(By.id("pmo-import-preview")).click();
        Waits.on(driver).withMessage("the preview table")
                .until(ExpectedConditions.presenceOfElementLocated(By.id("pmo-import-preview-table")));
        return driver.findElements(By.cssSelector("#pmo-import-preview-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    /** Runs the dry run and answers its message ("3 risk(s) would be created, ..."). */
    public String dryRun() {
        driver.findElement(By.id("pmo-import-dry-run")).click();
        return Waits.on(driver).withMessage("the dry run's summary")
                .until(d -> d.findElement(By.id("pmo-import-summary-message")).getText());
    }

    /** Imports and waits until the dialog closes, as it does when the import was written. */
    public void importAndWaitUntilClosed() {
        driver.findElement(By.id("pmo-import-run")).click();
        Waits.on(driver).withMessage("the import dialog to close after the import")
                .until(d -> !d.findElement(DIALOG).isDisplayed());
    }

    /** Imports a file that has refused rows and answers them as "Line N: field: reason" lines. */
    public List<String> importRefused() {
        driver.findElement(By.id("pmo-import-run")).click();
        Waits.on(driver).withMessage("the refused rows")
                .until(ExpectedConditions.presenceOfElementLocated(By.id("pmo-import-refused-table")));
        return driver.findElements(By.cssSelector("#pmo-import-refused-table tbody tr")).stream()
                .map(row -> "Line " + row.getDomAttribute("data-line") + ", "
                        + row.findElement(By.cssSelector(".pmo-import-problems")).getText())
                .toList();
    }

    public ImportDialog saveMappingAs(String name) {
        WebElement input = driver.findElement(By.id("pmo-import-saved-name"));
        input.clear();
        input.sendKeys(name);
        driver.findElement(By.id("pmo-import-saved-save")).click();
        Waits.on(driver).withMessage("the saved mapping in the picker")
                .until(d -> new Select(d.findElement(By.id("pmo-import-saved"))).getOptions().stream()
                        .anyMatch(o -> o.getText().equals(name)));
        return this;
    }

    public void cancel() {
        driver.findElement(By.id("pmo-import-cancel")).click();
        Waits.on(driver).until(d -> !d.findElement(DIALOG).isDisplayed());
    }
}
