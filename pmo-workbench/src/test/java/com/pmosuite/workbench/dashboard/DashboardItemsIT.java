package com.pmosuite.workbench.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's preferences endpoint over HTTP on the shared demo workbench: who may call it, Jira's XSRF rule,
 * the bounds of a body, and that a user reaches only their own items. carol and dave are the users here; no other
 * test touches their dashboards.
 */
class DashboardItemsIT {
    private static final String ITEMS = "/rest/dashboards/1.0/items";
    private static URI base;
    private static DashboardApi carol;
    private static DashboardApi dave;

    @BeforeAll
    static void start() {
        base = RunningWorkbench.baseUri();
        carol = DashboardApi.as(base, "carol");
        dave = DashboardApi.as(base, "dave");
    }

    @BeforeEach
    void emptyDashboards() {
        carol.empty();
        dave.empty();
    }

    private static String prefsOf(long id) {
        return ITEMS + "/" + id + "/prefs";
    }

    @Test
    void anonymousCallersAreAskedToLogIn() {
        long id = carol.add(DashboardApi.HEAT_MAP);
        DashboardApi anonymous = DashboardApi.anonymous(base);

        assertThat(anonymous.send("GET", ITEMS, null, null).statusCode()).isEqualTo(401);
        assertThat(anonymous.sendJson("POST", ITEMS, "{\"moduleKey\":\"" + DashboardApi.HEAT_MAP + "\"}").statusCode())
                .isEqualTo(401);
        assertThat(anonymous.sendJson("PUT", prefsOf(id), "{\"project\":\"ALPHA\"}").statusCode()).isEqualTo(401);
        assertThat(carol.items().get(0).path("preferences").size()).isZero();
    }

