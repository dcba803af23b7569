package com.pmosuite.workbench.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira's user and issue pickers as the demo workbench serves them, over HTTP: Jira's response shapes, only what
 * the caller may see, and bounded inputs and results.
 */
class JiraPickersIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageClient alice = new PageClient(RunningWorkbench.baseUri(), "alice");

    @Test
    void theUserPickerAnswersInJirasShape() throws Exception {
        HttpResponse<String> response = alice.get("/rest/api/2/user/picker?query=ali");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("total").asInt()).isEqualTo(1);
        assertThat(body.get("header").asText()).isEqualTo("Showing 1 of 1 matching users");
        JsonNode user = body.get("users").get(0);
        assertThat(user.get("name").asText()).isEqualTo("alice");
        assertThat(user.get("key").asText()).isEqualTo("alice");
        assertThat(user.get("displayName").asText()).isEqualTo("Alice Anders");
        assertThat(user.get("html").asText()).isEqualTo(
                "<strong>Ali</strong>ce Anders - <strong>ali</strong>ce@example.com (<strong>ali</strong>ce)");
        assertThat(user.has("avatarUrl")).isTrue();
    }

    @Test
    void theUserPickerMatchesWordsOfTheDisplayNameAndBoundsItsResults() throws Exception {
        JsonNode byLastName = JSON.readTree(alice.get("/rest/api/2/user/picker?query=chen").body());
        JsonNode everyone = JSON.readTree(alice.get("/rest/api/2/user/picker?query=%40&maxResults=2").body());
        JsonNode byMail = JSON.readTree(alice.get("/rest/api/2/user/picker?query=dave%40ex").body());

        assertThat(names(byLastName.get("users"), "name")).containsExactly("carol");
        assertThat(byMail.get("total").asInt()).isEqualTo(1);
        assertThat(everyone.get("total").asInt()).isZero();
        JsonNode a = JSON.readTree(alice.get("/rest/api/2/user/picker?query=a&maxResults=1").body());
        assertThat(names(a.get("users"), "name")).containsExactly("admin");
        assertThat(a.get("total").asInt()).isEqualTo(2);
        assertThat(a.get("header").asText()).isEqualTo("Showing 1 of 2 matching users");
    }

    @Test
    void theUserPickerIsForLoggedInUsersWithBrowseUsersAndBoundsTheQuery() {
        assertThat(new PageClient(RunningWorkbench.baseUri(), null).get("/rest/api/2/user/picker?query=a")
                .statusCode()).isEqualTo(401);
        assertThat(alice.get("/rest/api/2/user/picker?query=" + "a".repeat(256)).statusCode()).isEqualTo(400);
        assertThat(alice.get("/rest/api/2/user/picker?query=a&maxResults=99999").statusCode()).isEqualTo(400);
        assertThat(alice.get("/rest/api/2/user/picker?query=a&maxResults=-1").statusCode()).isEqualTo(400);
    }

    @Test
    void theIssuePickerAnswersInJirasShapeWithOnlyBrowsableIssues() throws Exception {
        HttpResponse<String> response = alice.get("/rest/api/2/issue/picker?query=");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode section = JSON.readTree(response.body()).get("sections").get(0);
        assertThat(section.get("id").asText()).isEqualTo("cs");
        assertThat(section.get("label").asText()).isEqualTo("Current Search");
        List<String> keys = names(section.get("issues"), "key");
        assertThat(keys).hasSizeBetween(1, 20);
        assertThat(keys).allSatisfy(key -> assertThat(key).matches("(ALPHA|BETA|GAMMA)-\\d+"));
        JsonNode issue = section.get("issues").get(0);
        assertThat(issue.fieldNames()).toIterable().contains("key", "keyHtml", "img", "summary", "summaryText");
    }

    @Test
    void theIssuePickerFindsByKeyOrSummaryAndHighlightsEscapedText() throws Exception {
        JsonNode byKey = JSON.readTree(alice.get("/rest/api/2/issue/picker?query=beta-1").body())
                .get("sections").get(0);
        assertThat(names(byKey.get("issues"), "key")).allSatisfy(key -> assertThat(key).startsWith("BETA-1"))
                .contains("BETA-1");
        assertThat(byKey.get("issues").get(0).get("keyHtml").asText()).isEqualTo("<b>BETA-1</b>");

        JsonNode bySummary = JSON.readTree(alice.get("/rest/api/2/issue/picker?query="
                + URLEncoder.encode("runbook", StandardCharsets.UTF_8)).body()).get("sections").get(0);
        assertThat(bySummary.get("issues")).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.get("summaryText").asText()).containsIgnoringCase("runbook");
            assertThat(issue.get("summary").asText()).contains("<b>runbook</b>");
        });
    }

    @Test
    void anIssueOfAProjectTheCallerCannotBrowseIsNeverSuggested() throws Exception {
        JsonNode delta = JSON.readTree(alice.get("/rest/api/2/issue/picker?query=DELTA").body())
                .get("sections").get(0);
        JsonNode deltaByJql = JSON.readTree(alice.get("/rest/api/2/issue/picker?query=&currentJQL="
                + URLEncoder.encode("project = DELTA", StandardCharsets.UTF_8)).body()).get("sections").get(0);

        assertThat(delta.get("issues")).isEmpty();
        assertThat(deltaByJql.get("issues")).isEmpty();
    }

    @Test
    void currentJqlNarrowsToProjectsAndUnsupportedJqlIsRefused() throws Exception {
        JsonNode beta = JSON.readTree(alice.get("/rest/api/2/issue/picker?query=&currentJQL="
                + URLEncoder.encode("project in (BETA, \"GAMMA\")", StandardCharsets.UTF_8)).body())
                .get("sections").get(0);
        assertThat(names(beta.get("issues"), "key")).isNotEmpty()
                .allSatisfy(key -> assertThat(key).matches("(BETA|GAMMA)-\\d+"));

        assertThat(alice.get("/rest/api/2/issue/picker?query=a&currentJQL="
                + URLEncoder.encode("assignee = currentUser()", StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
        assertThat(alice.get("/rest/api/2/issue/picker?query=a&currentJQL=" + "x".repeat(1001)).statusCode())
                .isEqualTo(400);
        assertThat(alice.get("/rest/api/2/issue/picker?query=" + "a".repeat(256)).statusCode()).isEqualTo(400);
        assertThat(new PageClient(RunningWorkbench.baseUri(), null).get("/rest/api/2/issue/picker?query=a")
                .statusCode()).isEqualTo(401);
        assertThat(alice.get("/rest/api/2/issue/nothing").statusCode()).isEqualTo(404);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }
}
