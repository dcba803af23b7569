package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.browser.pages.BoardPage;
import com.pmosuite.workbench.browser.pages.IssueRollupPanel;
import com.pmosuite.workbench.rollup.DemoIssues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static com.pmosuite.workbench.browser.BrowserSession.OUTPUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue rollup panel in Chromium, for alice on the demo's ALPHA, against the real {@code GET /issues/{key}/rollup}:
 * on an epic's issue view, in the workbench board's detail view (as a tab with its icon and count), and nowhere on a
 * story without children.
 */
class IssueRollupPanelBrowserIT {
    private static final String BOARD_PANEL = "board-issue-rollup-panel";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @BeforeEach
    void logInAsAlice() {
        browser.logInAs("alice");
    }

    @Test
    void anEpicsIssueViewShowsItsRollupWithRagReasonsAndChildren() {
        String epic = DemoIssues.epicWithChildren();
        JsonNode rollup = DemoIssues.issueRollup(epic);

        IssueRollupPanel.openIssue(browser.driver(), browser.base(), epic);
        IssueRollupPanel panel = IssueRollupPanel.onIssueView(browser.driver()).orElseThrow();

        assertThat(panel.state()).isEqualTo("ready");
        assertThat(panel.rag()).isEqualTo(rollup.path("rag").path("status").asText());
        List<String> reasons = texts(rollup.path("rag").path("reasons"));
        if (!reasons.isEmpty()) {
            assertThat(panel.reasons()).containsExactlyElementsOf(reasons);
        }
        JsonNode counts = rollup.path("counts");
        assertThat(panel.counts()).contains(counts.path("todo").asText(), counts.path("inProgress").asText(),
                counts.path("done").asText());
        assertThat(panel.childKeys()).containsExactlyElementsOf(firstKeys(rollup.path("children"), 10));
        String fraction = firstDefined(rollup.path("progress"), "byPoints", "byTime", "byCount");
        if (fraction != null) {
            assertThat(panel.progressPercent()).isEqualTo(new BigDecimal(fraction).movePointRight(2)
                    .setScale(0, RoundingMode.HALF_UP).toPlainString());
        }
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/issue-rollup-panel.png"));
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }

    @Test
    void aStoryWithoutChildrenHasNoRollupPanel() {
        IssueRollupPanel.openIssue(browser.driver(), browser.base(), DemoIssues.storyWithoutChildren());

        assertThat(IssueRollupPanel.onIssueView(browser.driver())).isEmpty();
    }

    @Test
    void theBoardsDetailViewShowsTheRollupTabWithItsIconAndCount() {
        String epic = DemoIssues.epicWithChildren();
        JsonNode rollup = DemoIssues.issueRollup(epic);
        browser.driver().get(browser.base().resolve("/browse/ALPHA").toString());

        BoardPage board = BoardPage.openFromSidebar(browser.driver()).select(epic);

        assertThat(board.tab(BOARD_PANEL)).isPresent();
        assertThat(board.tabIcon(BOARD_PANEL)).isEqualTo("graph-line");
        assertThat(board.tabCount(BOARD_PANEL)).isEqualTo(Integer.toString(rollup.path("children").size()
                + rollup.path("omittedChildren").asInt()));
        IssueRollupPanel panel = board.rollupPanel(BOARD_PANEL).orElseThrow();
        assertThat(panel.rag()).isEqualTo(rollup.path("rag").path("status").asText());
        assertThat(panel.childKeys()).containsExactlyElementsOf(firstKeys(rollup.path("children"), 10));
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/board-detail-rollup.png"));

        board.select(DemoIssues.storyWithoutChildren());
        assertThat(board.tab(BOARD_PANEL)).as("no rollup tab on a story without children").isEmpty();
    }

    private static List<String> firstKeys(JsonNode nodes, int limit) {
        List<String> keys = new ArrayList<>();
        for (JsonNode node : nodes) {
            if (keys.size() == limit) {
                break;
            }
            keys.add(node.path("key").asText());
        }
        return keys;
    }

    private static String firstDefined(JsonNode progress, String... fields) {
        for (String field : fields) {
            if (progress.path(field).isTextual()) {
                return progress.path(field).asText();
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(item -> result.add(item.asText()));
        return result;
    }
}
