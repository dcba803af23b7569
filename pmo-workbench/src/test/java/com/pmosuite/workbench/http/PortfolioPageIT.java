package com.pmosuite.workbench.http;

import com.pmosuite.workbench.risk.PmoRestClient;
import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Portfolio page's servlet: log in first; the page itself carries no PMO data (its script reads the REST API,
 * which shows each reader only what they may see), so bob, who browses no project, gets the frame and no portfolio.
 */
class PortfolioPageIT {
    private static final String PAGE = "/plugins/servlet/pmo/portfolio";

    @Test
    void anAnonymousVisitorIsSentToLogInAndBack() {
        HttpResponse<String> reply = new Browser(RunningWorkbench.baseUri()).get(PAGE + "?id=1");

        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location"))
                .hasValue("/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fpmo%2Fportfolio%3Fid%3D1");
    }

    @Test
    void bobGetsThePageButNoPortfolioData() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        browser.logIn("bob", "bob");

        HttpResponse<String> page = browser.get(PAGE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"pmo-portfolio-page\"").contains("portfolio-page.js")
                .contains("rollup-view.js").contains("pmo-charts.js")
                .doesNotContain("Digital Transformation", "pmo-portfolio-manage");
        assertThat(PmoRestClient.as("bob").get("portfolios").json()).as("the list the page's picker shows").isEmpty();
    }

    @Test
    void aLoggedInReaderFindsThePageInTheHeader() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        browser.logIn("alice", "alice");

        assertThat(browser.get("/").body())
                .contains("<a id=\"pmo-portfolios-top-link\" href=\"/plugins/servlet/pmo/portfolio\">Portfolios</a>");
        assertThat(new Browser(RunningWorkbench.baseUri()).get("/login.jsp").body())
                .as("not offered before logging in").doesNotContain("pmo-portfolios-top-link");
    }

    @Test
    void aPmoAdminIsOfferedTheAdministrationPage() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        browser.logIn("pmo", "pmo");

        assertThat(browser.get(PAGE).body())
                .contains("<a class=\"aui-button\" id=\"pmo-portfolio-manage\" href=\"/plugins/servlet/pmo/portfolios\">");
    }

    @Test
    void anIdThatIsNoPortfolioIdIsNotEchoedIntoThePage() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        browser.logIn("alice", "alice");

        HttpResponse<String> page = browser.get(PAGE + "?id=%22%3E%3Cscript%3E1");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-selected=\"\"").doesNotContain("<script>1");
    }
}