    @Test
    void anonymousVisitorsOfTheDashboardPageAreSentToTheLoginPage() {
        HttpResponse<String> page = DashboardApi.anonymous(base).send("GET", "/secure/Dashboard.jspa", null, null);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("/login.jsp?os_destination=%2Fsecure%2FDashboard.jspa"));
    }

    @Test
    void savedPreferencesAreWhatTheNextListShows() {
        long id = carol.add(DashboardApi.HEAT_MAP);

        HttpResponse<String> saved = carol.sendJson("PUT", prefsOf(id),
                "{\"scope\":\"project\",\"project\":\"ALPHA\",\"assessment\":\"residual\"}");

        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode item = carol.items().get(0);
        assertThat(item.path("moduleKey").asText()).isEqualTo(DashboardApi.HEAT_MAP);
        assertThat(item.path("preferences").path("project").asText()).isEqualTo("ALPHA");
        assertThat(item.path("preferences").path("assessment").asText()).isEqualTo("residual");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded"})
    void aWriteAFormCouldSendNeedsTheXsrfHeader(String contentType) {
        long id = carol.add(DashboardApi.HEAT_MAP);

        HttpResponse<String> refused = carol.send("PUT", prefsOf(id), contentType, "{\"project\":\"ALPHA\"}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(DashboardApi.read(refused.body()).path("message").asText()).isEqualTo("XSRF check failed");
        assertThat(carol.items().get(0).path("preferences").size()).isZero();
    }

    @Test
    void aJsonWriteFromAnotherSiteIsRefused() {
        long id = carol.add(DashboardApi.HEAT_MAP);

        HttpResponse<String> refused = carol.send("PUT", prefsOf(id), "application/json", "{\"project\":\"ALPHA\"}",
                "Origin", "https://evil.example");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(carol.send("DELETE", ITEMS + "/" + id, null, null).statusCode())
                .as("a DELETE without the header").isEqualTo(403);
        assertThat(carol.items()).hasSize(1);
    }

    @Test
    void nobodyChangesOrRemovesAnotherUsersItem() {
        long id = carol.add(DashboardApi.HEAT_MAP);
        carol.savePreferences(id, Map.of("project", "ALPHA"));

        assertThat(dave.sendJson("PUT", prefsOf(id), "{\"project\":\"DELTA\"}").statusCode()).isEqualTo(404);
        assertThat(dave.sendJson("DELETE", ITEMS + "/" + id, null).statusCode()).isEqualTo(404);
        assertThat(dave.items()).isEmpty();
        assertThat(carol.items().get(0).path("preferences").path("project").asText()).isEqualTo("ALPHA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"project\":", "[\"ALPHA\"]", "\"ALPHA\"", "{\"project\":{\"key\":\"ALPHA\"}}",
        "{\"project\":1}", "{\"bad name\":\"x\"}", "{\"project\":\"A\\u0000B\"}"})
    void preferencesThatAreNotAFlatObjectOfStringsAreRefusedWithA400(String body) {
        long id = carol.add(DashboardApi.HEAT_MAP);
        carol.savePreferences(id, Map.of("project", "ALPHA"));

        HttpResponse<String> refused = carol.sendJson("PUT", prefsOf(id), body);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = DashboardApi.read(refused.body());
        assertThat(error.path("status").asInt()).isEqualTo(400);
        assertThat(error.path("message").asText()).isNotBlank();
        assertThat(carol.items().get(0).path("preferences").path("project").asText())
                .as("the saved preferences are untouched").isEqualTo("ALPHA");
    }

    @Test
    void aRefusedPreferenceIsNamedInTheErrors() {
        long id = carol.add(DashboardApi.HEAT_MAP);

        JsonNode error = DashboardApi.read(carol.sendJson("PUT", prefsOf(id),
                "{\"project\":\"" + "X".repeat(DashboardPreferences.MAX_VALUE_CHARS + 1) + "\"}").body());

        assertThat(error.path("errors").get(0).path("field").asText()).isEqualTo("project");
        assertThat(error.path("errors").get(0).path("message").asText()).contains("at most 1000 characters");
    }

    @Test
    void moreThanTwentyPreferencesAreRefused() {
        long id = carol.add(DashboardApi.HEAT_MAP);
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i <= DashboardPreferences.MAX_PREFERENCES; i++) {
            many.put("p" + i, "v");
        }

        assertThat(carol.sendJson("PUT", prefsOf(id), DashboardApi.write(many)).statusCode()).isEqualTo(400);
    }

    @Test
    void aBodyOverThirtyTwoKilobytesIsRefusedUnread() {
        long id = carol.add(DashboardApi.HEAT_MAP);
        String body = "{\"project\":\"" + "X".repeat(DashboardPreferences.MAX_BODY_BYTES) + "\"}";

        HttpResponse<String> refused = carol.sendJson("PUT", prefsOf(id), body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(DashboardApi.read(refused.body()).path("message").asText()).contains("at most 32768 bytes");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith415() {
        long id = carol.add(DashboardApi.HEAT_MAP);

        assertThat(carol.send("PUT", prefsOf(id), "application/xml", "<project/>", "X-Atlassian-Token", "no-check")
                .statusCode()).isEqualTo(415);
    }

    @Test
    void onlyTheDescriptorsDashboardItemsCanBeAdded() {
        HttpResponse<String> refused = carol.sendJson("POST", ITEMS,
                "{\"moduleKey\":\"com.pmosuite.pmo-plugin:risk-register-page\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(DashboardApi.read(refused.body()).path("errors").get(0).path("field").asText())
                .isEqualTo("moduleKey");
        assertThat(carol.items()).isEmpty();
    }

    @Test
    void aDashboardHoldsAtMostTwentyItems() {
        for (int i = 0; i < DashboardStore.MAX_ITEMS; i++) {
            carol.add(DashboardApi.HEALTH);
        }

        HttpResponse<String> refused = carol.sendJson("POST", ITEMS, "{\"moduleKey\":\"" + DashboardApi.HEALTH + "\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(carol.items()).hasSize(DashboardStore.MAX_ITEMS);
    }

    @Test
    void theItemScriptsAreServedTranslatedAndTheThumbnailsAsImages() {
        String resources = "/download/resources/com.pmosuite.pmo-plugin:dashboard-items-resources/";
        HttpResponse<String> script = carol.send("GET", resources + "risk-heat-map-item.js", null, null);
        HttpResponse<String> thumbnail = carol.send("GET", resources + "risk-heat-map-thumbnail.svg", null, null);

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("define('pmo/dashboard/risk-heat-map'").doesNotContain("I18n.getText(");
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    }
}
