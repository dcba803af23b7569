package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.shared.Csv;
import com.pmosuite.testkit.SpreadsheetReading;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.pmosuite.workbench.risk.RiskFixtures.ADMIN;
import static com.pmosuite.workbench.risk.RiskFixtures.ALICE;
import static com.pmosuite.workbench.risk.RiskFixtures.ALPHA;
import static com.pmosuite.workbench.risk.RiskFixtures.created;
import static com.pmosuite.workbench.risk.RiskFixtures.fetched;
import static com.pmosuite.workbench.risk.RiskFixtures.idOf;
import static com.pmosuite.workbench.risk.RiskFixtures.risksOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV export over HTTP opens no formula in a spreadsheet, whichever separator the spreadsheet applies (comma,
 * the semicolon of many European locales, tab) and whether or not it honours quotes; and what it wrote imports
 * back as the same text.
 */
class RiskCsvFormulaGuardIT {
    private static final List<String> TEXT_FIELDS = List.of("title", "description", "cause", "effect", "trigger",
            "responsePlan");

    private static JsonNode hostileRisk() {
        return created(ALICE, ALPHA, RiskBody.threat("x;=cmd|' /C calc'!A0;y")
                .with("description", "Steps:\n- call the vendor\n+1+cmd|' /C calc'!A0")
                .with("cause", "a,@SUM(A1)")
                .with("effect", "tab\t=1+1")
                .with("trigger", "x;\"=1+1\";y")
                .with("responsePlan", "'=already guarded; ''+twice"));
    }

    @Test
    void theExportOpensNoFormulaInAnyWayASpreadsheetReadsIt() {
        hostileRisk();

        PmoRestClient.Reply export = ALICE.get("projects/" + ALPHA + "/risks.csv");

        assertThat(export.status()).isEqualTo(200);
        assertThat(SpreadsheetReading.formulaCells(export.body())).isEmpty();
    }

    @Test
    void theExportedRowImportsBackAsTheSameText() {
        JsonNode original = hostileRisk();
        List<Csv.Row> rows = Csv.read(ALICE.get("projects/" + ALPHA + "/risks.csv").body());
        StringBuilder file = new StringBuilder();
        Csv.appendRow(file, rows.get(0).cells());
        Csv.appendRow(file, rows.stream().filter(r -> r.cells().get(0).equals(String.valueOf(idOf(original))))
                .findFirst().orElseThrow().cells());

        PmoRestClient.Reply reply = ALICE.postCsv(risksOf(ALPHA) + "/import", file.toString());

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        JsonNode copy = fetched(reply.json().path("createdIds").get(0).asLong());
        for (String field : TEXT_FIELDS) {
            assertThat(copy.path(field).asText()).as(field).isEqualTo(original.path(field).asText());
        }
        assertThat(ADMIN.get("risks/" + idOf(copy)).json().path("title").asText())
                .startsWith("x;=cmd|' /C calc'!A0;y");
    }
}
