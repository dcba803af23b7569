package com.pmosuite.workbench.browser;

import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.browser.pages.RiskRegisterPage;
import com.pmosuite.workbench.browser.pages.ScoringSettings;
import com.pmosuite.workbench.browser.pages.SettingsDialog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.pmosuite.workbench.browser.BrowserSession.OUTPUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing a project's risk scoring settings from its register page, in Chromium on the shared demo workbench.
 * Only DELTA's settings are ever changed, and every test puts back what it found: no other browser test works in
 * DELTA, and the other projects' risks and heat maps keep the default 5x5 scoring the other tests expect.
 */
class RiskSettingsBrowserIT {
    /** No other browser test looks at DELTA; admin administers every project as Jira and PMO admin. */
    private static final String DELTA = "DELTA";
    /** The seeded risks of BETA use levels 4 and 5, so BETA cannot shrink to 3x3. */
    private static final String BETA = "BETA";
    /** alice is a member of ALPHA (browse and edit) but does not administer it. */
    private static final String ALPHA = "ALPHA";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private static RiskApi admin;

    @BeforeAll
    static void anAdministratorsApi() {
        if (browser.launched()) {
            admin = RiskApi.as(browser.base(), "admin");
        }
    }

    @Test
    void anAdministratorSavesNewThresholdsAndThePageReloadsWithThem() {
        ScoringSettings before = admin.settings(DELTA);
        ScoringSettings wanted = before.withThresholds(4, 8, 15);
        try {
            browser.logInAs("admin");
            RiskRegisterPage.open(browser.driver(), browser.base(), DELTA);
            SettingsDialog dialog = SettingsDialog.openFromRegister(browser.driver(), browser.base());
            assertThat(dialog.settings()).as("the form shows the stored settings").isEqualTo(before);

            dialog.typeThresholds(4, 8, 15);
            assertThat(dialog.previewSeverity(1, 3)).as("score 3 in the preview").isEqualTo("low");
            assertThat(dialog.previewSeverity(2, 2)).as("score 4 in the preview").isEqualTo("medium");
            assertThat(dialog.previewSeverity(2, 4)).as("score 8 in the preview").isEqualTo("high");
            assertThat(dialog.previewSeverity(3, 5)).as("score 15 in the preview").isEqualTo("critical");
            assertThat(dialog.previewBand("high")).as("the server's range of high scores").endsWith("8 to 14");
            saveWindowScreenshot(OUTPUT.resolve("screenshots/settings-dialog.png"));
            RiskRegisterPage register = dialog.saveAndWaitForReload();

            assertThat(admin.settings(DELTA)).isEqualTo(wanted);
            assertThat(heatMapSeverity(2, 2)).as("the reloaded heat map colours score 4").isEqualTo("medium");
            assertThat(heatMapSeverity(3, 5)).as("the reloaded heat map colours score 15").isEqualTo("critical");
            assertThat(register.errors()).isEmpty();
            // Half-typed thresholds are previewed too, and refused with a 400 as saving them would be.
            assertThat(browser.chromium().consoleErrors()).as("browser console errors")
                    .filteredOn(message -> !message.contains("/risk-settings/preview "))
                    .isEmpty();
        } finally {
            admin.saveSettings(DELTA, before);
        }
    }

    @Test
    void aMemberWhoDoesNotAdministerTheProjectIsNotOfferedTheSettings() {
        browser.logInAs("alice");

        RiskRegisterPage register = RiskRegisterPage.open(browser.driver(), browser.base(), ALPHA);

        assertThat(register.heading()).isEqualTo(PmoText.of("pmo.risk.register.title"));
        assertThat(SettingsDialog.isOfferedOn(browser.driver())).isFalse();
    }

