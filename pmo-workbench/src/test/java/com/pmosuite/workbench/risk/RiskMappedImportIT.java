package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pmosuite.shared.Csv;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.pmosuite.workbench.risk.RiskFixtures.ADMIN;
import static com.pmosuite.workbench.risk.RiskFixtures.ALICE;
import static com.pmosuite.workbench.risk.RiskFixtures.ANONYMOUS;
import static com.pmosuite.workbench.risk.RiskFixtures.BETA;
import static com.pmosuite.workbench.risk.RiskFixtures.BOB;
import static com.pmosuite.workbench.risk.RiskFixtures.DELTA;
import static com.pmosuite.workbench.risk.RiskFixtures.GAMMA;
import static com.pmosuite.workbench.risk.RiskFixtures.NO_SUCH_PROJECT;
import static com.pmosuite.workbench.risk.RiskFixtures.allRisks;
import static com.pmosuite.workbench.risk.RiskFixtures.created;
import static com.pmosuite.workbench.risk.RiskFixtures.fetched;
import static com.pmosuite.workbench.risk.RiskFixtures.risk;
import static com.pmosuite.workbench.risk.RiskFixtures.risksOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing any register over HTTP: a public register's own dialect (semicolons, its own headers and words,
 * YYYY/MM/DD, a 1-3 scale) gets in through the mapping step with no file editing; a re-imported export updates its
 * risks; every input is bounded and every call checks permission and XSRF.
 */
class RiskMappedImportIT {
    /** A public register as its users keep it. */
    static final String PUBLIC_REGISTER = """
            Risk_ID;Date_identified;Description;Probability;Impact;Owner;Status;Mitigation;Review_date
            R001;2026/01/15;Supplier delays the cloud migration;3;2;alice;Active;Second supplier on standby;2026/02/01
            R002;2026/01/20;"Key engineer leaves; knowledge is lost";2;3;bob;Mitigating;Pair on the billing code;2026/02/10
            R003;2025/11/02;Licence costs rise;1;1;;Retired;;2026/01/05
            """;

    private static String analyse(String project) {
        return "projects/" + project + "/risks/import/analyse";
    }

    private static String mapped(String project) {
        return "projects/" + project + "/risks/import/mapped";
    }

    private static String mappings(String project) {
        return "projects/" + project + "/risks/import/mappings";
    }

    private static Map<String, Object> fileOf(byte[] bytes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", Base64.getEncoder().encodeToString(bytes));
        return body;
    }

    private static Map<String, Object> textFile(String text) {
        return new LinkedHashMap<>(Map.of("text", text));
    }

    private static Map<String, Object> with(Map<String, Object> body, String name, Object value) {
        body.put(name, value);
        return body;
    }

