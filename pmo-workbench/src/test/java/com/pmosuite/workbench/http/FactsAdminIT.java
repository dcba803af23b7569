package com.pmosuite.workbench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.facts.IssueFacts;
import com.pmosuite.shared.ProjectLocks;
import com.pmosuite.workbench.support.RunningWorkbench;
import com.pmosuite.workbench.tracker.TrackerFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue facts' administration on the demo workbench: only a PMO admin in a secure administrator session reads
 * and saves the field mapping and starts a rebuild; the mapping shows what the workbench's Jira offers, refuses
 * fields that do not exist or do not fit, and refuses a stale save; a rebuild runs in the background to the end.
 */
class FactsAdminIT {
    private static final String MAPPING = "/rest/pmo/1.0/admin/field-mapping";
    private static final String HISTORY = "/rest/pmo/1.0/admin/field-mapping/history";
    private static final String REBUILD = "/rest/pmo/1.0/admin/facts/rebuild";
    private static final String PROGRESS = "/rest/pmo/1.0/admin/facts/progress";
    private static final String WEB_SUDO = "/secure/admin/WebSudoAuthenticate.jspa";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAnonymousCallerMustLogIn() {
        Browser anonymous = new Browser(RunningWorkbench.baseUri());

        for (String path : List.of(MAPPING, HISTORY, PROGRESS)) {
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(anonymous.send("POST", REBUILD, "application/json", "", "X-Atlassian-Token", "no-check")
                .statusCode()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bob", "alice", "pmo", "admin"})
    void withoutASecureSessionEveryoneIsToldToConfirmTheirPassword(String user) {
        HttpResponse<String> reply = new Browser(RunningWorkbench.baseUri())
                .get(MAPPING, "Authorization", Browser.basic(user, user));

        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(json(reply).path("message").asText()).contains("secure administrator session");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bob", "alice"})
    void whoeverIsNoPmoAdminIsForbiddenEvenInWebSudo(String user) {
        Browser browser = inWebSudo(user);

        for (String path : List.of(MAPPING, HISTORY, PROGRESS)) {
            assertThat(browser.get(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(save(browser, "{\"version\":0}").statusCode()).isEqualTo(403);
        assertThat(post(browser, REBUILD).statusCode()).isEqualTo(403);
    }

    @Test
    void aPmoAdminSeesWhatJiraOffersForEachRoleAndTheProposal() {
        JsonNode page = json(inWebSudo("pmo").get(MAPPING));

        assertThat(found(page)).contains(
                "storyPoints " + TrackerFields.STORY_POINTS + " jiraSoftware",
                "epicLink " + TrackerFields.EPIC_LINK + " jiraSoftware",
                "startDate " + TrackerFields.START_DATE + " fieldName",
                "actualCost " + TrackerFields.ACTUAL_COST + " fieldName");
        assertThat(page.path("proposed").path("storyPoints").asText()).isEqualTo(TrackerFields.STORY_POINTS);
        assertThat(page.path("proposed").path("actualCost").asText()).isEqualTo(TrackerFields.ACTUAL_COST);
        assertThat(page.path("proposed").path("issueTypeLevels").size()).isEqualTo(1);
        assertThat(page.path("proposed").path("issueTypeLevels").get(0).path("level").asInt()).isEqualTo(1);
        assertThat(page.path("fitting").path("storyPoints").findValuesAsText("fieldId"))
                .containsExactlyInAnyOrder(TrackerFields.STORY_POINTS, TrackerFields.ACTUAL_COST);
        assertThat(page.has("version")).isTrue();
    }

    @Test
    void withoutTheXsrfHeaderASaveOrRebuildIsRefused() {
        Browser pmo = inWebSudo("pmo");

        // A form's content type never reaches the resource: refused by the XSRF check or, first, as not JSON.
        assertThat(pmo.send("PUT", MAPPING, "text/plain", "{\"version\":0}").statusCode()).isIn(403, 415);
        assertThat(pmo.send("PUT", MAPPING, "application/json", "{\"version\":0}", "Origin", "https://evil.example")
                .statusCode()).isEqualTo(403);
        assertThat(pmo.send("POST", REBUILD, null, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aFieldThatDoesNotExistOrDoesNotFitItsRoleIsRefusedWithA400() {
        Browser pmo = inWebSudo("pmo");
        int version = json(pmo.get(MAPPING)).path("version").asInt();

        HttpResponse<String> unknown = save(pmo, body(Map.of("storyPoints", "\"customfield_99999\""), version));
        HttpResponse<String> dateAsPoints = save(pmo,
                body(Map.of("storyPoints", "\"" + TrackerFields.START_DATE + "\""), version));
        HttpResponse<String> numberAsEpicLink = save(pmo,
                body(Map.of("epicLink", "\"" + TrackerFields.ACTUAL_COST + "\""), version));
        HttpResponse<String> notAnId = save(pmo, body(Map.of("startDate", "\"summary\""), version));

        assertThat(errorFields(unknown)).containsExactly("storyPoints");
        assertThat(errorFields(dateAsPoints)).containsExactly("storyPoints");
        assertThat(json(dateAsPoints).path("errors").get(0).path("message").asText()).contains("number");
        assertThat(errorFields(numberAsEpicLink)).containsExactly("epicLink");
        assertThat(errorFields(notAnId)).containsExactly("startDate");
        assertThat(json(pmo.get(MAPPING)).path("version").asInt()).as("nothing saved").isEqualTo(version);
    }

    @Test
    void boundsAreCheckedBeforeAnythingIsSaved() {
        Browser pmo = inWebSudo("pmo");
        int version = json(pmo.get(MAPPING)).path("version").asInt();
        String tooManyTypes = IntStream.rangeClosed(1, 101)
                .mapToObj(i -> "{\"issueTypeId\":\"" + (10_000 + i) + "\",\"level\":2}")
                .collect(Collectors.joining(",", "[", "]"));

        assertThat(errorFields(save(pmo, body(Map.of("issueTypeLevels", tooManyTypes), version))))
                .containsExactly("issueTypeLevels");
        assertThat(errorFields(save(pmo, body(Map.of("issueTypeLevels",
                "[{\"issueTypeId\":\"10000\",\"level\":0}]"), version))))
                .containsExactly("issueTypeLevels[0].level");
        assertThat(errorFields(save(pmo, body(Map.of("issueTypeLevels",
                "[{\"issueTypeId\":\"10000\",\"level\":1},{\"issueTypeId\":\"Epic\",\"level\":1}]"), version))))
                .containsExactly("issueTypeLevels[1].issueTypeId");
        assertThat(errorFields(save(pmo, body(Map.of("storyPoints", "\"customfield_" + "9".repeat(40) + "\""),
                version)))).containsExactly("storyPoints");
        assertThat(errorFields(save(pmo, "{\"storyPoints\":null}"))).containsExactly("version");
        assertThat(save(pmo, "{\"version\":" + version + ",\"x\":\"" + "y".repeat(1_000_001) + "\"}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aSavedMappingIsUsedItsHistoryKeptAndAStaleSaveGets409() {
        Browser pmo = inWebSudo("pmo");
        JsonNode before = json(pmo.get(MAPPING));
        int version = before.path("version").asInt();
        try {
            HttpResponse<String> saved = save(pmo, body(Map.of(
                    "storyPoints", "\"" + TrackerFields.ACTUAL_COST + "\"",
                    "epicLink", "\"" + TrackerFields.EPIC_LINK + "\""), version));

            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(json(saved).path("version").asInt()).isEqualTo(version + 1);
            assertThat(json(saved).path("saved").asBoolean()).isTrue();
            assertThat(json(saved).path("notice").asText()).contains("rebuild");
            assertThat(RunningWorkbench.get().factsAdmin().fieldMappings().current().storyPointsFieldId())
                    .isEqualTo(TrackerFields.ACTUAL_COST);
            JsonNode history = json(pmo.get(HISTORY));
            assertThat(history.findValuesAsText("newValue")).contains(TrackerFields.ACTUAL_COST);
            assertThat(history.get(history.size() - 1).path("actorKey").asText()).isEqualTo("pmo");

            HttpResponse<String> stale = save(pmo, body(Map.of("storyPoints", "null"), version));
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(json(stale).path("current").path("storyPoints").asText()).isEqualTo(TrackerFields.ACTUAL_COST);
            assertThat(json(stale).path("current").path("version").asInt()).isEqualTo(version + 1);
        } finally {
            // The workbench is shared by every test of this run: map what the proposal maps again.
            JsonNode now = json(pmo.get(MAPPING));
            JsonNode proposed = now.path("proposed");
            String restore = "{\"storyPoints\":" + proposed.path("storyPoints") + ",\"epicLink\":"
                    + proposed.path("epicLink") + ",\"startDate\":" + proposed.path("startDate")
                    + ",\"actualCost\":" + proposed.path("actualCost") + ",\"issueTypeLevels\":"
                    + proposed.path("issueTypeLevels") + ",\"version\":" + now.path("version").asInt() + "}";
            assertThat(save(pmo, restore).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRebuildIsAcceptedRunsInTheBackgroundAndEndsWithEveryTrackedIssue() {
        Browser pmo = inWebSudo("pmo");

        HttpResponse<String> accepted = post(pmo, REBUILD);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(json(accepted).path("kind").asText()).isEqualTo("rebuild");
        JsonNode finished = awaitFinished(pmo, Instant.parse(json(accepted).path("started").asText()));
        assertThat(finished.path("started").asText()).isEqualTo(json(accepted).path("started").asText());
        assertThat(finished.path("kind").asText()).isEqualTo("rebuild");
        assertThat(finished.path("seen").asLong()).isPositive().isEqualTo(finished.path("total").asLong());
        assertThat(finished.path("facts").asLong()).isEqualTo(finished.path("seen").asLong());
        assertThat(finished.fieldNames()).toIterable().contains("lastIssueId", "written", "deleted", "finished",
                "message");
    }

    /** The request waits for the walk's lock as a job would (bounded), then answers 409. */
    @Test
    void aRebuildWhileAWalkRunsGets409() {
        Browser pmo = inWebSudo("pmo").patient(Duration.ofSeconds(ProjectLocks.WAIT_SECONDS + 30));

        HttpResponse<String> busy = RunningWorkbench.get().platform().locks()
                .withJobLock(IssueFacts.JOB, () -> post(pmo, REBUILD));

        assertThat(busy.statusCode()).as(busy.body()).isEqualTo(409);
    }

    private static JsonNode awaitFinished(Browser browser, Instant startedAt) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonNode progress = json(browser.get(PROGRESS));
            boolean ours = progress.path("started").isTextual()
                    && !Instant.parse(progress.path("started").asText()).isBefore(startedAt);
            if (ours && progress.path("state").asText().equals("finished")) {
                return progress;
            }
            assertThat(progress.path("state").asText()).as(progress.toString()).isNotEqualTo("failed");
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new AssertionError("The rebuild did not finish: " + browser.get(PROGRESS).body());
    }

    private static List<String> found(JsonNode page) {
        return java.util.stream.StreamSupport.stream(page.path("found").spliterator(), false)
                .map(f -> f.path("role").asText() + " " + f.path("fieldId").asText() + " " + f.path("how").asText())
                .toList();
    }

    private static String body(Map<String, String> fields, int version) {
        StringBuilder body = new StringBuilder("{");
        fields.forEach((name, value) -> body.append('"').append(name).append("\":").append(value).append(','));
        return body.append("\"version\":").append(version).append('}').toString();
    }

    private static List<String> errorFields(HttpResponse<String> reply) {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(400);
        return json(reply).path("errors").findValuesAsText("field");
    }

    private static Browser inWebSudo(String user) {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        assertThat(browser.logIn(user, user).statusCode()).isEqualTo(302);
        assertThat(browser.postForm(WEB_SUDO, Map.of("webSudoPassword", user)).statusCode()).isEqualTo(200);
        return browser;
    }

    private static HttpResponse<String> save(Browser browser, String body) {
        return browser.send("PUT", MAPPING, "application/json", body, "X-Atlassian-Token", "no-check");
    }

    private static HttpResponse<String> post(Browser browser, String path) {
        return browser.send("POST", path, "application/json", "", "X-Atlassian-Token", "no-check");
    }

    private static JsonNode json(HttpResponse<String> reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(reply.body(), e);
        }
    }
}