    @Test
    void shrinkingToThreeByThreeIsRefusedWhileRisksUseLevelsFourAndFive() {
        ScoringSettings before = admin.settings(BETA);
        assertThat(before.scale()).as("BETA's scale before the test").isEqualTo(5);
        assertThat(admin.risksUsingLevelsAbove(BETA, 3)).as("BETA's risks at levels 4 or 5").isPositive();
        try {
            browser.logInAs("admin");
            RiskRegisterPage.open(browser.driver(), browser.base(), BETA);
            SettingsDialog dialog = SettingsDialog.openFromRegister(browser.driver(), browser.base());

            dialog.chooseScale(3);
            assertThat(dialog.settings()).as("a new scale suggests its default thresholds")
                    .isEqualTo(ScoringSettings.defaultsFor(3));
            assertThat(dialog.suggestion()).isNotBlank();
            dialog.save();

            assertThat(dialog.fieldError("scale")).as("the refusal under the scale").isNotBlank();
            assertThat(dialog.isMarkedInvalid("scale")).isTrue();
            assertThat(dialog.isMarkedInvalid("criticalFrom")).isFalse();
            assertThat(dialog.isOpen()).isTrue();
            assertThat(admin.settings(BETA)).as("BETA's stored settings").isEqualTo(before);
            saveWindowScreenshot(OUTPUT.resolve("screenshots/settings-dialog-refused.png"));
        } finally {
            // Only if the refusal failed: growing back to 5x5 is always allowed.
            if (!admin.settings(BETA).equals(before)) {
                admin.saveSettings(BETA, before);
            }
        }
    }

    @Test
    void thresholdsThePersonTypedAreKeptWhenTheScaleChanges() {
        ScoringSettings before = admin.settings(DELTA);
        browser.logInAs("admin");
        RiskRegisterPage.open(browser.driver(), browser.base(), DELTA);
        SettingsDialog dialog = SettingsDialog.openFromRegister(browser.driver(), browser.base());

        dialog.typeThresholds(4, 8, 15).chooseScale(3);

        assertThat(dialog.settings()).isEqualTo(new ScoringSettings(3, 4, 8, 15));
        assertThat(dialog.suggestion()).isEmpty();
        assertThat(dialog.previewSaysThresholdsDoNotFit()).as("15 is above 3x3's highest score").isTrue();
        assertThat(dialog.previewMessage()).as("the server's reason")
                .contains("must be at most 9 on a 3x3 matrix");
        dialog.cancel();
        assertThat(admin.settings(DELTA)).isEqualTo(before);
    }

    @Test
    void thePreviewShowsTheServersReasonForThresholdsThatDoNotRise() {
        ScoringSettings before = admin.settings(DELTA);
        browser.logInAs("admin");
        RiskRegisterPage.open(browser.driver(), browser.base(), DELTA);
        SettingsDialog dialog = SettingsDialog.openFromRegister(browser.driver(), browser.base());

        dialog.typeThresholds(6, 4, 15);

        assertThat(dialog.previewSaysThresholdsDoNotFit()).isTrue();
        assertThat(dialog.previewMessage()).contains(PmoText.of("pmo.risk.settings.highFrom") + ": "
                + "must be greater than mediumFrom");
        dialog.typeThresholds(3, 6, 15);
        assertThat(dialog.previewSaysThresholdsDoNotFit()).as("fixed thresholds are previewed again").isFalse();
        assertThat(dialog.previewSeverity(2, 3)).as("score 6 in the preview").isEqualTo("high");
        dialog.cancel();
        assertThat(admin.settings(DELTA)).isEqualTo(before);
    }

    /** The severity the inherent heat map colours a cell with (every cell has one, whether or not it holds risks). */
    private static String heatMapSeverity(int p, int i) {
        return browser.driver().findElement(By.cssSelector("#pmo-heatmap-inherent td[data-probability='" + p + "']"
                + "[data-impact='" + i + "']")).getDomAttribute("data-severity");
    }

    /** The window as it is, dialog and all; a full-page shot would stretch the window and move the dialog. */
    private static void saveWindowScreenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the screenshot " + file, e);
        }
    }
}
