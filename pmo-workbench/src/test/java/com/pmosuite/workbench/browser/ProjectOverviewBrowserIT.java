package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.browser.pages.PmoText;
import com.pmosuite.workbench.browser.pages.ProjectOverviewPage;
import com.pmosuite.workbench.risk.PmoRestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static com.pmosuite.workbench.browser.BrowserSession.OUTPUT;
import static org.assertj.core.api.Assertions.assertThat;

/** ALPHA's Overview page in Chromium, reached from the project sidebar, against the real project rollup. */
class ProjectOverviewBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void alphasOverviewShowsTheApisHealthFiguresAndEpics() {
        browser.logInAs("alice");
        browser.driver().get(browser.base().resolve("browse/ALPHA").toString());
        PmoRestClient.Reply reply = PmoRestClient.as("alice").get("projects/ALPHA/rollup?depth=1");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode rollup = reply.json();

        ProjectOverviewPage page = ProjectOverviewPage.openFromSidebar(browser.driver());

        assertThat(page.state()).isEqualTo("ready");
        assertThat(page.sidebarItemSelected()).isTrue();
        assertThat(page.rag()).isEqualTo(rollup.path("rag").path("status").asText());
        JsonNode evm = rollup.path("evm");
        for (String index : List.of("spi", "cpi")) {
            assertThat(page.tile(index)).as(index).isEqualTo(evm.path(index).isNull()
                    ? PmoText.of("pmo.rollup.undefined")
                    : new BigDecimal(evm.path(index).asText()).setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        if (evm.path("bac").isNull()) {
            assertThat(page.tile("bac")).isEqualTo(PmoText.of("pmo.rollup.undefined"));
        } else {
            assertThat(page.tile("bac").replaceAll("[^0-9]", "")).isEqualTo(evm.path("bac").asText().replaceAll("[^0-9]", ""));
        }
        List<String> keys = new ArrayList<>();
        rollup.path("children").forEach(child -> keys.add(child.path("key").asText()));
        assertThat(keys).as("the demo gives ALPHA epics").isNotEmpty();
        assertThat(page.rowKeys()).containsExactlyElementsOf(keys);
        JsonNode first = rollup.path("children").get(0);
        List<String> reasons = new ArrayList<>();
        first.path("rag").path("reasons").forEach(r -> reasons.add(r.asText()));
        assertThat(page.row(first.path("key").asText()).reasons()).containsExactlyElementsOf(
                reasons.isEmpty() ? List.of(PmoText.of("pmo.rollup.rag.no.reasons")) : reasons);
        browser.chromium().saveFullPageScreenshot(OUTPUT.resolve("screenshots/project-overview.png"));
        assertThat(browser.chromium().consoleErrors()).isEmpty();
    }
}
