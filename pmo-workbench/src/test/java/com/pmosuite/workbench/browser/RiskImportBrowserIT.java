package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.shared.Csv;
import com.pmosuite.workbench.browser.pages.ImportDialog;
import com.pmosuite.workbench.browser.pages.RiskRegisterPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.pmosuite.workbench.browser.BrowserSession.OUTPUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing any register in Chromium: a public register's file goes upload, map, preview, dry run, import with no
 * editing of the file; an edited export goes back in and updates its risks without duplicating them.
 */
class RiskImportBrowserIT {
    private static final String BETA = "BETA";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void aPublicRegisterIsMappedPreviewedDryRunAndImported() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String register = """
                Risk_ID;Date_identified;Description;Probability;Impact;Owner;Status;Mitigation;Review_date
                R001;2026/01/15;Supplier delays the migration %1$s;3;2;alice;Active;Second supplier;2026/02/01
                R002;2026/01/20;"Key engineer leaves; knowledge lost %1$s";2;3;bob;Mitigating;Pairing;2026/02/10
                R003;2025/11/02;Licence costs rise %1$s;1;1;;Retired;;2026/01/05
                """.formatted(tag);
        Path file = Files.createTempFile("public-register", ".csv");
        try {
            Files.writeString(file, register);
            browser.logInAs("alice");
            RiskRegisterPage page = RiskRegisterPage.open(browser.driver(), browser.base(), BETA).sortNewestFirst();

            ImportDialog dialog = ImportDialog.choose(browser.driver(), file);
            assertThat(dialog.fileSummary()).contains("3").contains(";").contains("utf-8");
            assertThat(dialog.fieldOf("Description")).isEqualTo("title");
            assertThat(dialog.fieldOf("Risk_ID")).isEmpty();
            assertThat(dialog.dateFormatOf("Review_date")).isEqualTo("yyyy/MM/dd");
            assertThat(dialog.valueFor("Probability", "3")).isEqualTo("5");
            dialog.translate("Status", "Mitigating", "monitoring");
            dialog.saveMappingAs("Public register " + tag);
            assertThat(dialog.valueFor("Status", "Mitigating")).as("the saved mapping is the one shown")
                    .isEqualTo("monitoring");

            List<List<String>> preview = dialog.preview();
            assertThat(preview).hasSize(3);
            assertThat(preview.get(0)).startsWith("2").contains("Supplier delays the migration " + tag, "5", "3");
            assertThat(preview.get(1)).contains("monitoring");

            assertThat(dialog.dryRun()).isEqualTo("3 risk(s) would be created, 0 would be updated, 0 refused");
            // For a person to look at the dialog; not an assertion.
            browser.chromium().saveWindowScreenshot(OUTPUT.resolve("risk-import-dialog.png"));
            dialog.importAndWaitUntilClosed();

            page.waitUntilLoaded();
            assertThat(page.rowTitled("Key engineer leaves; knowledge lost " + tag).score()).isEqualTo(3 * 5);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void anEditedExportImportedAgainUpdatesItsRisksAndCreatesNoDuplicates() throws Exception {
        RiskApi api = RiskApi.as(browser.base(), "alice");
        String title = "Exported " + UUID.randomUUID().toString().substring(0, 8);
        JsonNode risk = api.create(BETA, Map.of("title", title, "probability", 2, "impact", 2));
        long before = api.count(BETA);
        List<Csv.Row> rows = Csv.read(export(BETA));
        StringBuilder edited = new StringBuilder();
        for (Csv.Row row : rows) {
            List<String> cells = new ArrayList<>(row.cells());
            if (cells.get(0).equals(risk.path("id").asText())) {
                cells.set(1, title + " (edited)");
            }
            Csv.appendRow(edited, cells);
        }
        Path file = Files.createTempFile("edited-export", ".csv");
        try {
            Files.writeString(file, edited);
            browser.logInAs("alice");
            RiskRegisterPage page = RiskRegisterPage.open(browser.driver(), browser.base(), BETA);

            ImportDialog dialog = ImportDialog.choose(browser.driver(), file);
            assertThat(dialog.saysOwnExport()).isTrue();
            assertThat(dialog.dryRun()).isEqualTo("0 risk(s) would be created, 1 would be updated, 0 refused");
            dialog.importAndWaitUntilClosed();

            page.waitUntilLoaded();
            assertThat(api.count(BETA)).isEqualTo(before);
            assertThat(api.risk(risk.path("id").asLong()).path("title").asText()).isEqualTo(title + " (edited)");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String export(String projectKey) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(browser.base().resolve("/rest/pmo/1.0/projects/" + projectKey
                        + "/risks.csv"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
