package com.pmosuite.workbench.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.risk.reminder.ReviewReminders;
import com.pmosuite.shared.schedule.JobOutcome;
import com.pmosuite.workbench.wiring.WorkbenchComponents;
import com.pmosuite.workbench.wiring.WorkbenchOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review reminders end to end on a workbench of its own (its clock is the test's): a risk overdue for review, the
 * job run, the owner's mail in the outbox, and the run history, over real HTTP and a real database.
 */
class ReviewRemindersIT {
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T09:30:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final MovableClock clock = new MovableClock(MONDAY_MORNING);
    private Path data;
    private WorkbenchComponents workbench;

    @BeforeEach
    void startWorkbench() throws IOException {
        data = Files.createTempDirectory("pmo-reminders-it");
        workbench = start();
    }

    @AfterEach
    void stopWorkbench() {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    void theOwnerOfAnOverdueRiskGetsExactlyOneMailListingItWithItsLink() throws Exception {
        long id = createRisk("ALPHA", "Servers arrive late", "alice", "2026-02-20");

        JobOutcome outcome = runReminders();

        assertThat(outcome.result()).isEqualTo(JobOutcome.Result.SUCCEEDED);
        List<JsonNode> mails = mailsTo("alice@example.com");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).path("subject").asText()).isEqualTo("1 risk is overdue for review");
        assertThat(mails.get(0).path("body").asText())
                .contains("ALPHA: Servers arrive late (review was due 2026-02-20)")
                .contains(workbench.server().baseUri() + "plugins/servlet/pmo/risk-register/ALPHA?risk=" + id);
    }

    @Test
    void runningAgainTheSameDaySendsNoSecondMail() throws Exception {
        createRisk("ALPHA", "Servers arrive late", "alice", "2026-02-20");
        runReminders();
        // 10:30 UTC is 23:30 in alice's Auckland: still the same day for her.
        clock.advance(Duration.ofHours(1));

        runReminders();

        assertThat(mailsTo("alice@example.com")).hasSize(1);
        JsonNode runs = getJson("/secure/pmo/jobs.json").path("runs");
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).path("jobId").asText()).isEqualTo(ReviewReminders.JOB_ID);
        assertThat(runs.get(0).path("node").asText()).isEqualTo("workbench");
        assertThat(runs.get(0).path("result").asText()).isEqualTo("SUCCEEDED");
        assertThat(runs.get(0).path("message").asText()).startsWith("0 reminder(s) sent, 1 already sent today");
        assertThat(runs.get(1).path("message").asText()).startsWith("1 reminder(s) sent");
    }

    @Test
    void aRestartTheSameDaySendsNoSecondMailButTheNextDayDoes() throws Exception {
        createRisk("ALPHA", "Servers arrive late", "alice", "2026-02-20");
        runReminders();
        workbench.close();

        workbench = start();
        runReminders();
        assertThat(mailsTo("alice@example.com")).isEmpty();

        clock.advance(Duration.ofDays(1));
        runReminders();
        assertThat(mailsTo("alice@example.com")).hasSize(1);
    }

    @Test
    void aReviewDueTodayOrAClosedRiskSendsNothing() throws Exception {
        createRisk("ALPHA", "Due today", "alice", "2026-03-02");

        runReminders();

        assertThat(mailsTo("alice@example.com")).isEmpty();
    }

    @Test
    void anOwnerIsRemindedOnceHerOwnDayHasPassedTheReviewDateThoughTheServersHasNot() throws Exception {
        createRisk("ALPHA", "Due on alice's Monday", "alice", "2026-03-02");
        createRisk("ALPHA", "Due on bob's Monday", "bob", "2026-03-02");
        // 11:30 UTC on Monday is 00:30 on Tuesday in Auckland (NZDT, UTC+13), where the workbench puts alice.
        clock.advance(Duration.ofHours(2));

        runReminders();

        List<JsonNode> mails = mailsTo("alice@example.com");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).path("body").asText()).contains("As of 2026-03-03,", "Due on alice's Monday");
        assertThat(mailsTo("bob@example.com")).isEmpty();
    }

    @Test
    void onlyPmoAdminsCanReadTheOutboxAndTheRunHistory() throws Exception {
        createRisk("ALPHA", "Servers arrive late", "alice", "2026-02-20");
        runReminders();

        for (String path : List.of("/secure/pmo/outbox", "/secure/pmo/outbox.json", "/secure/pmo/jobs",
                "/secure/pmo/jobs.json")) {
            assertThat(get("alice", path).statusCode()).as("alice GET %s", path).isEqualTo(403);
            assertThat(get("bob", path).statusCode()).as("bob GET %s", path).isEqualTo(403);
            assertThat(inWebSudo("pmo").get(path).statusCode()).as("pmo GET %s", path).isEqualTo(200);
            assertThat(inWebSudo("admin").get(path).statusCode()).as("admin GET %s", path).isEqualTo(200);
            assertThat(get(null, path).statusCode()).as("anonymous GET %s", path).isIn(302, 401);
        }
        assertThat(get("bob", "/secure/pmo/outbox.json").body()).doesNotContain("Servers arrive late");
    }

    @Test
    void aPmoAdminWithoutASecureSessionIsSentToConfirmTheirPassword() throws Exception {
        createRisk("ALPHA", "Servers arrive late", "alice", "2026-02-20");
        runReminders();
        Session pmo = loggedIn("pmo");

        for (String page : List.of("/secure/pmo/outbox", "/secure/pmo/jobs")) {
            HttpResponse<String> reply = pmo.get(page);
            assertThat(reply.statusCode()).as("GET %s", page).isEqualTo(302);
            assertThat(reply.headers().firstValue("Location")).hasValue(
                    "/secure/admin/WebSudoAuthenticate.jspa?webSudoDestination=%2Fsecure%2Fpmo%2F" + page.substring(12));
        }
        for (String json : List.of("/secure/pmo/outbox.json", "/secure/pmo/jobs.json")) {
            HttpResponse<String> reply = pmo.get(json);
            assertThat(reply.statusCode()).as("GET %s", json).isEqualTo(401);
            assertThat(reply.body()).doesNotContain("Servers arrive late");
            JsonNode error = JSON.readTree(reply.body());
            assertThat(error.path("status").asInt()).isEqualTo(401);
            assertThat(error.path("message").asText()).contains("/secure/admin/WebSudoAuthenticate.jspa");
        }
        // A Basic header carries no session, so it never has websudo either.
        assertThat(get("pmo", "/secure/pmo/outbox.json").statusCode()).isEqualTo(401);
    }

    @Test
    void aPmoAdminWhoConfirmedTheirPasswordReadsTheOutbox() throws Exception {
        createRisk("ALPHA", "Servers arrive late", "alice", "2026-02-20");
        runReminders();
        Session pmo = loggedIn("pmo");

        HttpResponse<String> confirmed = pmo.post("/secure/admin/WebSudoAuthenticate.jspa",
                "webSudoPassword=pmo&webSudoDestination=%2Fsecure%2Fpmo%2Foutbox");
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/secure/pmo/outbox");

        HttpResponse<String> page = pmo.get("/secure/pmo/outbox");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Servers arrive late", "alice@example.com");
    }

    @Test
    void theOutboxPageEscapesWhatUsersTyped() throws Exception {
        createRisk("ALPHA", "<script>alert(1)</script> & <b>bold</b>", "alice", "2026-02-20");
        runReminders();

        String page = inWebSudo("pmo").get("/secure/pmo/outbox").body();

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script>alert(1)").doesNotContain("<b>bold</b>")
                .contains("alice@example.com");
    }

    private WorkbenchComponents start() {
        return WorkbenchComponents.start(WorkbenchOptions.parse("--port", "0", "--data", data.toString()), clock);
    }

    private JobOutcome runReminders() {
        return workbench.timer().runNow(ReviewReminders.JOB_ID);
    }

    private long createRisk(String project, String title, String owner, String nextReviewDate) throws Exception {
        String body = JSON.writeValueAsString(Map.of("title", title, "kind", "threat", "probability", 3,
                "impact", 3, "ownerKey", owner, "nextReviewDate", nextReviewDate));
        HttpResponse<String> created = send("admin", HttpRequest.newBuilder(uri("/rest/pmo/1.0/projects/" + project
                        + "/risks"))
                .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("id").asLong();
    }

    private List<JsonNode> mailsTo(String address) throws Exception {
        List<JsonNode> mails = new ArrayList<>();
        getJson("/secure/pmo/outbox.json").path("mails").forEach(mail -> {
            if (address.equals(mail.path("to").asText())) {
                mails.add(mail);
            }
        });
        return mails;
    }

    /** A PMO admin page's JSON, read as Jira's admin pages are: by an administrator in websudo. */
    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = inWebSudo("admin").get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A browser session logged in through the form, as a person would; the password is the user name. */
    private Session loggedIn(String user) throws Exception {
        Session session = new Session(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
        HttpResponse<String> login = session.post("/login.jsp", "os_username=" + user + "&os_password=" + user
                + "&os_destination=%2F");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        return session;
    }

    /** A logged-in session whose user has also confirmed their password (websudo). */
    private Session inWebSudo(String user) throws Exception {
        Session session = loggedIn(user);
        HttpResponse<String> confirmed = session.post("/secure/admin/WebSudoAuthenticate.jspa",
                "webSudoPassword=" + user);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        return session;
    }

    private final class Session {
        private final HttpClient client;

        Session(HttpClient client) {
            this.client = client;
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private URI uri(String path) {
        return workbench.server().baseUri().resolve(path.substring(1));
    }

    /** A clock the test moves on, shared by the workbench's jobs, so "the next day" needs no waiting. */
    private static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration step) {
            now.updateAndGet(instant -> instant.plus(step));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
