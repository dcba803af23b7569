package com.pmosuite.workbench.complianceapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.pmosuite.workbench.complianceapi.ComplianceBodies.condition;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Open in issue navigator" on the shared demo workbench: the preview of a condition or JQL check carries the JQL
 * of what it flags in the project, and that JQL, run by the workbench's own search (its REST search and its
 * {@code /issues/} page), finds as many issues as the preview counts.
 */
class ComplianceNavigatorIT {
    private static final ComplianceClient PMO = ComplianceClient.as(RunningWorkbench.baseUri(), "pmo");
    private static final Pattern PAGE_TOTAL = Pattern.compile("id=\"issue-count\" data-total=\"(\\d+)\"");

    private static JsonNode preview(Map<String, Object> check) {
        return PMO.post("compliance/preview", Map.of("check", check, "projectKey", "ALPHA")).expect(200);
    }

    private static long searchTotal(String jql) {
        return PMO.send("GET", "rest/api/2/search?maxResults=0&jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8),
                null, null).expect(200).path("total").asLong();
    }

    private static long navigatorPageTotal(String url) {
        ComplianceClient.Reply page = PMO.send("GET", url.substring(1), null, null);
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        Matcher total = PAGE_TOTAL.matcher(page.body());
        assertThat(total.find()).as("the navigator page's count in %s", page.body()).isTrue();
        return Long.parseLong(total.group(1));
    }

    private static Map<String, Object> group(String type, List<Map<String, Object>> checks) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("type", type);
        rule.put("parts", checks.stream().map(check -> check.get("rule")).toList());
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("type", "condition");
        check.put("rule", rule);
        return check;
    }

    @Test
    void aRulesNavigatorJqlFindsTheIssuesThePreviewCounts() {
        Map<String, Object> rule = group("all", List.of(
                condition("status-category", "not-in", "DONE"),
                group("any", List.of(condition("assignee", "is-empty", null),
                        condition("created", "greater-than", "-3650d"))),
                condition("updated", "less-than", "2d")));

        JsonNode preview = preview(rule);
        JsonNode navigator = preview.path("navigator");
        String jql = navigator.path("jql").asText();

        assertThat(preview.path("total").asLong()).as("demo issues the rule flags").isPositive();
        assertThat(jql).startsWith("project = \"ALPHA\" AND ");
        assertThat(searchTotal(jql)).isEqualTo(preview.path("total").asLong());
        assertThat(navigator.path("url").asText()).isEqualTo("/issues/?jql="
                + URLEncoder.encode(jql, StandardCharsets.UTF_8));
        assertThat(navigatorPageTotal(navigator.path("url").asText())).isEqualTo(preview.path("total").asLong());
    }

    @Test
    void aRuleWhoseIsNotMatchesUnsetValuesFindsTheSameIssuesInTheSearch() {
        JsonNode preview = preview(condition("assignee", "not-equals", "alice"));

        assertThat(searchTotal(preview.path("navigator").path("jql").asText()))
                .isEqualTo(preview.path("total").asLong());
    }

    @Test
    void aJqlStandardsNavigatorJqlIsItsJqlRestrictedToTheProject() {
        JsonNode preview = preview(Map.of("type", "jql", "jql", "statusCategory != Done"));
        String jql = preview.path("navigator").path("jql").asText();

        assertThat(jql).isEqualTo("project = \"ALPHA\" AND (statusCategory != Done)");
        assertThat(searchTotal(jql)).isEqualTo(preview.path("total").asLong()).isPositive();
    }

    @Test
    void aRuleOnAFieldTheWorkbenchSearchLacksSaysSoInsteadOfALink() {
        JsonNode navigator = preview(condition("story-points", "less-than", "0")).path("navigator");

        assertThat(navigator.path("jql").isNull()).isTrue();
        assertThat(navigator.path("url").isNull()).isTrue();
        assertThat(navigator.path("unavailable").asText()).contains("story points");
    }

    @Test
    void aRuleTooLongForTheWorkbenchSearchSaysSoInsteadOfALinkItWouldRefuse() {
        List<Map<String, Object>> clauses = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            clauses.add(condition("assignee", "not-equals", "someone-" + i + "-" + "x".repeat(200)));
        }

        JsonNode navigator = preview(group("all", clauses)).path("navigator");

        assertThat(navigator.path("jql").isNull()).isTrue();
        assertThat(navigator.path("unavailable").asText()).contains("2000 characters");
    }

    @Test
    void aCheckThatIsNotAnIssueSearchHasNoNavigator() {
        JsonNode preview = PMO.post("compliance/preview", Map.of("check", Map.of("type", "project-details", "lead", true, "description", true, "category", true),
                "projectKey", "ALPHA")).expect(200);

        assertThat(preview.path("navigator").isNull()).isTrue();
    }
}
