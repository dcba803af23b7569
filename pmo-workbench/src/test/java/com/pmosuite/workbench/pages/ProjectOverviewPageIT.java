package com.pmosuite.workbench.pages;

import com.pmosuite.workbench.support.RunningWorkbench;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's Overview page (project-centric view) over HTTP: the sidebar item, the page's frame and script for a
 * reader of the project; the log-in page for anonymous visitors; nothing of the project for bob.
 */
class ProjectOverviewPageIT {
    static final String OVERVIEW = "/projects/ALPHA?selectedItem=com.pmosuite.pmo-plugin:project-overview-sidebar-link";

    @Test
    void theOverviewIsAProjectPageWithItsSidebarItemSelected() {
        HttpResponse<String> page = new PageClient(RunningWorkbench.baseUri(), "alice").get(OVERVIEW);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"pmo-project-overview\"", "data-project-key=\"ALPHA\"",
                "<title>Overview - Apollo Platform</title>",
                "/download/resources/com.pmosuite.pmo-plugin:project-overview-resources/project-overview.js",
                "rollup-view.js");
        assertThat(page.body()).containsPattern("<li class=\"aui-nav-selected\"><a class=\"aui-nav-item\" href=\""
                + "/projects/ALPHA\\?selectedItem=com.pmosuite.pmo-plugin:project-overview-sidebar-link\"");
    }

    @Test
    void anAnonymousVisitorIsSentToLogIn() {
        HttpResponse<String> page = new PageClient(RunningWorkbench.baseUri(), null).get(OVERVIEW);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).startsWith("/login.jsp?os_destination=");
    }

    @Test
    void bobWhoMayNotBrowseTheProjectSeesNothingOfIt() {
        HttpResponse<String> page = new PageClient(RunningWorkbench.baseUri(), "bob").get(OVERVIEW);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("pmo-project-overview\"", "Apollo Platform", "project-overview.js");
    }
}
