package com.pmosuite.workbench.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.support.RunningWorkbench;
import com.pmosuite.workbench.tracker.JiraClient.Answer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's Jira REST API v2 over HTTP, against the demo workbench: the life of an issue (create, read,
 * edit, transition, log work, search, delete) in Jira's shapes, and Jira's answers to what is wrong or not allowed.
 */
class JiraIssueApiIT {
    private final JiraClient alice = new JiraClient(RunningWorkbench.baseUri(), "alice");
    private final JiraClient admin = new JiraClient(RunningWorkbench.baseUri(), "admin");
    private final JiraClient pmo = new JiraClient(RunningWorkbench.baseUri(), "pmo");
    private final JiraClient bob = new JiraClient(RunningWorkbench.baseUri(), "bob");

    @Test
    void aStoryIsCreatedWithItsEstimatesPointsDatesAndEpicAndReadBackInJirasShape() {
        String key = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Story"}, "summary": "Checkout in one step",
                 "customfield_10100": "ALPHA-1", "customfield_10106": 5, "customfield_10200": "2026-12-01",
                 "duedate": "2026-12-20", "timetracking": {"originalEstimate": "3d 4h"}, "assignee": {"name": "carol"}}""");

        JsonNode issue = alice.issue(key);
        JsonNode fields = issue.get("fields");
        assertThat(key).matches("ALPHA-\\d+");
        assertThat(issue.get("id").asLong()).isGreaterThanOrEqualTo(10_000);
        assertThat(fields.get("project").get("key").asText()).isEqualTo("ALPHA");
        assertThat(fields.get("issuetype").get("name").asText()).isEqualTo("Story");
        assertThat(fields.get("status").get("name").asText()).isEqualTo("To Do");
        assertThat(fields.get("status").get("statusCategory").get("key").asText()).isEqualTo("new");
        assertThat(fields.get("customfield_10100").asText()).isEqualTo("ALPHA-1");
        assertThat(fields.get("customfield_10106").asDouble()).isEqualTo(5.0);
        assertThat(fields.get("customfield_10200").asText()).isEqualTo("2026-12-01");
        assertThat(fields.get("duedate").asText()).isEqualTo("2026-12-20");
        assertThat(fields.get("timeoriginalestimate").asLong()).isEqualTo((3 * 8 + 4) * 3600);
        assertThat(fields.get("timeestimate").asLong()).isEqualTo((3 * 8 + 4) * 3600);
        assertThat(fields.get("timetracking").get("originalEstimate").asText()).isEqualTo("3d 4h");
        assertThat(fields.get("assignee").get("name").asText()).isEqualTo("carol");
        assertThat(fields.get("resolution").isNull()).isTrue();
    }

    @Test
    void anEditSetsOnlyTheFieldsItNames() {
        String key = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Task"}, "summary": "Before",
                 "duedate": "2026-12-24", "customfield_10106": 3}""");

        Answer edited = alice.put("/rest/api/2/issue/" + key, """
                {"fields": {"summary": "After", "customfield_10106": 8, "timetracking": {"remainingEstimate": "1w"}}}""");

        assertThat(edited.status()).isEqualTo(204);
        JsonNode fields = alice.issue(key).get("fields");
        assertThat(fields.get("summary").asText()).isEqualTo("After");
        assertThat(fields.get("customfield_10106").asDouble()).isEqualTo(8.0);
        assertThat(fields.get("timeestimate").asLong()).isEqualTo(5 * 8 * 3600);
        assertThat(fields.get("duedate").asText()).isEqualTo("2026-12-24");
    }

    @Test
    void aTransitionToDoneResolvesTheIssueAndOneBackReopensIt() {
        String key = alice.create("""
                {"project": {"key": "BETA"}, "issuetype": {"name": "Bug"}, "summary": "Rounding in totals"}""");

        JsonNode transitions = alice.get("/rest/api/2/issue/" + key + "/transitions").json().get("transitions");
        List<String> names = new ArrayList<>();
        transitions.forEach(t -> names.add(t.get("name").asText()));
        assertThat(names).containsExactly("In Progress", "In Review", "Done");

        assertThat(alice.post("/rest/api/2/issue/" + key + "/transitions", "{\"transition\": {\"id\": \"31\"}}")
                .status()).isEqualTo(204);
        JsonNode done = alice.issue(key).get("fields");
        assertThat(done.get("status").get("statusCategory").get("key").asText()).isEqualTo("done");
        assertThat(done.get("resolution").get("name").asText()).isEqualTo("Done");
        assertThat(done.get("resolutiondate").isNull()).isFalse();

        alice.post("/rest/api/2/issue/" + key + "/transitions", "{\"transition\": {\"id\": \"11\"}}");
        JsonNode reopened = alice.issue(key).get("fields");
        assertThat(reopened.get("status").get("name").asText()).isEqualTo("To Do");
        assertThat(reopened.get("resolution").isNull()).isTrue();
    }

    @Test
    void aTransitionTheIssueDoesNotHaveIsRefused() {
        String key = alice.create("""
                {"project": {"key": "BETA"}, "issuetype": {"name": "Epic"}, "summary": "Epics skip review"}""");

        Answer refused = alice.post("/rest/api/2/issue/" + key + "/transitions", "{\"transition\": {\"id\": \"41\"}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errorMessages").get(0).asText())
                .isEqualTo("Transition id '41' is not valid for this issue.");
    }

    @Test
    void loggedWorkAddsToTimeSpentAndTakesFromTheRemainingEstimate() {
        String key = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Task"}, "summary": "Rotate keys",
                 "timetracking": {"originalEstimate": "4h"}}""");

        Answer first = alice.post("/rest/api/2/issue/" + key + "/worklog", "{\"timeSpent\": \"1h 30m\"}");
        Answer second = alice.post("/rest/api/2/issue/" + key + "/worklog", "{\"timeSpentSeconds\": 3600}");
        Answer kept = alice.post("/rest/api/2/issue/" + key + "/worklog?adjustEstimate=leave",
                "{\"timeSpentSeconds\": 600}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("timeSpentSeconds").asLong()).isEqualTo(5400);
        assertThat(second.status()).isEqualTo(201);
        assertThat(kept.status()).isEqualTo(201);
        JsonNode fields = alice.issue(key).get("fields");
        assertThat(fields.get("timespent").asLong()).isEqualTo(5400 + 3600 + 600);
        assertThat(fields.get("timeestimate").asLong()).isEqualTo(4 * 3600 - 5400 - 3600);
        assertThat(fields.get("timetracking").get("timeSpent").asText()).isEqualTo("2h 40m");
    }

    @Test
    void aSubTaskNeedsAStandardParentOfItsProject() {
        String story = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Story"}, "summary": "Parent story"}""");

        Answer orphan = alice.post("/rest/api/2/issue", """
                {"fields": {"project": {"key": "ALPHA"}, "issuetype": {"name": "Sub-task"}, "summary": "Alone"}}""");
        Answer underEpic = alice.post("/rest/api/2/issue", """
                {"fields": {"project": {"key": "ALPHA"}, "issuetype": {"name": "Sub-task"}, "summary": "Under epic",
                 "parent": {"key": "ALPHA-1"}}}""");
        String subTask = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Sub-task"}, "summary": "Child",
                 "parent": {"key": "%s"}}""".formatted(story));

        assertThat(orphan.status()).isEqualTo(400);
        assertThat(orphan.json().get("errors").get("parent").asText())
                .isEqualTo("Issue type is a sub-task but parent issue key or id not specified.");
        assertThat(underEpic.status()).isEqualTo(400);
        assertThat(underEpic.json().get("errors").has("parent")).isTrue();
        assertThat(alice.issue(subTask).get("fields").get("parent").get("key").asText()).isEqualTo(story);
    }

    @Test
    void deletingNeedsProjectAdministrationAndTheDeleteSubtasksFlagForAParentWithSubTasks() {
        String story = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Story"}, "summary": "To be deleted"}""");
        String subTask = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Sub-task"}, "summary": "Goes too",
                 "parent": {"key": "%s"}}""".formatted(story));

        assertThat(alice.delete("/rest/api/2/issue/" + story).status()).isEqualTo(403);
        Answer withoutFlag = admin.delete("/rest/api/2/issue/" + story);
        assertThat(withoutFlag.status()).isEqualTo(400);
        assertThat(withoutFlag.json().get("errorMessages").get(0).asText()).contains("deleteSubtasks");
        assertThat(admin.delete("/rest/api/2/issue/" + story + "?deleteSubtasks=true").status()).isEqualTo(204);

        assertThat(alice.get("/rest/api/2/issue/" + story).status()).isEqualTo(404);
        assertThat(alice.get("/rest/api/2/issue/" + subTask).status()).isEqualTo(404);
    }

    @Test
    void searchRunsTheJqlSubsetOverWhatTheReaderMaySee() {
        String key = alice.create("""
                {"project": {"key": "BETA"}, "issuetype": {"name": "Task"}, "summary": "Searchable",
                 "assignee": {"name": "alice"}}""");
        long id = alice.issue(key).get("id").asLong();

        JsonNode byKey = alice.search("key = " + key, 0, 50).json();
        JsonNode combined = alice.search("project in (BETA, ALPHA) AND (assignee = alice OR status = Done) AND id >= "
                + id + " ORDER BY id DESC", 0, 50).json();
        JsonNode todo = alice.search("project = BETA AND statusCategory = \"To Do\" AND resolution is EMPTY"
                + " AND updated >= \"2000-01-01\" AND issuetype = Task ORDER BY key", 0, 1000).json();

        assertThat(byKey.get("total").asInt()).isEqualTo(1);
        assertThat(byKey.get("issues").get(0).get("key").asText()).isEqualTo(key);
        assertThat(combined.get("issues").get(0).get("key").asText()).isEqualTo(key);
        List<String> keys = new ArrayList<>();
        todo.get("issues").forEach(i -> keys.add(i.get("key").asText()));
        assertThat(keys).contains(key).allSatisfy(k -> assertThat(k).startsWith("BETA-"));
        assertThat(bob.search("", 0, 50).json().get("total").asInt()).isZero();
        JsonNode everything = alice.search("", 0, 1000).json();
        everything.get("issues").forEach(i -> assertThat(i.get("key").asText()).matches("(ALPHA|BETA|GAMMA)-\\d+"));
    }

    @Test
    void epicChildrenAndSubTasksAreFoundByEpicLinkAndParent() {
        String epic = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Epic"}, "summary": "Roll-up epic"}""");
        String story = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Story"}, "summary": "In epic",
                 "customfield_10100": "%s"}""".formatted(epic));
        String subTask = alice.create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Sub-task"}, "summary": "Under story",
                 "parent": {"key": "%s"}}""".formatted(story));

        assertThat(alice.search("\"Epic Link\" = " + epic, 0, 50).json().get("issues").get(0).get("key").asText())
                .isEqualTo(story);
        assertThat(alice.search("parent = " + story, 0, 50).json().get("issues").get(0).get("key").asText())
                .isEqualTo(subTask);
    }

    @Test
    void jqlOutsideTheSubsetIsA400NamingTheClause() {
        Answer labels = alice.search("project = ALPHA AND labels = urgent", 0, 50);
        Answer function = alice.search("assignee = currentUser()", 0, 50);
        Answer broken = alice.search("project = ", 0, 50);
        Answer unknownProject = alice.search("project = NOPE", 0, 50);

        assertThat(labels.status()).isEqualTo(400);
        assertThat(labels.json().get("errorMessages").get(0).asText())
                .isEqualTo("The workbench does not support the clause 'labels = urgent'.");
        assertThat(function.status()).isEqualTo(400);
        assertThat(function.json().get("errorMessages").get(0).asText()).contains("currentUser()");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(unknownProject.status()).isEqualTo(400);
        assertThat(unknownProject.json().get("errorMessages").get(0).asText())
                .isEqualTo("The value 'NOPE' does not exist for the field 'project'.");
    }

    @Test
    void aProjectTheCallerCannotBrowseIsUnknownToThemInSearchAndCreate() {
        Answer search = alice.search("project = DELTA", 0, 50);
        Answer create = alice.post("/rest/api/2/issue", """
                {"fields": {"project": {"key": "DELTA"}, "issuetype": {"name": "Task"}, "summary": "Sneaky"}}""");
        Answer unknown = alice.post("/rest/api/2/issue", """
                {"fields": {"project": {"key": "NOPE"}, "issuetype": {"name": "Task"}, "summary": "Nowhere"}}""");

        assertThat(search.status()).isEqualTo(400);
        assertThat(create.status()).isEqualTo(400);
        assertThat(create.json().get("errors").get("project").asText()).isEqualTo("valid project is required");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get("project").asText()).isEqualTo("valid project is required");
    }

    @Test
    void anIssueOfAProjectTheCallerCannotBrowseIsNotFound() {
        assertThat(alice.get("/rest/api/2/issue/DELTA-1").status()).isEqualTo(404);
        assertThat(alice.get("/rest/api/2/issue/DELTA-1").json().get("errorMessages").get(0).asText())
                .isEqualTo("Issue Does Not Exist");
        assertThat(alice.put("/rest/api/2/issue/DELTA-1", "{\"fields\": {\"summary\": \"x\"}}").status())
                .isEqualTo(404);
        assertThat(alice.get("/rest/api/2/issue/NOT-A-KEY-%22").status()).isEqualTo(404);
    }

    @Test
    void aViewerMayReadButNotChangeIssues() {
        Answer edit = alice.put("/rest/api/2/issue/GAMMA-1", "{\"fields\": {\"summary\": \"Renamed\"}}");
        Answer create = alice.post("/rest/api/2/issue", """
                {"fields": {"project": {"key": "GAMMA"}, "issuetype": {"name": "Task"}, "summary": "As a viewer"}}""");

        assertThat(alice.get("/rest/api/2/issue/GAMMA-1").status()).isEqualTo(200);
        assertThat(edit.status()).isEqualTo(403);
        assertThat(create.status()).isEqualTo(403);
    }

    @Test
    void anIssueAtASecurityLevelTheReaderLacksIsHiddenFromThemOnly() {
        String key = pmo.search("project = GAMMA AND issuetype = Task ORDER BY id", 0, 1000).json().get("issues")
                .findValuesAsText("key").stream()
                .filter(k -> pmo.issue(k).get("fields").get("security").hasNonNull("name")).findFirst().orElseThrow();

        assertThat(pmo.issue(key).get("fields").get("security").get("name").asText()).isEqualTo("Management");
        assertThat(alice.get("/rest/api/2/issue/" + key).status()).isEqualTo(404);
        assertThat(alice.search("project = GAMMA", 0, 1000).json().get("issues").findValuesAsText("key"))
                .isNotEmpty().doesNotContain(key);
        assertThat(new JiraClient(RunningWorkbench.baseUri(), "dave").get("/rest/api/2/issue/" + key).status())
                .isEqualTo(200);
    }

    @Test
    void onlyALevelTheCallerMaySeeCanBeSet() {
        Answer byMember = alice.post("/rest/api/2/issue", """
                {"fields": {"project": {"key": "ALPHA"}, "issuetype": {"name": "Task"}, "summary": "Hidden",
                 "security": {"name": "Management"}}}""");
        String byAdmin = new JiraClient(RunningWorkbench.baseUri(), "dave").create("""
                {"project": {"key": "ALPHA"}, "issuetype": {"name": "Task"}, "summary": "Hidden by dave",
                 "security": {"name": "Management"}}""");

        assertThat(byMember.status()).isEqualTo(400);
        assertThat(byMember.json().get("errors").has("security")).isTrue();
        assertThat(alice.get("/rest/api/2/issue/" + byAdmin).status()).isEqualTo(404);
    }

    @Test
    void badInputIsA400InJirasShapeNeverA500() {
        Answer notJson = alice.post("/rest/api/2/issue", "{\"fields\": ");
        Answer noFields = alice.post("/rest/api/2/issue", "{}");
        Answer unknownField = alice.post("/rest/api/2/issue", """
                {"fields": {"project": {"key": "ALPHA"}, "issuetype": {"name": "Task"}, "summary": "x",
                 "labels": ["a"]}}""");
        Answer badEstimate = alice.post("/rest/api/2/issue", """
                {"fields": {"project": {"key": "ALPHA"}, "issuetype": {"name": "Task"}, "summary": "x",
                 "timetracking": {"originalEstimate": "soon"}, "duedate": "31/12/2026"}}""");
        Answer tooLong = alice.post("/rest/api/2/issue", "{\"fields\": {\"summary\": \"" + "x".repeat(70_000)
                + "\"}}");
        Answer tooDeep = alice.search("(".repeat(11) + "id = 1" + ")".repeat(11), 0, 1);
        Answer tooLongJql = alice.search("id > 1 OR ".repeat(250) + "id > 1", 0, 1);
        Answer badPaging = alice.get("/rest/api/2/search?jql=&startAt=-1");

        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().has("errorMessages")).isTrue();
        assertThat(notJson.json().has("errors")).isTrue();
        assertThat(noFields.status()).isEqualTo(400);
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("errors").get("labels").asText()).contains("cannot be set");
        assertThat(badEstimate.status()).isEqualTo(400);
        assertThat(badEstimate.json().get("errors").has("timetracking")).isTrue();
        assertThat(badEstimate.json().get("errors").has("duedate")).isTrue();
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.json().get("errorMessages").get(0).asText()).contains("deeper than 10");
        assertThat(tooLongJql.status()).isEqualTo(400);
        assertThat(badPaging.status()).isEqualTo(400);
    }

    @Test
    void aSearchWindowBeyondTenThousandIsRefusedAndMaxResultsIsCappedAtAThousand() {
        Answer deep = alice.search("", 9_990, 50);
        JsonNode capped = alice.search("", 0, 5_000).json();

        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.json().get("errorMessages").get(0).asText()).contains("10000", "id > N");
        assertThat(capped.get("maxResults").asInt()).isEqualTo(1_000);
    }

    @Test
    void writesNeedTheXsrfTokenWhenABrowserFormCouldSendThem() {
        Answer forged = alice.postWithoutToken("/rest/api/2/issue", """
                {"fields": {"project": {"key": "ALPHA"}, "issuetype": {"name": "Task"}, "summary": "Forged"}}""");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(alice.search("summary ~ Forged", 0, 1).status()).isEqualTo(400);
    }

    @Test
    void anonymousCallersMustLogIn() {
        assertThat(new JiraClient(RunningWorkbench.baseUri(), null).get("/rest/api/2/issue/ALPHA-1").status())
                .isEqualTo(401);
    }
}
