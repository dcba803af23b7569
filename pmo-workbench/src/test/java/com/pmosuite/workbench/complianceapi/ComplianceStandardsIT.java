package com.pmosuite.workbench.complianceapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.pmosuite.workbench.complianceapi.ComplianceBodies.ALPHA;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.everyOpenIssue;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.set;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.standard;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.uniqueName;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Standards, sets, preview, import and export and the compliance settings over HTTP on the shared demo workbench, as
 * the PMO admin: what is saved reads back, stale versions are conflicts carrying the current record, and every bad
 * input is a 400 naming its field. Each test makes its own standards.
 */
class ComplianceStandardsIT {
    private static final ComplianceClient PMO = ComplianceClient.as(RunningWorkbench.baseUri(), "pmo");

    private static JsonNode created(Map<String, Object> body) {
        return PMO.post("compliance/standards", body).expect(201);
    }

    private static void assertRefused(ComplianceClient.Reply reply, String... fields) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).as("%s", reply).containsExactly(fields);
    }

    @Test
    void aStandardIsCreatedReadChangedAndDeleted() {
        String name = uniqueName("Epics have dates");
        ComplianceClient.Reply create = PMO.post("compliance/standards", standard(name, 20, everyOpenIssue()));
        JsonNode standard = create.expect(201);
        long id = standard.path("id").asLong();
        assertThat(standard.path("version").asInt()).isEqualTo(1);
        assertThat(standard.path("updatedBy").asText()).isEqualTo("pmo");
        assertThat(standard.path("check").path("type").asText()).isEqualTo("condition");

        assertThat(PMO.get("compliance/standards/" + id).expect(200).path("name").asText()).isEqualTo(name);
        assertThat(PMO.get("compliance/standards").expect(200).findValuesAsText("name")).contains(name);

        ObjectNode changed = ((ObjectNode) standard.deepCopy()).put("weight", 40);
        JsonNode saved = PMO.put("compliance/standards/" + id, changed).expect(200);
        assertThat(saved.path("weight").asInt()).isEqualTo(40);
        assertThat(saved.path("version").asInt()).isEqualTo(2);
        assertThat(PMO.get("compliance/standards/" + id + "/history").expect(200).size()).isGreaterThanOrEqualTo(2);

        PMO.delete("compliance/standards/" + id + "?version=2").expect(204);
        assertThat(PMO.get("compliance/standards/" + id).status()).isEqualTo(404);
    }

    @Test
    void aStaleChangeIsAConflictCarryingTheCurrentStandard() {
        JsonNode standard = created(standard(uniqueName("Stale"), 5, everyOpenIssue()));
        long id = standard.path("id").asLong();
        PMO.put("compliance/standards/" + id, ((ObjectNode) standard.deepCopy()).put("weight", 6)).expect(200);

        ComplianceClient.Reply stale = PMO.put("compliance/standards/" + id,
                ((ObjectNode) standard.deepCopy()).put("weight", 7));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("current").path("weight").asInt()).isEqualTo(6);
        assertThat(stale.json().path("current").path("version").asInt()).isEqualTo(2);
        assertThat(PMO.delete("compliance/standards/" + id + "?version=1").status()).isEqualTo(409);
    }

    @Test
    void badStandardsAreRefusedNamingEachField() {
        Map<String, Object> body = standard(uniqueName("Bad"), 10, everyOpenIssue());

        assertRefused(PMO.post("compliance/standards", with(body, "name", "n".repeat(256))), "name");
        assertRefused(PMO.post("compliance/standards", with(body, "weight", 0)), "weight");
        assertRefused(PMO.post("compliance/standards", with(body, "weight", "heavy")), "weight");
        assertRefused(PMO.post("compliance/standards", with(body, "severity", "URGENT")), "severity");
        ComplianceClient.Reply unknownCheck = PMO.post("compliance/standards", with(body, "check",
                Map.of("type", "astrology")));
        assertThat(unknownCheck.status()).isEqualTo(400);
        assertThat(unknownCheck.errorFields()).isNotEmpty().allMatch(field -> field.startsWith("check"));
        assertRefused(PMO.post("compliance/standards", with(body, "check", Map.of("type", "no-overdue",
                "graceDays", "soon"))), "check.graceDays");
        assertRefused(PMO.post("compliance/standards", "not json"), "body");
        assertRefused(PMO.post("compliance/standards", "{\"name\": \"" + "x".repeat(1_000_001) + "\"}"), "body");
    }

    @Test
    void idsThatAreNotNumbersAreRefusedAndUnknownOnesAreNotFound() {
        assertRefused(PMO.get("compliance/standards/abc"), "id");
        assertRefused(PMO.get("compliance/standards/" + "9".repeat(30)), "id");
        assertThat(PMO.get("compliance/standards/987654321").status()).isEqualTo(404);
        assertRefused(PMO.delete("compliance/standards/987654321?version=x"), "version");
        assertRefused(PMO.get("compliance/runs?limit=many"), "limit");
        assertRefused(PMO.get("compliance/waivers?status=MAYBE"), "status");
    }

    @Test
    void aSetIsCreatedWithItsScopeChangedAndConflictsWhenStale() {
        long standardId = created(standard(uniqueName("In a set"), 10, everyOpenIssue())).path("id").asLong();
        JsonNode created = PMO.post("compliance/sets", set(uniqueName("Set"), List.of(standardId), List.of(ALPHA)))
                .expect(201);
        long id = created.path("id").asLong();
        assertThat(created.path("scope").path("projectIds").get(0).asLong()).isEqualTo(ALPHA);
        assertThat(created.path("standardIds").get(0).asLong()).isEqualTo(standardId);

        JsonNode renamed = PMO.put("compliance/sets/" + id, ((ObjectNode) created.deepCopy()).put("name", "Renamed "
                + id)).expect(200);
        assertThat(renamed.path("version").asInt()).isEqualTo(2);
        ComplianceClient.Reply stale = PMO.put("compliance/sets/" + id, created);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("current").path("name").asText()).isEqualTo("Renamed " + id);

        assertThat(PMO.get("compliance/sets/" + id + "/history").expect(200).size()).isGreaterThanOrEqualTo(2);
        PMO.delete("compliance/sets/" + id).expect(204);
        assertThat(PMO.get("compliance/sets/" + id).status()).isEqualTo(404);
    }

    @Test
    void aSetNamingAnUnknownStandardIsRefusedAtThatEntry() {
        assertRefused(PMO.post("compliance/sets", set(uniqueName("Dangling"), List.of(987654321L), List.of(ALPHA))),
                "standardIds[0]");
    }

    @Test
    void aPreviewEvaluatesACheckOnOneProjectAndStoresNothing() {
        int runsBefore = PMO.get("compliance/runs?limit=500").expect(200).size();

        JsonNode preview = PMO.post("compliance/preview", Map.of("check", everyOpenIssue(), "projectKey", "ALPHA"))
                .expect(200);

        assertThat(preview.path("projectKey").asText()).isEqualTo("ALPHA");
        // The demo's ALPHA has open issues, and the check flags every one.
        assertThat(preview.path("outcome").asText()).isEqualTo("failed");
        assertThat(preview.path("total").asLong()).isPositive()
                .isGreaterThanOrEqualTo(preview.path("issueKeys").size());
        assertThat(preview.path("issueKeys").get(0).asText()).startsWith("ALPHA-");
        assertThat(PMO.get("compliance/runs?limit=500").expect(200).size()).isEqualTo(runsBefore);
        assertRefused(PMO.post("compliance/preview", Map.of("check", everyOpenIssue(), "projectKey", "NOPE")),
                "projectKey");
    }

    @Test
    void anExportImportsAsUnchangedAndAChangedDocumentShowsItsPlanBeforeApplying() {
        String name = uniqueName("Exported");
        created(standard(name, 10, everyOpenIssue()));
        JsonNode document = PMO.get("compliance/export").expect(200);

        JsonNode plan = PMO.post("compliance/import?dryRun=true", document).expect(200);
        assertThat(plan.path("fingerprint").asText()).isNotBlank();
        assertThat(plan.path("created").size()).isZero();

        JsonNode applied = PMO.post("compliance/import",
                Map.of("document", document, "fingerprint", plan.path("fingerprint").asText())).expect(200);
        assertThat(applied.path("created").size()).isZero();

        // The standards changed since the plan was made: applying it would not do what it showed.
        JsonNode stalePlan = PMO.post("compliance/import?dryRun=true", document).expect(200);
        created(standard(uniqueName("Meanwhile"), 10, everyOpenIssue()));
        assertThat(PMO.post("compliance/import",
                Map.of("document", document, "fingerprint", stalePlan.path("fingerprint").asText())).status())
                .isEqualTo(409);
    }

    @Test
    void settingsAreReadAndChangedWithTheirVersionAndCheckedForRange() {
        JsonNode settings = PMO.get("compliance/settings").expect(200);
        assertThat(settings.path("scanIntervalMinutes").asInt()).isPositive();

        int otherCap = settings.path("offenderCap").asInt() == 50 ? 49 : 50;
        JsonNode saved = PMO.put("compliance/settings", ((ObjectNode) settings.deepCopy()).put("offenderCap", otherCap))
                .expect(200);
        assertThat(saved.path("version").asInt()).isEqualTo(settings.path("version").asInt() + 1);
        assertThat(saved.path("offenderCap").asInt()).isEqualTo(otherCap);

        ComplianceClient.Reply stale = PMO.put("compliance/settings", settings);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("current").path("version").asInt()).isEqualTo(saved.path("version").asInt());
        assertRefused(PMO.put("compliance/settings", ((ObjectNode) saved.deepCopy()).put("scanIntervalMinutes", 0)),
                "scanIntervalMinutes");
        assertRefused(PMO.put("compliance/settings", ((ObjectNode) saved.deepCopy()).put("offenderCap", "lots")),
                "offenderCap");
    }
}
