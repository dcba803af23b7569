package com.pmosuite.workbench.pages;

import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The plugin's scripts as the workbench serves them: translated by the jsI18n transformer, as Jira serves them. */
class ServedScriptsIT {
    private static final String RESOURCES = "/download/resources/com.pmosuite.pmo-plugin:";
    private static final String CHART_LIBRARY = "web/vendor/uplot/uPlot.iife.min.js";

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
    void theChartsScriptIsTranslated() {
        HttpResponse<String> script = alice.get(RESOURCES + "pmo-charts/pmo-charts.js");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).doesNotContain("I18n.getText(")
                .contains("'pmo.charts.scurve.axis': \"Cost ({0})\"");
    }

    /** The chart library ships inside the plugin jar; the workbench serves it from there, byte for byte. */
    @Test
    void theChartLibraryIsServedFromThePluginAsPublished() throws IOException {
        byte[] packaged;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CHART_LIBRARY)) {
            assumeTrue(in != null, "uPlot was not copied into the plugin (-Dpmo.skipNpm=true?)");
            packaged = in.readAllBytes();
        }
        HttpResponse<String> library = alice.get(RESOURCES + "pmo-charts-library/uPlot.iife.min.js");

        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/javascript"));
        assertThat(library.body()).isEqualTo(new String(packaged, StandardCharsets.UTF_8))
                .startsWith("/*! https://github.com/leeoniya/uPlot");
        assertThat(alice.get(RESOURCES + "pmo-charts-library/uPlot.min.css").statusCode()).isEqualTo(200);
    }

    /** Only what the descriptor declares is served: the licence travels in the jar, not over HTTP. */
    @Test
    void filesBesideTheLibraryThatAreNotDeclaredAreNotServed() {
        assertThat(alice.get(RESOURCES + "pmo-charts-library/LICENSE").statusCode()).isEqualTo(404);
    }

    @Test
    void stylesheetsAreNotTransformed() {
        HttpResponse<String> css = alice.get(RESOURCES + "pmo-common/pmo-common.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".pmo-picker-list");
    }
}
