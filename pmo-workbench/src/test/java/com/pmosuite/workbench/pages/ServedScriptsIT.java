package com.pmosuite.workbench.pages;

import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The plugin's scripts as the workbench serves them: translated by the jsI18n transformer, as Jira serves them. */
class ServedScriptsIT {
    private static final String RESOURCES = "/download/resources/com.pmosuite.pmo-plugin:";

    private final PageClient alice = new PageClient(RunningWorkbench.baseUri(), "alice");

    @Test
    void theCommonScriptIsServedWithEveryCallReplacedByItsTranslation() {
        HttpResponse<String> script = alice.get(RESOURCES + "pmo-common/pmo-common.js");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).doesNotContain("I18n.getText(")
                .contains("'pmo.common.dismiss': \"Dismiss\"")
                // "{0} suggestions": a placeholder survives for the script to fill in
                .contains("'pmo.common.picker.results': \"{0} suggestions\"");
    }

    @Test
    void theRegisterScriptIsTranslated() {
        String script = alice.get(RESOURCES + "risk-register-resources/risk-register.js").body();

        assertThat(script).doesNotContain("I18n.getText(")
                .contains("'pmo.risk.table.overdue': \"Overdue\"");
    }

    @Test
    void theRiskDialogScriptIsTranslatedAndTypographicQuotesAreEscaped() {
        String script = alice.get(RESOURCES + "risk-register-resources/risk-dialog.js").body();

        assertThat(script).doesNotContain("I18n.getText(")
                // Risk “{0}” created: non-ASCII is written as \\u escapes, so the file's encoding cannot garble it
                .contains("'pmo.risk.created': \"Risk \\u201c{0}\\u201d created\"");
    }

    @Test
    void theSettingsDialogScriptIsTranslatedToo() {
        String script = alice.get(RESOURCES + "risk-register-resources/risk-settings.js").body();

        assertThat(script).doesNotContain("I18n.getText(")
                .contains("'pmo.risk.settings.preview': \"Preview\"");
    }

    @Test
    void stylesheetsAreNotTransformed() {
        HttpResponse<String> css = alice.get(RESOURCES + "pmo-common/pmo-common.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".pmo-picker-list");
    }
}
