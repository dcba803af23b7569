package com.pmosuite.workbench.rollup;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.tracker.TrackerScheme;
import com.pmosuite.workbench.wiring.WorkbenchComponents;
import com.pmosuite.workbench.wiring.WorkbenchOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollup API over HTTP against a workbench of its own, without the demo, on a clock fixed at 2026-06-10 06:00 UTC
 * (2026-06-10 18:00 for alice in Auckland: both read the same "today"). Its issues are created through the
 * workbench's Jira REST API, so their facts arrive by Jira's issue events, as inside Jira; every figure below is
 * computed by hand in the comments.
 *
 * <p>Portfolio "Rollup fixture": ALPHA (BAC 10,000.00 EUR, baseline 2026-06-01 to 2026-07-01, 50.00 per hour),
 * BETA (BAC 2,000.00 EUR, baseline 2026-01-01 to 2026-02-01, 100.00 per hour), GAMMA and DELTA (no plan). alice
 * may browse ALPHA, BETA and GAMMA (not DELTA) and cannot see GAMMA's Management level; bob may browse nothing.
 *
 * <p>ALPHA, never changed after set-up:
 * <pre>
 * E   Epic "=1+1 Fixture epic"                           To Do
 * S1  Story in E, 5 points, estimate 8h, logged 6h       Done          (remaining 8h - 6h = 2h)
 * S2  Story in E, 3 points, estimate 4h, logged 1h       In Progress   (remaining 3h)
 * T1  Sub-task of S2, estimate 2h, logged 2h             To Do         (remaining 0h)
 * S3  Story without epic, 2 points                        To Do
 * </pre>
 */
class RollupApiIT {
    private static final Instant NOW = Instant.parse("2026-06-10T06:00:00Z");
    private static final String EPIC_LINK = "customfield_10100";
    private static final String POINTS = "customfield_10106";

    private static WorkbenchComponents workbench;
    private static Http pmo;
    private static Http alice;
    private static Http bob;
    private static Http admin;
    private static Http anonymous;
    private static long portfolioId;
    private static String epic;
    private static String story1;
    private static String story2;
    private static String subTask;

