package com.pmosuite.workbench.complianceapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.workbench.tracker.TrackerScheme;
import com.pmosuite.workbench.wiring.WorkbenchComponents;
import com.pmosuite.workbench.wiring.WorkbenchOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.pmosuite.workbench.complianceapi.ComplianceBodies.ALPHA;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.BETA;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.DELTA;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.GAMMA;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.decision;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.everyOpenIssue;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.noIssue;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.portfolio;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.set;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.standard;
import static com.pmosuite.workbench.complianceapi.ComplianceBodies.waiver;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans, results and waivers end to end on a workbench of its own, whose clock the test moves: issues made through
 * the workbench's Jira, standards and a set made through the API, scans on demand and scheduled, results read back
 * by people who may see more or less of the projects.
 */
class ComplianceScansIT {
    private static final FixedClock CLOCK = FixedClock.atStart();

    private static WorkbenchComponents workbench;
    private static ComplianceClient pmo;
    private static ComplianceClient alice;
    private static ComplianceClient bob;
    private static ComplianceClient dave;
    private static long portfolioId;
    /** Weight 30: flags each of ALPHA's three open issues and GAMMA's two. */
    private static long everyOpen;
    /** Weight 10: passes everywhere. */
    private static long passing;
    private static String guardedName;
    private static String gammaSecured;

    @BeforeAll
    static void startWorkbenchWithFixture() throws IOException {
        Path data = Files.createTempDirectory("pmo-compliance-it");
        workbench = WorkbenchComponents.start(WorkbenchOptions.parse("--port", "0", "--data", data.toString()),
                CLOCK);
        pmo = ComplianceClient.as(workbench.server().baseUri(), "pmo");
        alice = ComplianceClient.as(workbench.server().baseUri(), "alice");
        bob = ComplianceClient.as(workbench.server().baseUri(), "bob");
        dave = ComplianceClient.as(workbench.server().baseUri(), "dave");
        ComplianceClient admin = ComplianceClient.as(workbench.server().baseUri(), "admin");

        // Issue facts are kept for the projects a portfolio tracks: this one tracks all four.
        portfolioId = pmo.post("portfolios", portfolio("Compliance fixture", ALPHA, BETA, GAMMA, DELTA))
                .expect(201).path("id").asLong();
        for (int i = 1; i <= 3; i++) {
            alice.createIssue("{\"project\": {\"key\": \"ALPHA\"}, \"issuetype\": {\"name\": \"Story\"},"
                    + " \"summary\": \"Story " + i + "\"}");
        }
        admin.createIssue("{\"project\": {\"key\": \"GAMMA\"}, \"issuetype\": {\"name\": \"Story\"},"
                + " \"summary\": \"Open to viewers\"}");
        gammaSecured = admin.createIssue("{\"project\": {\"key\": \"GAMMA\"}, \"issuetype\": {\"name\": \"Story\"},"
                + " \"summary\": \"Managers only\", \"security\": {\"id\": \"" + TrackerScheme.MANAGEMENT.id() + "\"}}");

        guardedName = "=HYPERLINK(\"http://evil.example\",\"Every open issue\")";
        everyOpen = pmo.post("compliance/standards", standard(guardedName, 30, everyOpenIssue()))
                .expect(201).path("id").asLong();
        passing = pmo.post("compliance/standards", standard("Nothing to flag", 10, noIssue()))
                .expect(201).path("id").asLong();
        pmo.post("compliance/sets", set("Fixture set", List.of(everyOpen, passing), List.of(ALPHA, GAMMA, DELTA)))
                .expect(201);
    }

