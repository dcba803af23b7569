package com.pmosuite.workbench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PMO settings endpoint on the demo workbench, by caller: only a Jira administrator (admin) in a secure
 * administrator session gets in; pmo (a PMO admin, not a Jira administrator), alice (a project member), bob (no
 * role) are refused whether or not they confirmed their password; anonymous callers must log in. A changed PMO admin
 * group takes effect at once.
 */
class PmoAdminSettingsIT {
    private static final String SETTINGS = "/rest/pmo/1.0/admin/settings";
    private static final String WEB_SUDO = "/secure/admin/WebSudoAuthenticate.jspa";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAnonymousCallerMustLogIn() {
        HttpResponse<String> reply = new Browser(RunningWorkbench.baseUri()).get(SETTINGS);

        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(json(reply).path("message").asText()).contains("authenticated");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bob", "alice", "pmo"})
    void whoeverIsNoJiraAdministratorIsForbiddenWithoutWebSudo(String user) {
        HttpResponse<String> reply = new Browser(RunningWorkbench.baseUri())
                .get(SETTINGS, "Authorization", Browser.basic(user, user));

        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(json(reply).path("status").asInt()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bob", "alice", "pmo"})
    void whoeverIsNoJiraAdministratorIsForbiddenEvenInWebSudo(String user) {
        Browser browser = inWebSudo(user);

        assertThat(browser.get(SETTINGS).statusCode()).isEqualTo(403);
        assertThat(change(browser, "{\"pmoAdminGroup\":\"jira-software-users\",\"version\":0}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void anAdministratorWithBasicAuthHasNoSecureSessionAndIsToldHowToGetOne() {
        HttpResponse<String> reply = new Browser(RunningWorkbench.baseUri())
                .get(SETTINGS, "Authorization", Browser.basic("admin", "admin"));

        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(json(reply).path("message").asText()).contains("secure administrator session")
                .contains(WEB_SUDO);
    }

    @Test
    void anAdministratorMustConfirmTheirPasswordBeforeReadingTheSettings() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        assertThat(browser.logIn("admin", "admin").statusCode()).isEqualTo(302);

        assertThat(browser.get(SETTINGS).statusCode()).as("logged in, not yet in websudo").isEqualTo(401);
        assertThat(browser.postForm(WEB_SUDO, Map.of("webSudoPassword", "wrong")).statusCode()).isEqualTo(401);
        assertThat(browser.get(SETTINGS).statusCode()).as("a wrong password gives nothing").isEqualTo(401);
        assertThat(browser.postForm(WEB_SUDO, Map.of("webSudoPassword", "admin")).statusCode()).isEqualTo(200);

        HttpResponse<String> reply = browser.get(SETTINGS);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(json(reply).path("pmoAdminGroup").asText()).isEqualTo("pmo-admins");
        assertThat(json(reply).has("version")).isTrue();
    }

    @Test
    void theConfirmationPageSendsAPersonBackWhereTheyWereGoing() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        browser.logIn("admin", "admin");

        HttpResponse<String> reply = browser.postForm(WEB_SUDO,
                Map.of("webSudoPassword", "admin", "webSudoDestination", "/.//evil.example"));

        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("evil.example"));
    }

    @Test
    void aGroupThatDoesNotExistOrNoVersionIsRefusedWithA400() {
        Browser browser = inWebSudo("admin");

        HttpResponse<String> unknown = change(browser, "{\"pmoAdminGroup\":\"no-such-group\",\"version\":0}");
        HttpResponse<String> noVersion = change(browser, "{\"pmoAdminGroup\":\"pmo-admins\"}");
        HttpResponse<String> blank = change(browser, "{\"pmoAdminGroup\":\"\\u00a0\",\"version\":0}");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).path("errors").get(0).path("field").asText()).isEqualTo("pmoAdminGroup");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(json(noVersion).path("errors").get(0).path("field").asText()).isEqualTo("version");
        assertThat(blank.statusCode()).isEqualTo(400);
    }

    @Test
    void aChangedPmoAdminGroupTakesEffectAtOnceAndAStaleChangeGets409() {
        Browser admin = inWebSudo("admin");
        int version = json(admin.get(SETTINGS)).path("version").asInt();
        assertThat(pmoMayAdministerAlpha()).as("pmo is in pmo-admins, the default group").isTrue();
        try {
            HttpResponse<String> changed = change(admin,
                    "{\"pmoAdminGroup\":\"jira-administrators\",\"version\":" + version + "}");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(json(changed).path("version").asInt()).isEqualTo(version + 1);

            assertThat(pmoMayAdministerAlpha()).as("pmo-admins no longer counts").isFalse();

            HttpResponse<String> stale = change(admin,
                    "{\"pmoAdminGroup\":\"pmo-admins\",\"version\":" + version + "}");
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(json(stale).path("current").path("pmoAdminGroup").asText()).isEqualTo("jira-administrators");
            assertThat(json(stale).path("current").path("version").asInt()).isEqualTo(version + 1);
        } finally {
            // The workbench is shared by every test of this run: put the default back.
            int now = json(admin.get(SETTINGS)).path("version").asInt();
            assertThat(change(admin, "{\"pmoAdminGroup\":\"pmo-admins\",\"version\":" + now + "}").statusCode())
                    .isEqualTo(200);
        }
        assertThat(pmoMayAdministerAlpha()).isTrue();
    }

    /** pmo has no role in ALPHA: only being a PMO admin lets them past the access check (then an empty body: 400). */
    private static boolean pmoMayAdministerAlpha() {
        HttpResponse<String> reply = new Browser(RunningWorkbench.baseUri()).send("PUT",
                "/rest/pmo/1.0/projects/ALPHA/risk-settings", "application/json", "",
                "Authorization", Browser.basic("pmo", "pmo"), "X-Atlassian-Token", "no-check");
        assertThat(reply.statusCode()).as(reply.body()).isIn(400, 403);
        return reply.statusCode() == 400;
    }

    private static Browser inWebSudo(String user) {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        assertThat(browser.logIn(user, user).statusCode()).isEqualTo(302);
        assertThat(browser.postForm(WEB_SUDO, Map.of("webSudoPassword", user)).statusCode()).isEqualTo(200);
        return browser;
    }

    private static HttpResponse<String> change(Browser browser, String body) {
        return browser.send("PUT", SETTINGS, "application/json", body, "X-Atlassian-Token", "no-check");
    }

    private static JsonNode json(HttpResponse<String> reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(reply.body(), e);
        }
    }
}