    @BeforeAll
    static void startWorkbenchWithFixture() throws IOException {
        Path data = Files.createTempDirectory("pmo-rollup-it");
        workbench = WorkbenchComponents.start(WorkbenchOptions.parse("--port", "0", "--data", data.toString()),
                Clock.fixed(NOW, ZoneOffset.UTC));
        pmo = new Http(workbench.server().baseUri(), "pmo");
        alice = new Http(workbench.server().baseUri(), "alice");
        bob = new Http(workbench.server().baseUri(), "bob");
        admin = new Http(workbench.server().baseUri(), "admin");
        anonymous = new Http(workbench.server().baseUri(), null);

        Http.Reply created = pmo.post("rest/pmo/1.0/portfolios", """
                {"name": "Rollup fixture", "description": null, "ownerKey": "pmo", "colour": null,
                 "defaults": null, "programs": [],
                 "projects": [
                   {"projectId": 10000, "plan": {"budgetAtCompletion": "10000.00", "currency": "EUR",
                     "baselineStart": "2026-06-01", "baselineFinish": "2026-07-01", "costRatePerHour": "50.00",
                     "thresholds": null}},
                   {"projectId": 10001, "plan": {"budgetAtCompletion": "2000.00", "currency": "EUR",
                     "baselineStart": "2026-01-01", "baselineFinish": "2026-02-01", "costRatePerHour": "100.00",
                     "thresholds": null}},
                   {"projectId": 10002, "plan": null},
                   {"projectId": 10003, "plan": null}],
                 "categoryIds": []}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        portfolioId = created.json().get("id").asLong();

        epic = alice.createIssue("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Epic"}, "summary": "=1+1 Fixture epic"}""");
        story1 = alice.createIssue(story("ALPHA", "Story one", epic, 5, "8h"));
        story2 = alice.createIssue(story("ALPHA", "Story two", epic, 3, "4h"));
        subTask = alice.createIssue("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Sub-task"}, "summary": "Task of two",
                 "parent": {"key": "%s"}, "timetracking": {"originalEstimate": "2h"}}""".formatted(story2));
        alice.createIssue(story("ALPHA", "Story three", null, 2, null));
        alice.logWork(story1, "6h");
        alice.transition(story1, "31");
        alice.transition(story2, "21");
        alice.logWork(story2, "1h");
        alice.logWork(subTask, "2h");

        // GAMMA: one issue anyone browsing GAMMA sees, one at the Management level alice may not see.
        admin.createIssue("""
                {"project": {"key": "GAMMA"}, "issuetype": {"name": "Story"}, "summary": "Open to viewers"}""");
        admin.createIssue("""
                {"project": {"key": "GAMMA"}, "issuetype": {"name": "Story"}, "summary": "Managers only",
                 "security": {"id": "%d"}}""".formatted(TrackerScheme.MANAGEMENT.id()));
    }

    @AfterAll
    static void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }

    private static String story(String project, String summary, String epicKey, int points, String estimate) {
        return "{\"project\": {\"key\": \"" + project + "\"}, \"issuetype\": {\"name\": \"Story\"}, \"summary\": \""
                + summary + "\"" + (epicKey == null ? "" : ", \"" + EPIC_LINK + "\": \"" + epicKey + "\"")
                + ", \"" + POINTS + "\": " + points
                + (estimate == null ? "" : ", \"timetracking\": {\"originalEstimate\": \"" + estimate + "\"}") + "}";
    }

    private static JsonNode ok(Http.Reply reply) {
        assertThat(reply.status()).as(reply.request() + ": " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode child(JsonNode node, String key) {
        for (JsonNode child : node.get("children")) {
            if (child.get("key").asText().equals(key)) {
                return child;
            }
        }
        throw new AssertionError("no child " + key + " in " + node.get("children"));
    }

    private static List<String> childKeys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.get("children").forEach(c -> keys.add(c.get("key").asText()));
        return keys;
    }

    @Test
    void aProjectCountsEachIssueOnceWhateverItsLevel() {
        JsonNode alpha = ok(pmo.pmo("projects/ALPHA/rollup?depth=0"));

        // E, S3 and T1 to do; S2 in progress; S1 done.
        assertThat(alpha.get("counts").toString())
                .isEqualTo("{\"todo\":3,\"inProgress\":1,\"done\":1,\"total\":5}");
        assertThat(alpha.get("level").asText()).isEqualTo("project");
        assertThat(alpha.get("name").asText()).isEqualTo("Apollo Platform");
    }

    @Test
    void progressByCountPointsAndTime() {
        JsonNode progress = ok(pmo.pmo("projects/ALPHA/rollup?depth=0")).get("progress");

        // 1 done of 5 issues; 5 done points of 5 + 3 + 2 (stories only); 9h spent of 9h spent + 5h remaining.
        assertThat(progress.get("byCount").asText()).isEqualTo("0.2000");
        assertThat(progress.get("byPoints").asText()).isEqualTo("0.5000");
        assertThat(progress.get("byTime").asText()).isEqualTo("0.6429");
    }

    @Test
    void subTaskTimeIsNotCountedTwice() {
        JsonNode effort = ok(pmo.pmo("projects/ALPHA/rollup?depth=0")).get("effort");

        // Each issue's own figures once: 6h + 1h + 2h spent (S2's 1h excludes T1's 2h), 8h + 4h + 2h estimated.
        assertThat(effort.get("timeSpentSeconds").asLong()).isEqualTo(9 * 3600L);
        assertThat(effort.get("originalEstimateSeconds").asLong()).isEqualTo(14 * 3600L);
        assertThat(effort.get("remainingEstimateSeconds").asLong()).isEqualTo(5 * 3600L);
        assertThat(effort.get("points").asText()).isEqualTo("10.00");
        assertThat(effort.get("donePoints").asText()).isEqualTo("5.00");
    }

    @Test
    void earnedValueOfAProjectAsComputedByHand() {
        JsonNode evm = ok(pmo.pmo("projects/ALPHA/rollup?depth=0")).get("evm");

        // PV = 10,000 × 9 days elapsed (06-01 to 06-10) ÷ 30 planned = 3,000.00
        // EV = 10,000 × 5/10 points = 5,000.00;  AC = 9h × 50.00 = 450.00
        // SV = 5,000 − 3,000 = 2,000.00;  CV = 5,000 − 450 = 4,550.00
        // SPI = 5,000 / 3,000 = 1.6667;  CPI = 5,000 / 450 = 11.1111
        // EAC = BAC / CPI = 10,000 × 450 / 5,000 = 900.00;  ETC = 900 − 450 = 450.00;  VAC = 10,000 − 900 = 9,100.00
        // TCPI = (10,000 − 5,000) / (10,000 − 450) = 0.5236
        assertThat(evm.get("currency").asText()).isEqualTo("EUR");
        assertThat(evm.get("basis").asText()).isEqualTo("points");
        assertThat(evm.get("bac").asText()).isEqualTo("10000.00");
        assertThat(evm.get("pv").asText()).isEqualTo("3000.00");
        assertThat(evm.get("ev").asText()).isEqualTo("5000.00");
        assertThat(evm.get("ac").asText()).isEqualTo("450.00");
        assertThat(evm.get("sv").asText()).isEqualTo("2000.00");
        assertThat(evm.get("cv").asText()).isEqualTo("4550.00");
        assertThat(evm.get("spi").asText()).isEqualTo("1.6667");
        assertThat(evm.get("cpi").asText()).isEqualTo("11.1111");
        assertThat(evm.get("eac").asText()).isEqualTo("900.00");
        assertThat(evm.get("etc").asText()).isEqualTo("450.00");
        assertThat(evm.get("vac").asText()).isEqualTo("9100.00");
        assertThat(evm.get("tcpi").asText()).isEqualTo("0.5236");
    }

    @Test
    void aProjectRollsUpToItsEpicsAndTheIssuesWithoutOne() {
        JsonNode alpha = ok(pmo.pmo("projects/ALPHA/rollup"));

        assertThat(childKeys(alpha)).containsExactly(epic, "ALPHA/without-epic");
        JsonNode epicNode = child(alpha, epic);
        assertThat(epicNode.get("level").asText()).isEqualTo("epic");
        assertThat(epicNode.get("name").asText()).isEqualTo("=1+1 Fixture epic");
        // E, S1, S2, T1.
        assertThat(epicNode.get("counts").get("total").asLong()).isEqualTo(4);
        assertThat(epicNode.get("children")).isEmpty();
        assertThat(child(alpha, "ALPHA/without-epic").get("counts").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anEpicRollsUpItsStoriesAndTheirSubTasks() {
        JsonNode root = ok(alice.pmo("issues/" + epic + "/rollup?depth=2"));

        assertThat(root.get("key").asText()).isEqualTo(epic);
        assertThat(root.get("level").asText()).isEqualTo("epic");
        // E and T1 to do, S2 in progress, S1 done; 5 of 8 points; 9h of 14h.
        assertThat(root.get("counts").toString()).isEqualTo("{\"todo\":2,\"inProgress\":1,\"done\":1,\"total\":4}");
        assertThat(root.get("progress").get("byPoints").asText()).isEqualTo("0.6250");
        assertThat(root.get("progress").get("byTime").asText()).isEqualTo("0.6429");
        assertThat(childKeys(root)).containsExactly(story1, story2);
        JsonNode two = child(root, story2);
        assertThat(two.get("name").asText()).isEqualTo("Story two");
        assertThat(two.get("effort").get("timeSpentSeconds").asLong()).isEqualTo(3 * 3600L);
        assertThat(childKeys(two)).containsExactly(subTask);
        assertThat(child(two, subTask).get("level").asText()).isEqualTo("sub-task");
        // Earned value is kept per project and above.
        assertThat(root.get("evm").get("ev").isNull()).isTrue();
    }

    @Test
    void theDepthBoundsTheIssueLevels() {
        assertThat(ok(alice.pmo("issues/" + epic + "/rollup?depth=0")).get("children")).isEmpty();
        assertThat(childKeys(ok(alice.pmo("issues/" + epic + "/rollup")))).containsExactly(story1, story2);
        JsonNode portfolio = ok(pmo.pmo("portfolios/" + portfolioId + "/rollup"));
        assertThat(child(portfolio, "ALPHA").get("children")).isEmpty();
        JsonNode deeper = ok(pmo.pmo("portfolios/" + portfolioId + "/rollup?depth=1"));
        assertThat(childKeys(child(deeper, "ALPHA"))).containsExactly(epic, "ALPHA/without-epic");
    }

    @Test
    void aReaderSeesOnlyTheProjectsTheyMayBrowseAndIsToldHowManyAreHidden() {
        JsonNode forAlice = ok(alice.pmo("portfolios/" + portfolioId + "/rollup"));
        JsonNode forPmo = ok(pmo.pmo("portfolios/" + portfolioId + "/rollup"));

        assertThat(forAlice.get("hiddenProjects").asInt()).isEqualTo(1);
        assertThat(childKeys(forAlice)).containsExactly("ALPHA", "BETA", "GAMMA");
        assertThat(forPmo.get("hiddenProjects").asInt()).isZero();
        assertThat(childKeys(forPmo)).containsExactly("ALPHA", "BETA", "GAMMA", "DELTA");
        assertThat(forAlice.get("level").asText()).isEqualTo("portfolio");
        assertThat(forAlice.get("key").asText()).isEqualTo("portfolio-" + portfolioId);
    }

    @Test
    void issuesAtASecurityLevelCountOnlyForThoseWhoCanSeeIt() {
        JsonNode gammaForAlice = ok(alice.pmo("projects/GAMMA/rollup?depth=0"));
        JsonNode gammaForAdmin = ok(admin.pmo("projects/GAMMA/rollup?depth=0"));

        assertThat(gammaForAlice.get("counts").get("total").asLong()).isEqualTo(1);
        assertThat(gammaForAdmin.get("counts").get("total").asLong()).isEqualTo(2);
        assertThat(child(ok(alice.pmo("portfolios/" + portfolioId + "/rollup")), "GAMMA").get("counts")
                .get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anIssueEditedThroughJirasRestApiMovesTheRollup() {
        // BETA's own fixture: an epic with two 4-point stories, 4h estimated each.
        String betaEpic = alice.createIssue("""
                {"project": {"key": "BETA"}, "issuetype": {"name": "Epic"}, "summary": "Moving epic"}""");
        String first = alice.createIssue(story("BETA", "First", betaEpic, 4, "4h"));
        String second = alice.createIssue(story("BETA", "Second", betaEpic, 4, "4h"));
        JsonNode before = ok(alice.pmo("projects/BETA/rollup?depth=0"));
        // Nothing done, nothing logged: EV = 2,000 × 0/8 = 0.00, AC = 0h × 100 = 0.00; PV = BAC (baseline ended).
        assertThat(before.get("counts").get("done").asLong()).isZero();
        assertThat(before.get("evm").get("ev").asText()).isEqualTo("0.00");
        assertThat(before.get("evm").get("ac").asText()).isEqualTo("0.00");
        assertThat(before.get("evm").get("pv").asText()).isEqualTo("2000.00");

        alice.transition(first, "31");
        JsonNode done = ok(alice.pmo("projects/BETA/rollup?depth=0"));
        // 4 of 8 points done: EV = 2,000 × 0.5 = 1,000.00, SPI = 1,000 / 2,000 = 0.5000.
        assertThat(done.get("counts").get("done").asLong()).isEqualTo(1);
        assertThat(done.get("evm").get("ev").asText()).isEqualTo("1000.00");
        assertThat(done.get("evm").get("spi").asText()).isEqualTo("0.5000");

        alice.logWork(second, "90m");
        JsonNode logged = ok(alice.pmo("projects/BETA/rollup?depth=0"));
        // AC = 1.5h × 100.00 = 150.00; CPI = 1,000 / 150 = 6.6667.
        assertThat(logged.get("evm").get("ac").asText()).isEqualTo("150.00");
        assertThat(logged.get("evm").get("cpi").asText()).isEqualTo("6.6667");
        assertThat(ok(alice.pmo("issues/" + betaEpic + "/rollup")).get("effort").get("timeSpentSeconds").asLong())
                .isEqualTo(90 * 60L);
    }

    @Test
    void nobodyAnonymousIsAskedToLogIn() {
        assertThat(anonymous.pmo("portfolios/" + portfolioId + "/rollup").status()).isEqualTo(401);
        assertThat(anonymous.pmo("projects/ALPHA/rollup").status()).isEqualTo(401);
        assertThat(anonymous.pmo("issues/" + epic + "/rollup").status()).isEqualTo(401);
    }

    @Test
    void whatTheReaderMayNotSeeIsNotFound() {
        assertThat(bob.pmo("portfolios/" + portfolioId + "/rollup").status()).isEqualTo(404);
        assertThat(bob.pmo("portfolios/" + portfolioId + "/rollup.csv").status()).isEqualTo(404);
        assertThat(bob.pmo("projects/ALPHA/rollup").status()).isEqualTo(404);
        assertThat(bob.pmo("issues/" + epic + "/rollup").status()).isEqualTo(404);
        assertThat(alice.pmo("projects/DELTA/rollup").status()).isEqualTo(404);
        assertThat(alice.pmo("projects/NOSUCH/rollup").status()).isEqualTo(404);
        assertThat(alice.pmo("portfolios/999999/rollup").status()).isEqualTo(404);
        assertThat(alice.pmo("issues/ALPHA-99999/rollup").status()).isEqualTo(404);
    }

    @Test
    void anIssueAtALevelTheReaderCannotSeeIsNotFound() {
        String secured = admin.createIssue("""
                {"project": {"key": "GAMMA"}, "issuetype": {"name": "Epic"}, "summary": "Secret epic",
                 "security": {"id": "%d"}}""".formatted(TrackerScheme.MANAGEMENT.id()));

        assertThat(alice.pmo("issues/" + secured + "/rollup").status()).isEqualTo(404);
        assertThat(admin.pmo("issues/" + secured + "/rollup").status()).isEqualTo(200);
    }

    @Test
    void badIdsDepthsAndFormatsAreRefusedWithTheFieldsNamed() {
        assertThat(alice.pmo("portfolios/" + portfolioId + "/rollup?depth=4").errorFields()).containsExactly("depth");
        assertThat(alice.pmo("portfolios/" + portfolioId + "/rollup?depth=-1").status()).isEqualTo(400);
        assertThat(alice.pmo("portfolios/" + portfolioId + "/rollup?depth=x").status()).isEqualTo(400);
        assertThat(alice.pmo("portfolios/" + portfolioId + "/rollup?depth=%D9%A1").status()).isEqualTo(400);
        assertThat(alice.pmo("portfolios/abc/rollup?depth=9").errorFields()).containsExactlyInAnyOrder("id", "depth");
        assertThat(alice.pmo("portfolios/0/rollup").errorFields()).containsExactly("id");
        assertThat(alice.pmo("portfolios/12345678901234567890/rollup").errorFields()).containsExactly("id");
        assertThat(alice.pmo("portfolios/" + portfolioId + "/rollup?format=xml").errorFields())
                .containsExactly("format");
        assertThat(alice.pmo("projects/AL-PHA/rollup").errorFields()).containsExactly("projectKey");
        assertThat(alice.pmo("issues/not-a-key/rollup").errorFields()).containsExactly("issueKey");
        assertThat(alice.pmo("issues/" + epic + "/rollup?depth=7").errorFields()).containsExactly("depth");
        Http.Reply refused = alice.pmo("projects/ALPHA/rollup?depth=99");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/json");
    }

    @Test
    void theTreeAsCsvOneRowPerNodeWithItsPathAndTheFormulaGuard() {
        Http.Reply csv = pmo.pmo("portfolios/" + portfolioId + "/rollup.csv?depth=1");

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).startsWith("path,depth,level,key,name,todo,inProgress,done,total,");
        String root = "portfolio-" + portfolioId;
        assertThat(lines.get(1)).startsWith(root + ",0,portfolio," + root + ",Rollup fixture,");
        String alpha = lines.stream().filter(l -> l.startsWith(root + " / ALPHA,")).findFirst().orElseThrow();
        assertThat(alpha).startsWith(root + " / ALPHA,1,project,ALPHA,Apollo Platform,3,1,1,5,0.2000,0.5000,0.6429,"
                + "EUR,points,10000.00,3000.00,5000.00,450.00,");
        String epicRow = lines.stream().filter(l -> l.startsWith(root + " / ALPHA / " + epic + ","))
                .findFirst().orElseThrow();
        assertThat(epicRow).startsWith(root + " / ALPHA / " + epic + ",2,epic," + epic + ",'=1+1 Fixture epic,");
        assertThat(pmo.pmo("portfolios/" + portfolioId + "/rollup?format=csv&depth=1").body())
                .isEqualTo(csv.body());
    }
}
