package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.workbench.browser.pages.BoardPage;
import com.pmosuite.workbench.browser.pages.IssueRisksPanel;
import com.pmosuite.workbench.browser.pages.PmoText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.pmosuite.workbench.browser.BrowserSession.OUTPUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Risks panel's link, unlink and create in Chromium, on the workbench's issue view and board, against the real
 * risk REST API. Every test works on an issue it creates, so no other test's risks show in its panel.
 */
class IssueRisksPanelBrowserIT {
    private static final String ALPHA = "ALPHA";
    private static final String GAMMA = "GAMMA";
    private static final String BOARD_PANEL = "board-issue-risks-panel";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void aMemberLinksARiskFoundByItsIdWithTheKeyboardAndThePanelListsItAtOnce() {
        String issue = newIssue(ALPHA);
        JsonNode risk = alice().create(ALPHA, threat(unique("Vendor slips"), List.of()));
        long id = risk.path("id").asLong();
        browser.logInAs("alice");

        IssueRisksPanel panel = IssueRisksPanel.openIssue(browser.driver(), browser.base(), issue).orElseThrow(() ->
                new AssertionError("a member sees the Risks panel on an issue no risk names yet"));
        assertThat(panel.showsEmptyText()).isTrue();

        panel.search("#" + id);
        assertThat(panel.offered()).first().isEqualTo("#" + id + " " + risk.path("title").asText());
        panel.pickFirstWithKeyboard();

        assertThat(panel.riskIds()).containsExactly(id);
        assertThat(panel.title(id)).isEqualTo(risk.path("title").asText());
        assertThat(panel.messageKind()).isEqualTo("success");
        assertThat(panel.showsEmptyText()).isFalse();
        assertThat(linksOf(id)).containsExactly(issue);
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/issue-risks-panel-linked.png"));
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void escapeClosesThePickersListFirstThenThePickerAndGivesTheFocusBack() {
        String issue = newIssue(ALPHA);
        long id = alice().create(ALPHA, threat(unique("Escaped"), List.of())).path("id").asLong();
        browser.logInAs("alice");
        IssueRisksPanel panel = IssueRisksPanel.openIssue(browser.driver(), browser.base(), issue).orElseThrow();
        panel.search("#" + id);

        panel.pressEscape();
        assertThat(panel.pickerListShown()).isFalse();
        assertThat(panel.pickerShown()).isTrue();

        panel.pressEscape();
        assertThat(panel.pickerShown()).isFalse();
        assertThat(panel.focusIsOnLinkButton()).isTrue();
        assertThat(linksOf(id)).isEmpty();
    }

    @Test
    void aMemberUnlinksARiskAndItsOtherLinksStay() {
        String issue = newIssue(ALPHA);
        String other = newIssue(ALPHA);
        long id = alice().create(ALPHA, threat(unique("Unlink me"), List.of(other, issue))).path("id").asLong();
        browser.logInAs("alice");

        IssueRisksPanel panel = IssueRisksPanel.openIssue(browser.driver(), browser.base(), issue).orElseThrow();
        panel.unlink(id);

        assertThat(panel.riskIds()).isEmpty();
        assertThat(panel.showsEmptyText()).isTrue();
        assertThat(panel.messageKind()).isEqualTo("success");
        assertThat(linksOf(id)).containsExactly(other);
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void aMemberCreatesARiskLinkedToTheIssueOnTheProjectsScale() {
        String issue = newIssue(ALPHA);
        int scale = alice().settings(ALPHA).scale();
        String title = unique("Certification slips");
        browser.logInAs("alice");

        IssueRisksPanel panel = IssueRisksPanel.openIssue(browser.driver(), browser.base(), issue).orElseThrow();
        panel.create(title, "opportunity", 2, scale);

        assertThat(panel.messageKind()).as(panel.message()).isEqualTo("success");
        assertThat(panel.riskIds()).hasSize(1);
        long id = panel.riskIds().get(0);
        assertThat(panel.title(id)).isEqualTo(title);
        assertThat(panel.probabilityLevels()).hasSize(scale);
        JsonNode stored = alice().risk(id);
        assertThat(stored.path("projectKey").asText()).isEqualTo(ALPHA);
        assertThat(stored.path("kind").asText()).isEqualTo("opportunity");
        assertThat(stored.path("impact").asInt()).isEqualTo(scale);
        assertThat(texts(stored.path("linkedIssueKeys"))).containsExactly(issue);
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void aCreateWithoutATitleShowsTheFieldsMessageAndSavesNothing() {
        String issue = newIssue(ALPHA);
        long before = alice().count(ALPHA);
        browser.logInAs("alice");

        IssueRisksPanel panel = IssueRisksPanel.openIssue(browser.driver(), browser.base(), issue).orElseThrow();
        panel.create("   ", "threat", 1, 1);

        assertThat(panel.fieldError("title")).isNotEmpty();
        assertThat(panel.riskIds()).isEmpty();
        assertThat(alice().count(ALPHA)).isEqualTo(before);
    }

    @Test
    void aLinkBasedOnAVersionSomeoneElseChangedIsRefusedSaysSoAndWorksWhenRepeated() {
        String issue = newIssue(ALPHA);
        JsonNode risk = alice().create(ALPHA, threat(unique("Raced"), List.of()));
        long id = risk.path("id").asLong();
        browser.logInAs("alice");
        IssueRisksPanel panel = IssueRisksPanel.openIssue(browser.driver(), browser.base(), issue).orElseThrow();
        panel.search("#" + id);

        // A colleague saves the risk after the picker listed it, before alice picks it.
        RiskApi.as(browser.base(), "admin").change(id, "description", "Changed meanwhile");
        panel.pickFirstWithKeyboard();

        assertThat(panel.messageKind()).isEqualTo("warning");
        assertThat(panel.message()).isEqualTo(PmoText.of("pmo.risk.panel.conflict")
                .replace("{0}", risk.path("title").asText()));
        assertThat(panel.riskIds()).isEmpty();
        assertThat(linksOf(id)).isEmpty();
        assertThat(alice().risk(id).path("description").asText()).isEqualTo("Changed meanwhile");

        panel.search("#" + id).pickFirstWithKeyboard();
        assertThat(panel.riskIds()).containsExactly(id);
        assertThat(alice().risk(id).path("description").asText()).isEqualTo("Changed meanwhile");
    }

    @Test
    void anUnlinkRacingAColleaguesSaveIsRefusedAndThePanelShowsTheRiskAsItIsNow() {
        String issue = newIssue(ALPHA);
        long id = alice().create(ALPHA, threat(unique("Raced unlink"), List.of(issue))).path("id").asLong();
        String renamed = unique("Renamed meanwhile");
        browser.logInAs("alice");
        IssueRisksPanel panel = IssueRisksPanel.openIssue(browser.driver(), browser.base(), issue).orElseThrow();

        // The interleaving forced: the colleague's save lands after the panel read the risk, before its PUT.
        colleagueSavesBeforeThePanelsPut(id, renamed);
        panel.unlink(id);

        assertThat(panel.messageKind()).isEqualTo("warning");
        assertThat(panel.riskIds()).containsExactly(id);
        assertThat(panel.title(id)).isEqualTo(renamed);
        assertThat(linksOf(id)).containsExactly(issue);
        assertThat(panel.unlinkControls()).isEqualTo(1);

        panel.unlink(id);
        assertThat(panel.riskIds()).isEmpty();
        assertThat(linksOf(id)).isEmpty();
        assertThat(alice().risk(id).path("title").asText()).isEqualTo(renamed);
    }

    @Test
    void aLinkTheServerRefusesShowsItsFieldMessage() {
        List<String> full = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            full.add(newIssue(ALPHA));
        }
        String issue = newIssue(ALPHA);
        JsonNode risk = alice().create(ALPHA, threat(unique("Fully linked"), full));
        long id = risk.path("id").asLong();
        browser.logInAs("alice");

        IssueRisksPanel panel = IssueRisksPanel.openIssue(browser.driver(), browser.base(), issue).orElseThrow();
        panel.search("#" + id).pickFirstWithKeyboard();

        assertThat(panel.messageKind()).isEqualTo("error");
        assertThat(panel.message()).contains(risk.path("title").asText(),
                PmoText.of("pmo.risk.field.linkedIssueKeys") + ": at most 50 linked issues");
        assertThat(panel.riskIds()).isEmpty();
        assertThat(linksOf(id)).hasSize(50).doesNotContain(issue);
    }

    @Test
    void aViewerWhoMayOnlyBrowseSeesTheLinkedRisksButNoControls() {
        String linkedIssue = newIssue(GAMMA);
        String bareIssue = newIssue(GAMMA);
        long id = RiskApi.as(browser.base(), "admin")
                .create(GAMMA, threat(unique("Viewer reads"), List.of(linkedIssue)))
                .path("id").asLong();
        browser.logInAs("alice");

        IssueRisksPanel panel = IssueRisksPanel.openIssue(browser.driver(), browser.base(), linkedIssue).orElseThrow();

        assertThat(panel.riskIds()).containsExactly(id);
        assertThat(panel.offersLinkAndCreate()).isFalse();
        assertThat(panel.unlinkControls()).isZero();
        assertThat(browser.driver().getPageSource()).doesNotContain("issue-risks-panel.js");
        assertThat(IssueRisksPanel.openIssue(browser.driver(), browser.base(), bareIssue))
                .as("no panel where it would say nothing")
                .isEmpty();
    }

    @Test
    void aTitleWithMarkupIsShownAsTextWhenRenderedAndWhenLinked() {
        String issue = newIssue(ALPHA);
        String script = "<script>window.pmoInjected=1</script><img src=x onerror=\"window.pmoInjected=2\"> "
                + unique("Markup");
        long rendered = alice().create(ALPHA, threat(script, List.of(issue))).path("id").asLong();
        long picked = alice().create(ALPHA, threat(script + " picked", List.of())).path("id").asLong();
        browser.logInAs("alice");

        IssueRisksPanel panel = IssueRisksPanel.openIssue(browser.driver(), browser.base(), issue).orElseThrow();
        panel.search("#" + picked);
        assertThat(panel.offered()).first().isEqualTo("#" + picked + " " + script + " picked");
        panel.pickFirstWithKeyboard();

        assertThat(panel.title(rendered)).isEqualTo(script);
        assertThat(panel.title(picked)).isEqualTo(script + " picked");
        assertThat(panel.elementsTagged("script")).isZero();
        assertThat(panel.elementsTagged("img")).isZero();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.pmoInjected === undefined"))
                .isEqualTo(true);
    }

    @Test
    void theBoardsDetailViewShowsTheRisksTabWithItsCountAndLinksInPlace() {
        String issue = newIssue(ALPHA);
        alice().create(ALPHA, threat(unique("On the board 1"), List.of(issue)));
        alice().create(ALPHA, threat(unique("On the board 2"), List.of(issue)));
        long toLink = alice().create(ALPHA, threat(unique("Linked on the board"), List.of())).path("id").asLong();
        browser.logInAs("alice");

        IssueRisksPanel panel = IssueRisksPanel.openBoard(browser.driver(), browser.base(), ALPHA, issue)
                .orElseThrow(() -> new AssertionError("the board's detail view has a Risks tab"));
        BoardPage board = BoardPage.current(browser.driver());

        assertThat(board.tabIcon(BOARD_PANEL)).isEqualTo("warning");
        assertThat(board.tabCount(BOARD_PANEL)).isEqualTo("2");
        panel.search("#" + toLink).pickFirstWithKeyboard();
        assertThat(panel.riskIds()).hasSize(3).contains(toLink);
        assertThat(linksOf(toLink)).containsExactly(issue);
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/board-detail-risks.png"));
        assertThat(browser.chromium().consoleErrors()).isEmpty();

        browser.driver().navigate().refresh();
        assertThat(BoardPage.current(browser.driver()).tabCount(BOARD_PANEL)).isEqualTo("3");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /**
     * Makes the page's next PUT of the risk wait for a colleague's save of it (a new title) first, through the page's
     * own session: the panel then sends a version that is no longer current.
     */
    private static void colleagueSavesBeforeThePanelsPut(long riskId, String newTitle) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const riskId = arguments[0], title = arguments[1], original = window.fetch;
                window.fetch = function (url, init) {
                    if (init && init.method === 'PUT' && String(url).endsWith('/risks/' + riskId)) {
                        window.fetch = original;
                        const headers = {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'};
                        return original(url, {credentials: 'same-origin'}).then(r => r.json()).then(risk => {
                            risk.title = title;
                            return original(url, {method: 'PUT', credentials: 'same-origin', headers: headers,
                                body: JSON.stringify(risk)});
                        }).then(() => original(url, init));
                    }
                    return original(url, init);
                };""", riskId, newTitle);
    }

    private static RiskApi alice() {
        return RiskApi.as(browser.base(), "alice");
    }

    private static Map<String, Object> threat(String title, List<String> issues) {
        return Map.of("title", title, "kind", "threat", "probability", 2, "impact", 3, "linkedIssueKeys", issues);
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> linksOf(long riskId) {
        return texts(RiskApi.as(browser.base(), "admin").risk(riskId).path("linkedIssueKeys"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(item -> result.add(item.asText()));
        return result;
    }

    /** A new story in the project, created by admin through the workbench's Jira REST API; its key. */
    private static String newIssue(String projectKey) {
        String body = "{\"fields\": {\"project\": {\"key\": \"" + projectKey + "\"}, \"issuetype\": {\"name\": \"Story\"},"
                + " \"summary\": \"Risks panel test " + UUID.randomUUID() + "\"}}";
        HttpRequest request = HttpRequest.newBuilder(browser.base().resolve("/rest/api/2/issue"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return new ObjectMapper().readTree(response.body()).path("key").asText();
        } catch (IOException e) {
            throw new AssertionError("could not create an issue in " + projectKey, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
