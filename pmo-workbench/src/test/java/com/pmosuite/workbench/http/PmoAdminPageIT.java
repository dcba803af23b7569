package com.pmosuite.workbench.http;

import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PMO settings page in the administration area, as Jira serves an administration page: log in first, Jira
 * administrators only, and a password confirmation (websudo) that leads back to the page.
 */
class PmoAdminPageIT {
    private static final String PAGE = "/plugins/servlet/pmo/admin";

    @Test
    void anAnonymousVisitorIsSentToLogInAndBack() {
        HttpResponse<String> reply = new Browser(RunningWorkbench.baseUri()).get(PAGE);

        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location")).hasValue("/login.jsp?os_destination=%2Fplugins%2Fservlet"
                + "%2Fpmo%2Fadmin");
    }

    @Test
    void aPmoAdminWhoIsNoJiraAdministratorIsForbidden() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        browser.logIn("pmo", "pmo");

        assertThat(browser.get(PAGE).statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorConfirmsTheirPasswordAndComesBackToTheForm() {
        Browser browser = new Browser(RunningWorkbench.baseUri());
        browser.logIn("admin", "admin");

        HttpResponse<String> first = browser.get(PAGE);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location"))
                .hasValue("/secure/admin/WebSudoAuthenticate.jspa?webSudoDestination=%2Fplugins%2Fservlet%2Fpmo%2Fadmin");

        HttpResponse<String> confirmed = browser.postForm("/secure/admin/WebSudoAuthenticate.jspa",
                Map.of("webSudoPassword", "admin", "webSudoDestination", PAGE));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location")).hasValue(PAGE);

        HttpResponse<String> page = browser.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"pmo-admin-settings\"")
                .contains("data-rest-url=\"/rest/pmo/1.0/admin/settings\"")
                .contains("value=\"pmo-admins\"")
                .contains("pmo-admin.js");
    }
}