    private static JsonNode suggested(PmoRestClient client, String project, Map<String, Object> file) {
        PmoRestClient.Reply reply = client.post(analyse(project), file);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    @Test
    void thePublicRegistersDialectIsDetectedAndAMappingSuggested() {
        JsonNode analysis = suggested(ALICE, BETA, textFile(PUBLIC_REGISTER));

        assertThat(analysis.path("separator").asText()).isEqualTo(";");
        assertThat(analysis.path("encoding").asText()).isEqualTo("utf-8");
        assertThat(analysis.path("rowCount").asInt()).isEqualTo(3);
        assertThat(analysis.path("ownExport").asBoolean()).isFalse();
        assertThat(analysis.path("header").get(0).asText()).isEqualTo("Risk_ID");
        assertThat(analysis.path("mapping").toString())
                .contains("{\"field\":\"title\",\"column\":\"Description\"")
                .contains("\"values\":[{\"from\":\"1\",\"to\":\"1\"},{\"from\":\"2\",\"to\":\"3\"},"
                        + "{\"from\":\"3\",\"to\":\"5\"}]")
                .contains("\"dateFormat\":\"yyyy/MM/dd\"");
        assertThat(analysis.path("dateFormats").toString())
                .contains("{\"column\":\"Review_date\",\"values\":[\"yyyy/MM/dd\"]}");
    }

    @Test
    void thePublicRegisterImportsThroughTheMappingStepWithNoFileEditing() {
        JsonNode mapping = suggested(ALICE, BETA, textFile(PUBLIC_REGISTER)).path("mapping");

        PmoRestClient.Reply preview = ALICE.post("projects/" + BETA + "/risks/import/preview",
                with(textFile(PUBLIC_REGISTER), "mapping", mapping));
        assertThat(preview.status()).as("%s", preview).isEqualTo(200);
        assertThat(preview.json().path("rows").get(0).path("risk").path("probability").asInt()).isEqualTo(5);
        assertThat(preview.json().path("rows").get(0).path("action").asText()).isEqualTo("create");

        PmoRestClient.Reply dryRun = ALICE.post(mapped(BETA) + "?dryRun=true",
                with(textFile(PUBLIC_REGISTER), "mapping", mapping));
        assertThat(dryRun.status()).as("%s", dryRun).isEqualTo(200);
        assertThat(dryRun.json().path("message").asText())
                .isEqualTo("3 risk(s) would be created, 0 would be updated, 0 refused");

        PmoRestClient.Reply imported = ALICE.post(mapped(BETA), with(textFile(PUBLIC_REGISTER), "mapping", mapping));
        assertThat(imported.status()).as("%s", imported).isEqualTo(201);
        JsonNode first = fetched(imported.json().path("createdIds").get(0).asLong());
        assertThat(first.path("title").asText()).isEqualTo("Supplier delays the cloud migration");
        assertThat(first.path("probability").asInt()).isEqualTo(5);
        assertThat(first.path("impact").asInt()).isEqualTo(3);
        assertThat(first.path("status").asText()).isEqualTo("open");
        assertThat(first.path("lastReviewDate").asText()).isEqualTo("2026-02-01");
        PmoRestClient.Reply history = ADMIN.get("risks/" + first.path("id").asLong() + "/history");
        assertThat(history.json().get(0).path("actorKey").asText()).isEqualTo("alice");
    }

    @Test
    void aByteOrderMarkIsDroppedAndTheFileReadAsUtf8() {
        byte[] bom = ("\uFEFF" + PUBLIC_REGISTER).getBytes(StandardCharsets.UTF_8);

        JsonNode analysis = suggested(ALICE, BETA, fileOf(bom));

        assertThat(analysis.path("byteOrderMark").asBoolean()).isTrue();
        assertThat(analysis.path("header").get(0).asText()).isEqualTo("Risk_ID");
    }

    @Test
    void windows1252IsReadWhenAskedAndOtherwiseRefusedWithAClearReason() {
        byte[] cp1252 = "Risk;Impact\nCoût élevé;2\n".getBytes(Charset.forName("windows-1252"));

        PmoRestClient.Reply refused = ALICE.post(analyse(BETA), fileOf(cp1252));
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("content");
        assertThat(refused.json().path("errors").get(0).path("message").asText()).contains("Windows-1252");

        JsonNode analysis = suggested(ALICE, BETA, with(fileOf(cp1252), "encoding", "windows-1252"));
        assertThat(analysis.path("encoding").asText()).isEqualTo("windows-1252");
        assertThat(analysis.path("sampleRows").get(0).get(0).asText()).isEqualTo("Coût élevé");
    }

    @Test
    void aReimportedEditedExportUpdatesItsRisksAndCreatesNoDuplicates() {
        long edited = created(ADMIN, BETA, RiskBody.threat("Budget cut")).path("id").asLong();
        int before = allRisks(BETA, "").size();
        List<Csv.Row> rows = Csv.read(ADMIN.get("projects/" + BETA + "/risks.csv").body());
        StringBuilder file = new StringBuilder();
        for (Csv.Row row : rows) {
            List<String> cells = new ArrayList<>(row.cells());
            if (cells.get(0).equals(String.valueOf(edited))) {
                cells.set(1, "Budget cut by 20%");
            }
            Csv.appendRow(file, cells);
        }
        List<String> added = new ArrayList<>(java.util.Collections.nCopies(rows.get(0).cells().size(), ""));
        added.set(1, "Found while editing the sheet");
        added.set(rows.get(0).cells().indexOf("probability"), "2");
        added.set(rows.get(0).cells().indexOf("impact"), "2");
        Csv.appendRow(file, added);
        JsonNode analysis = suggested(ALICE, BETA, textFile(file.toString()));
        assertThat(analysis.path("ownExport").asBoolean()).isTrue();

        PmoRestClient.Reply imported = ALICE.post(mapped(BETA),
                with(textFile(file.toString()), "mapping", analysis.path("mapping")));

        assertThat(imported.status()).as("%s", imported).isEqualTo(201);
        assertThat(imported.json().path("created").asInt()).isEqualTo(1);
        assertThat(imported.json().path("updated").asInt()).isEqualTo(1);
        assertThat(imported.json().path("updatedIds").get(0).asLong()).isEqualTo(edited);
        assertThat(allRisks(BETA, "")).hasSize(before + 1);
        assertThat(fetched(edited).path("title").asText()).isEqualTo("Budget cut by 20%");
    }

    @Test
    void aRowMadeFromAnOlderVersionIsRefusedWithTheConflictAndOverwritesNothing() {
        JsonNode risk = created(ADMIN, BETA, RiskBody.threat("Vendor exit"));
        long id = risk.path("id").asLong();
        String file = "id,version,title\n" + id + ",1,Vendor exit planned\n";
        ObjectNode changed = risk.deepCopy();
        changed.put("title", "Vendor exit confirmed");
        assertThat(ADMIN.put(risk(id), changed).status()).isEqualTo(200);
        JsonNode mapping = suggested(ALICE, BETA, textFile(file)).path("mapping");

        PmoRestClient.Reply imported = ALICE.post(mapped(BETA), with(textFile(file), "mapping", mapping));

        assertThat(imported.status()).as("%s", imported).isEqualTo(400);
        JsonNode problem = imported.json().path("refusedRows").get(0).path("problems").get(0);
        assertThat(problem.path("field").asText()).isEqualTo("version");
        assertThat(problem.path("conflict").asBoolean()).isTrue();
        assertThat(fetched(id).path("title").asText()).isEqualTo("Vendor exit confirmed");
    }

    @Test
    void anIdOfAnotherProjectIsRefusedForItsRow() {
        JsonNode other = created(ADMIN, DELTA, RiskBody.threat("Not in BETA"));
        long elsewhere = other.path("id").asLong();
        String file = "id,version,title\n" + elsewhere + ",1,Taken over\n";
        JsonNode mapping = suggested(ALICE, BETA, textFile(file)).path("mapping");

        PmoRestClient.Reply imported = ALICE.post(mapped(BETA),
                with(with(textFile(file), "mapping", mapping), "skipRefused", true));

        assertThat(imported.json().path("refusedRows").get(0).path("problems").get(0).path("message").asText())
                .isEqualTo("no risk " + elsewhere + " in this project");
        assertThat(fetched(elsewhere).path("title").asText()).isEqualTo(other.path("title").asText());
    }

    @Test
    void aMappingWithUnknownFieldsAndColumnsIsRefusedWithFieldPaths() {
        Map<String, Object> mapping = Map.of("columns", List.of(
                Map.of("field", "title", "column", "Headline"),
                Map.of("field", "colour", "column", "Impact"),
                Map.of("field", "probability", "column", "Probability", "values",
                        List.of(Map.of("from", "3", "to", "9")))));

        PmoRestClient.Reply reply = ALICE.post(mapped(BETA) + "?dryRun=true",
                with(textFile(PUBLIC_REGISTER), "mapping", mapping));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("mapping.columns[0].column", "mapping.columns[1].field",
                "mapping.columns[2].values.3");
    }

    @Test
    void inputPastEveryBoundIsA400() {
        StringBuilder manyRows = new StringBuilder("title\n");
        for (int i = 0; i <= 5_000; i++) {
            manyRows.append("r").append(i).append('\n');
        }
        StringBuilder manyColumns = new StringBuilder();
        for (int i = 0; i <= 200; i++) {
            manyColumns.append(i == 0 ? "" : ",").append("c").append(i);
        }
        String longCell = "title\n" + "x".repeat(10_001) + "\n";
        String deep = "[".repeat(40) + "]".repeat(40);

        assertBadRequest(ALICE.post(analyse(BETA), textFile(manyRows.toString())), "file");
        assertBadRequest(ALICE.post(analyse(BETA), textFile(manyColumns + "\nx\n")), "file");
        assertBadRequest(ALICE.post(analyse(BETA), textFile(longCell)), "file");
        assertBadRequest(ALICE.post(analyse(BETA), textFile("x".repeat(1_000_001))), "body");
        assertBadRequest(ALICE.post(analyse(BETA), Map.of("content", "not base64!")), "content");
        // Characters outside the alphabet are an error, not skipped: "!!!" is not an empty file.
        PmoRestClient.Reply bangs = ALICE.post(analyse(BETA), Map.of("content", "!!!"));
        assertBadRequest(bangs, "content");
        assertThat(bangs.json().at("/errors/0/message").asText()).isEqualTo("is not base64");
        // Wrapped base64, as command-line tools write it, is read.
        assertThat(ALICE.post(analyse(BETA), Map.of("content", java.util.Base64.getMimeEncoder()
                .encodeToString(PUBLIC_REGISTER.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .status()).isEqualTo(200);
        assertBadRequest(ALICE.post(analyse(BETA), Map.of()), "content");
        assertBadRequest(ALICE.post(analyse(BETA), with(textFile(PUBLIC_REGISTER), "separator", "#")), "separator");
        assertBadRequest(ALICE.post(analyse(BETA), with(fileOf(new byte[]{'a'}), "encoding", "latin-9")), "encoding");
        // Nested past the limit where the body takes any value (an unknown member, skipped) and inside the mapping.
        assertBadRequest(ALICE.post(mapped(BETA) + "?dryRun=true",
                "{\"text\":\"title\\nx\\n\",\"extra\":" + deep + "}"), "body");
        assertBadRequest(ALICE.post(mapped(BETA) + "?dryRun=true",
                "{\"text\":\"title\\nx\\n\",\"mapping\":{\"columns\":" + deep + "}}"), "mapping.columns[0]");
        assertBadRequest(ALICE.post(mapped(BETA) + "?dryRun=maybe", textFile(PUBLIC_REGISTER)), "dryRun");
    }

    /** Commons CSV reads uploads at the edge: what it cannot read is a 400 naming the line, never a 500. */
    @Test
    void aFileWhoseQuoteNeverClosesIsA400NamingTheLineItsRecordStartsOn() {
        String file = "Title;Notes\nFine;\"two\nlines\"\n\nOpen;\"never closed\nand on\n";

        PmoRestClient.Reply reply = ALICE.post(analyse(BETA), with(textFile(file), "separator", ";"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("errors")).singleElement().satisfies(e -> {
            assertThat(e.path("field").asText()).isEqualTo("file");
            assertThat(e.path("message").asText()).isEqualTo("line 5: a quoted value is never closed");
        });
    }

    @Test
    void aFileOverTheRowBoundIsRefusedWithoutReadingItAll() {
        StringBuilder manyRows = new StringBuilder("title\n");
        for (int i = 0; i < 20_000; i++) {
            manyRows.append("r").append(i).append('\n');
        }

        PmoRestClient.Reply reply = ALICE.post(analyse(BETA), textFile(manyRows.toString()));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.json().path("errors")).singleElement().satisfies(e -> assertThat(e.path("message").asText())
                .isEqualTo("has more than 5000 rows; import at most 5000 at a time"));
    }

    private static void assertBadRequest(PmoRestClient.Reply reply, String field) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).as("%s", reply).contains(field);
    }

    @Test
    void lookingNeedsBrowseAndImportingNeedsEdit() {
        JsonNode mapping = suggested(ALICE, GAMMA, textFile(PUBLIC_REGISTER)).path("mapping");
        Map<String, Object> body = with(textFile(PUBLIC_REGISTER), "mapping", mapping);

        assertThat(ALICE.post(mapped(GAMMA) + "?dryRun=true", body).status()).isEqualTo(200);
        assertThat(ALICE.post(mapped(GAMMA), body).status()).isEqualTo(403);
        assertThat(ALICE.post(mappings(GAMMA), Map.of("name", "Mine", "mapping", mapping)).status()).isEqualTo(403);
        assertThat(BOB.post(analyse(BETA), textFile(PUBLIC_REGISTER)).status()).isEqualTo(404);
        assertThat(BOB.get(mappings(BETA)).status()).isEqualTo(404);
        assertThat(ALICE.post(analyse(NO_SUCH_PROJECT), textFile(PUBLIC_REGISTER)).status()).isEqualTo(404);
        assertThat(ANONYMOUS.post(mapped(BETA), body).status()).isIn(401, 404);
    }

    @Test
    void changesWithoutTheXsrfTokenFromAFormOrAnotherSiteAreRefused() {
        PmoRestClient browser = ALICE.withoutXsrfToken();

        // A form's content type never reaches the import: JSON-only methods refuse it (415) if the XSRF check has not.
        assertThat(browser.send("POST", mapped(BETA), "text/plain", "{\"text\":\"title\\nx\\n\"}").status())
                .isIn(403, 415);
        assertThat(browser.withHeader("Origin", "https://evil.example").post(mapped(BETA), textFile("title\nx\n"))
                .status()).isEqualTo(403);
        assertThat(browser.withHeader("Origin", "https://evil.example")
                .post(mappings(BETA), Map.of("name", "x", "mapping", Map.of())).status()).isEqualTo(403);
    }

    @Test
    void aSavedMappingIsListedUsedByIdAndDeletedAtItsVersion() {
        JsonNode mapping = suggested(ALICE, BETA, textFile(PUBLIC_REGISTER)).path("mapping");
        String name = "Public register " + System.nanoTime();

        PmoRestClient.Reply saved = ALICE.post(mappings(BETA), Map.of("name", name, "mapping", mapping));
        assertThat(saved.status()).as("%s", saved).isEqualTo(201);
        long id = saved.json().path("id").asLong();
        assertThat(ALICE.post(mappings(BETA), Map.of("name", name.toUpperCase(), "mapping", mapping)).errorFields())
                .containsExactly("name");
        assertThat(ALICE.get(mappings(BETA)).json().findValuesAsText("name")).contains(name);
        assertThat(suggested(ALICE, BETA, textFile(PUBLIC_REGISTER)).path("savedMappings").findValuesAsText("name"))
                .contains(name);

        PmoRestClient.Reply dryRun = ALICE.post(mapped(BETA) + "?dryRun=true",
                with(textFile(PUBLIC_REGISTER), "mappingId", id));
        assertThat(dryRun.json().path("created").asInt()).isEqualTo(3);
        assertThat(ALICE.post(mapped(GAMMA) + "?dryRun=true", with(textFile(PUBLIC_REGISTER), "mappingId", id))
                .status()).as("another project's mapping").isEqualTo(404);

        PmoRestClient.Reply renamed = ALICE.put(mappings(BETA) + "/" + id,
                Map.of("name", name + " v2", "mapping", mapping, "version", 1));
        assertThat(renamed.status()).as("%s", renamed).isEqualTo(200);
        assertThat(ALICE.delete(mappings(BETA) + "/" + id + "?version=1").status()).isEqualTo(409);
        assertThat(ALICE.delete(mappings(BETA) + "/" + id + "?version=2").status()).isEqualTo(204);
        assertThat(ALICE.get(mappings(BETA)).json().findValuesAsText("name")).doesNotContain(name + " v2");
    }

    @Test
    void ourOwnFormatStillImportsThroughTheOriginalEndpoint() {
        PmoRestClient.Reply reply = ALICE.postCsv(risksOf(BETA) + "/import", "title,probability,impact\nKept,2,2\n");

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
    }
}
