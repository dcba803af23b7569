package com.pmosuite.workbench.http;

import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance pages' frames over HTTP: the portfolio table asks for a log-in and echoes nothing it was sent; the
 * project page is a panel of the project-centric view, shown to those who may browse the project with the scan and
 * waiver buttons only for those who may act, and to others as "not found", without its script.
 */
class CompliancePagesIT {
    private static final String TABLE = "/plugins/servlet/pmo/compliance";
    private static final String ALPHA_PAGE =
            "/projects/ALPHA?selectedItem=com.pmosuite.pmo-plugin:project-compliance-sidebar-link";
    private static final String DELTA_PAGE =
            "/projects/DELTA?selectedItem=com.pmosuite.pmo-plugin:project-compliance-sidebar-link";

    @Test
    void anAnonymousVisitorOfTheTableIsSentToLogInAndBack() {
        HttpResponse<String> reply = new Browser(RunningWorkbench.baseUri()).get(TABLE + "?id=1");

        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location"))
                .hasValue("/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fpmo%2Fcompliance%3Fid%3D1");
    }

    @Test
    void theTableIsAFrameWithItsScriptAndNoPortfolioData() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        browser.logIn("bob", "bob");

        HttpResponse<String> page = browser.get(TABLE + "?id=1");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"pmo-portfolio-compliance\"", "data-selected=\"1\"",
                "portfolio-compliance.js", "compliance-view.js").doesNotContain("Digital Transformation");
    }

    @Test
    void anIdThatIsNoPortfolioIdIsNotEchoedIntoTheTablesPage() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        browser.logIn("alice", "alice");

        HttpResponse<String> page = browser.get(TABLE + "?id=%22%3E%3Cscript%3E1");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-selected=\"\"").doesNotContain("<script>1");
    }

    @Test
    void aMemberGetsTheProjectPageWithoutScanOrWaiverButtons() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        browser.logIn("alice", "alice");

        HttpResponse<String> page = browser.get(ALPHA_PAGE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"pmo-project-compliance\"", "data-can-act=\"false\"",
                "project-compliance.js", "/rest/pmo/1.0/projects/ALPHA/compliance.csv")
                .doesNotContain("id=\"pmo-compliance-scan\"", "id=\"pmo-waiver-dialog\"");
    }

    @Test
    void theProjectsAdministratorGetsTheScanAndWaiverButtons() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        browser.logIn("dave", "dave");

        assertThat(browser.get(ALPHA_PAGE).body()).contains("data-can-act=\"true\"", "id=\"pmo-compliance-scan\"",
                "id=\"pmo-compliance-preview\"", "id=\"pmo-waiver-dialog\"");
    }

    @Test
    void aProjectTheReaderMayNotBrowseShowsNotFoundAndNoScript() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        browser.logIn("alice", "alice");

        HttpResponse<String> page = browser.get(DELTA_PAGE);

        assertThat(page.body()).doesNotContain("id=\"pmo-project-compliance\"", "project-compliance.js");
    }
}
