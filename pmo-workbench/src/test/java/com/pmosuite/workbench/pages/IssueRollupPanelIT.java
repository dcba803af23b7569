package com.pmosuite.workbench.pages;

import com.pmosuite.workbench.rollup.DemoIssues;
import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue rollup panel's condition and the workbench board over HTTP: the panel on an epic with children, none on
 * a story without; the board (and its detail view) only for readers of the project.
 */
class IssueRollupPanelIT {
    private final PageClient alice = new PageClient(RunningWorkbench.baseUri(), "alice");

    @Test
    void anEpicWithChildrenShowsTheRollupPanelAndItsStylesheet() {
        HttpResponse<String> page = alice.get("/browse/" + DemoIssues.epicWithChildren());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"issue-rollup-panel-module\"", "class=\"pmo-issue-rollup\"",
                "issue-rollup-panel-resources/issue-rollup-panel.css");
    }

    @Test
    void aStoryWithoutChildrenShowsNoRollupPanelAndLoadsNoneOfItsStyles() {
        HttpResponse<String> page = alice.get("/browse/" + DemoIssues.storyWithoutChildren());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("issue-rollup-panel-module", "issue-rollup-panel.css");
    }

    @Test
    void theBoardsDetailViewCarriesTheTabCountFromThePanelsContext() {
        String epic = DemoIssues.epicWithChildren();
        int children = DemoIssues.issueRollup(epic).path("children").size();

        HttpResponse<String> page = alice.get("/secure/RapidBoard.jspa?projectKey=ALPHA&selectedIssue=" + epic);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-panel-key=\"board-issue-rollup-panel\"",
                "<span class=\"aui-badge ghx-detail-count\">" + children + "</span>", "aui-iconfont-graph-line");
    }

    @Test
    void anAnonymousVisitorIsSentToLogInFromTheBoard() {
        HttpResponse<String> page = new PageClient(RunningWorkbench.baseUri(), null)
                .get("/secure/RapidBoard.jspa?projectKey=ALPHA");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).startsWith("/login.jsp?os_destination=");
    }

    @Test
    void bobSeesNeitherTheBoardNorTheEpic() {
        PageClient bob = new PageClient(RunningWorkbench.baseUri(), "bob");
        String epic = DemoIssues.epicWithChildren();

        HttpResponse<String> board = bob.get("/secure/RapidBoard.jspa?projectKey=ALPHA&selectedIssue=" + epic);
        HttpResponse<String> issue = bob.get("/browse/" + epic);

        assertThat(board.statusCode()).isEqualTo(404);
        assertThat(board.body()).doesNotContain(epic, "pmo-issue-rollup");
        assertThat(issue.statusCode()).isEqualTo(404);
        assertThat(issue.body()).doesNotContain("pmo-issue-rollup");
    }
}