    @AfterAll
    static void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }

    private static JsonNode violationOf(JsonNode result, long standardId) {
        for (JsonNode violation : result.path("violations")) {
            if (violation.path("standard").path("id").asLong() == standardId) {
                return violation;
            }
        }
        throw new AssertionError("no violation of standard " + standardId + " in " + result);
    }

    private static List<Long> passedIds(JsonNode result) {
        List<Long> ids = new ArrayList<>();
        result.path("passed").forEach(p -> ids.add(p.path("standard").path("id").asLong()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    @Test
    void aScanOnDemandAnswersAndRecordsTheProjectsScoreAndViolations() {
        JsonNode scanned = pmo.post("projects/ALPHA/compliance/scan", null).expect(200);

        JsonNode violation = violationOf(scanned, everyOpen);
        assertThat(violation.path("standard").path("name").asText()).isEqualTo(guardedName);
        assertThat(violation.path("standard").path("severity").asText()).isEqualTo("major");
        assertThat(violation.path("standard").path("weight").asInt()).isEqualTo(30);
        assertThat(violation.path("outcome").asText()).isEqualTo("failed");
        assertThat(violation.path("offenderKind").asText()).isEqualTo("issue");
        assertThat(violation.path("total").asLong()).isEqualTo(3);
        assertThat(texts(violation.path("issueKeys"))).hasSize(3).allMatch(key -> key.startsWith("ALPHA-"));
        assertThat(violation.path("waived").asBoolean()).isFalse();
        assertThat(passedIds(scanned)).contains(passing);
        // 10 of the 40 scored weight passed.
        assertThat(scanned.path("score").asText()).isEqualTo("25.0");
        assertThat(scanned.path("dryRun").asBoolean()).isFalse();

        JsonNode stored = pmo.get("projects/ALPHA/compliance").expect(200);
        assertThat(stored.path("runId").asLong()).isEqualTo(scanned.path("runId").asLong());
        assertThat(stored.path("score").asText()).isEqualTo("25.0");
        assertThat(stored.path("scannedAt").isNull()).isFalse();
        assertThat(violationOf(stored, everyOpen).path("total").asLong()).isEqualTo(3);
    }

    @Test
    void aProjectNeverScannedIsGreyWithoutAScore() {
        JsonNode never = pmo.get("projects/BETA/compliance").expect(200);

        assertThat(never.path("scannedAt").isNull()).isTrue();
        assertThat(never.path("score").isNull()).isTrue();
        assertThat(never.path("rag").asText()).isEqualTo("grey");
    }

    @Test
    void aDryRunShowsTheResultButLeavesTheRecordedOneUnchanged() {
        JsonNode recorded = pmo.post("projects/GAMMA/compliance/scan", null).expect(200);

        JsonNode dry = pmo.post("projects/GAMMA/compliance/scan?dryRun=true", null).expect(200);

        assertThat(dry.path("dryRun").asBoolean()).isTrue();
        assertThat(violationOf(dry, everyOpen).path("total").asLong()).isEqualTo(2);
        JsonNode after = pmo.get("projects/GAMMA/compliance").expect(200);
        assertThat(after.path("runId").asLong()).isEqualTo(recorded.path("runId").asLong());
        assertThat(after.path("scannedAt").asText()).isEqualTo(recorded.path("scannedAt").asText());
    }

    @Test
    void issueKeysTheReaderMayNotSeeAreLeftOutButCounted() {
        pmo.post("projects/GAMMA/compliance/scan", null).expect(200);

        JsonNode asAlice = violationOf(alice.get("projects/GAMMA/compliance").expect(200), everyOpen);
        JsonNode asPmo = violationOf(pmo.get("projects/GAMMA/compliance").expect(200), everyOpen);

        assertThat(asPmo.path("total").asLong()).isEqualTo(2);
        assertThat(texts(asPmo.path("issueKeys"))).contains(gammaSecured);
        assertThat(asAlice.path("total").asLong()).isEqualTo(2);
        assertThat(texts(asAlice.path("issueKeys"))).hasSize(1).doesNotContain(gammaSecured);
    }

    @Test
    void theRunHistoryRecordsAScanWithWhoStartedItAndWhatItFound() {
        JsonNode scanned = pmo.post("projects/ALPHA/compliance/scan", null).expect(200);

        JsonNode runs = pmo.get("compliance/runs?limit=5").expect(200);

        JsonNode newest = runs.get(0);
        assertThat(newest.path("id").asLong()).isEqualTo(scanned.path("runId").asLong());
        assertThat(newest.path("actorKey").asText()).isEqualTo("pmo");
        assertThat(newest.path("actorName").asText()).isEqualTo("Priya Mehta");
        assertThat(newest.path("projects").asInt()).isEqualTo(1);
        assertThat(newest.path("violations").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(newest.path("startedAt").isNull()).isFalse();
        assertThat(newest.path("failure").isNull()).isTrue();
    }

    @Test
    void aPortfolioResultShowsOnlyTheProjectsTheReaderMayBrowseAndCountsTheOthers() {
        JsonNode scanned = pmo.post("portfolios/" + portfolioId + "/compliance/scan", null).expect(200);
        assertThat(scanned.path("hiddenProjects").asInt()).isZero();

        JsonNode asAlice = alice.get("portfolios/" + portfolioId + "/compliance").expect(200);

        List<String> keys = new ArrayList<>();
        asAlice.path("projects").forEach(p -> keys.add(p.path("key").asText()));
        assertThat(keys).containsExactlyInAnyOrder("ALPHA", "BETA", "GAMMA");
        assertThat(asAlice.path("hiddenProjects").asInt()).isEqualTo(1);
        JsonNode alpha = asAlice.path("projects").get(keys.indexOf("ALPHA"));
        assertThat(alpha.path("cells").path(String.valueOf(everyOpen)).path("outcome").asText()).isEqualTo("failed");
        assertThat(alpha.path("cells").path(String.valueOf(everyOpen)).path("total").asLong()).isEqualTo(3);
        assertThat(asAlice.path("worstStandards").get(0).path("standard").path("id").asLong()).isEqualTo(everyOpen);
        String scores = alice.get("portfolios/" + portfolioId + "/compliance/scores.csv").body();
        assertThat(scores).startsWith("project,score,rag,").contains("\nALPHA,").doesNotContain("DELTA");
    }

    @Test
    void theCsvListsViolationsWithTheFormulaGuard() {
        pmo.post("projects/ALPHA/compliance/scan", null).expect(200);

        ComplianceClient.Reply csv = pmo.get("projects/ALPHA/compliance.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").contains("ALPHA-");
    }

    @Test
    void theCsvLeavesOutIssueKeysTheReaderMayNotSee() {
        pmo.post("projects/GAMMA/compliance/scan", null).expect(200);

        assertThat(pmo.get("projects/GAMMA/compliance.csv").body()).contains(gammaSecured);
        assertThat(alice.get("projects/GAMMA/compliance.csv").body()).doesNotContain(gammaSecured)
                .contains("GAMMA-");
    }

    @Test
    void aWaiverOfAProjectTheReaderMayNotBrowseIsNotFoundWhateverTheyAsk() {
        ComplianceClient carol = ComplianceClient.as(workbench.server().baseUri(), "carol");
        JsonNode requested = carol.post("projects/DELTA/compliance/waivers",
                waiver(everyOpen, List.of(), "Data warehouse freeze", CLOCK.today().plusDays(10).toString()))
                .expect(201);
        String path = "compliance/waivers/" + requested.path("id").asLong();

        assertThat(alice.get(path).status()).isEqualTo(404);
        assertThat(alice.get(path + "/history").status()).isEqualTo(404);
        assertThat(alice.post(path + "/approve", decision(1, null)).status()).isEqualTo(404);
        assertThat(alice.post(path + "/withdraw", decision(1, null)).status()).isEqualTo(404);
        assertThat(dave.post(path + "/approve", decision(1, null)).status()).isEqualTo(403);
        assertThat(pmo.get(path).expect(200).path("requestedByName").asText()).isEqualTo("Carol Chen");
    }

    @Test
    void onlyTheLeadAProjectAdministratorOrAPmoAdminScanAProjectOnDemand() {
        assertThat(dave.post("projects/ALPHA/compliance/scan", null).status()).isEqualTo(200);
        assertThat(alice.post("projects/ALPHA/compliance/scan", null).status()).isEqualTo(403);
        assertThat(bob.post("projects/ALPHA/compliance/scan", null).status()).isEqualTo(404);
        assertThat(alice.post("portfolios/" + portfolioId + "/compliance/scan", null).status()).isEqualTo(403);
    }

    @Test
    void anApprovedWaiverSuppressesTheViolationUntilItExpiresAndThenItReturns() {
        // GAMMA's lead asks to accept the whole standard there until tomorrow (the earliest expiry there is).
        String tomorrow = CLOCK.today().plusDays(1).toString();
        JsonNode requested = dave.post("projects/GAMMA/compliance/waivers",
                waiver(everyOpen, List.of(), "Migrating to the new tracker", tomorrow)).expect(201);
        assertThat(requested.path("status").asText()).isEqualTo("requested");
        assertThat(alice.post("projects/GAMMA/compliance/waivers",
                waiver(everyOpen, List.of(), "Not mine to ask", tomorrow)).status()).isEqualTo(403);
        long waiverId = requested.path("id").asLong();

        JsonNode approved = pmo.post("compliance/waivers/" + waiverId + "/approve",
                decision(requested.path("version").asInt(), "Until the migration")).expect(200);
        assertThat(approved.path("status").asText()).isEqualTo("approved");
        assertThat(approved.path("decidedBy").asText()).isEqualTo("pmo");

        JsonNode waived = violationOf(pmo.post("projects/GAMMA/compliance/scan", null).expect(200), everyOpen);
        assertThat(waived.path("outcome").asText()).isEqualTo("waived");
        assertThat(waived.path("waived").asBoolean()).isTrue();
        assertThat(texts(waived.path("waiverIds"))).containsExactly(String.valueOf(waiverId));

        // Tomorrow it still holds; the day after, the violation returns. The clock stays there: the waiver has
        // expired for the tests that follow too.
        CLOCK.advance(Duration.ofDays(1));
        assertThat(violationOf(pmo.post("projects/GAMMA/compliance/scan", null).expect(200), everyOpen)
                .path("outcome").asText()).isEqualTo("waived");
        CLOCK.advance(Duration.ofDays(1));
        JsonNode returned = violationOf(pmo.post("projects/GAMMA/compliance/scan", null).expect(200), everyOpen);
        assertThat(returned.path("outcome").asText()).isEqualTo("failed");
        assertThat(returned.path("waived").asBoolean()).isFalse();
        JsonNode listed = pmo.get("projects/GAMMA/compliance/waivers").expect(200);
        assertThat(listed.findValues("id").stream().map(JsonNode::asLong)).contains(waiverId);
        for (JsonNode w : listed) {
            if (w.path("id").asLong() == waiverId) {
                assertThat(w.path("active").asBoolean()).isFalse();
                assertThat(w.path("status").asText()).isEqualTo("approved");
            }
        }
    }

    @Test
    void aStaleDecisionIsAConflictWithTheCurrentWaiver() {
        JsonNode requested = dave.post("projects/ALPHA/compliance/waivers",
                waiver(everyOpen, List.of(), "Stale decision", CLOCK.today().plusDays(30).toString())).expect(201);
        long id = requested.path("id").asLong();
        pmo.post("compliance/waivers/" + id + "/reject", decision(requested.path("version").asInt(), "No"))
                .expect(200);

        ComplianceClient.Reply stale = pmo.post("compliance/waivers/" + id + "/approve",
                decision(requested.path("version").asInt(), "Yes after all"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("current").path("status").asText()).isEqualTo("rejected");
        assertThat(pmo.get("compliance/waivers?status=rejected").expect(200).findValues("id"))
                .extracting(JsonNode::asLong).contains(id);
        assertThat(pmo.get("compliance/waivers?status=requested,approved").expect(200).findValues("id"))
                .extracting(JsonNode::asLong).doesNotContain(id);
    }

    @Test
    void theRequesterMayWithdrawTheirRequest() {
        JsonNode requested = dave.post("projects/ALPHA/compliance/waivers",
                waiver(everyOpen, List.of(), "Withdrawn later", CLOCK.today().plusDays(30).toString())).expect(201);
        long id = requested.path("id").asLong();

        assertThat(alice.post("compliance/waivers/" + id + "/withdraw",
                decision(requested.path("version").asInt(), null)).status()).isEqualTo(403);
        JsonNode withdrawn = dave.post("compliance/waivers/" + id + "/withdraw",
                decision(requested.path("version").asInt(), null)).expect(200);

        assertThat(withdrawn.path("status").asText()).isEqualTo("withdrawn");
        assertThat(pmo.get("compliance/waivers/" + id + "/history").expect(200).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void scanAllNowRunsInTheBackgroundAndTheRunHistoryNamesTheAdminWhoStartedIt() throws InterruptedException {
        Instant asked = CLOCK.instant();
        long newestBefore = newestRunId();

        JsonNode queued = pmo.post("compliance/scan", null).expect(202);
        assertThat(queued.path("actorKey").asText()).isEqualTo("pmo");
        assertThat(queued.path("trigger").asText()).isEqualTo("manual");

        JsonNode run = null;
        // The scan runs on the scheduler's thread: poll for its run, up to a minute.
        for (int attempt = 0; attempt < 600 && run == null; attempt++) {
            JsonNode newest = pmo.get("compliance/runs?limit=1").expect(200).path(0);
            if (newest.path("id").asLong() > newestBefore && newest.path("id").asLong() >= queued.path("id").asLong()
                    && !newest.path("finishedAt").isNull()) {
                run = newest;
            } else {
                Thread.sleep(100);
            }
        }
        assertThat(run).as("a run after %s", asked).isNotNull();
        assertThat(run.path("id").asLong()).isEqualTo(queued.path("id").asLong());
        assertThat(run.path("actorKey").asText()).isEqualTo("pmo");
        assertThat(run.path("trigger").asText()).isEqualTo("manual");
        assertThat(run.path("status").asText()).isEqualTo("succeeded");
        // ALPHA, GAMMA and DELTA are in the set's scope.
        assertThat(run.path("projects").asInt()).isEqualTo(3);
        assertThat(run.path("failure").isNull()).isTrue();
    }

    private static long newestRunId() {
        JsonNode runs = pmo.get("compliance/runs?limit=1").expect(200);
        return runs.isEmpty() ? 0 : runs.get(0).path("id").asLong();
    }
}
