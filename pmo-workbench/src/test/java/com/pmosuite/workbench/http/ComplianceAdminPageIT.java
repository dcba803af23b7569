package com.pmosuite.workbench.http;

import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance administration page: log in first, PMO admins only (not only Jira administrators), and a password
 * confirmation (websudo) that leads back to the page.
 */
class ComplianceAdminPageIT {
    private static final String PAGE = "/plugins/servlet/pmo/compliance-admin";

    @Test
    void anAnonymousVisitorIsSentToLogInAndBack() {
        HttpResponse<String> reply = new Browser(RunningWorkbench.baseUri()).get(PAGE);

        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location"))
                .hasValue("/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fpmo%2Fcompliance-admin");
    }

    @Test
    void someoneWhoIsNoPmoAdminIsForbidden() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        browser.logIn("alice", "alice");

        assertThat(browser.get(PAGE).statusCode()).isEqualTo(403);
    }

    @Test
    void aPmoAdminConfirmsTheirPasswordAndComesBackToThePage() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        browser.logIn("pmo", "pmo");

        HttpResponse<String> first = browser.get(PAGE);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).hasValue(
                "/secure/admin/WebSudoAuthenticate.jspa?webSudoDestination=%2Fplugins%2Fservlet%2Fpmo%2Fcompliance-admin");

        HttpResponse<String> confirmed = browser.postForm("/secure/admin/WebSudoAuthenticate.jspa",
                Map.of("webSudoPassword", "pmo", "webSudoDestination", PAGE));
        assertThat(confirmed.statusCode()).isEqualTo(302);

        HttpResponse<String> page = browser.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"pmo-compliance-admin\"")
                .contains("data-rest-url=\"/rest/pmo/1.0/\"")
                .contains("admin-standards.js")
                .contains("pmo-common.js");
    }
}
