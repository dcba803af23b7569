package com.pmosuite.workbench.pages;

import com.pmosuite.plugin.risk.web.RiskRegisterAddress;
import com.pmosuite.workbench.tracker.TrackerIssue;
import com.pmosuite.workbench.support.RunningWorkbench;
import com.pmosuite.workbench.wiring.WorkbenchComponents;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira's project-centric pages on the demo workbench, over HTTP: {@code /projects/KEY?selectedItem=X} shows the
 * descriptor's web panels located at X inside the project's chrome, and the issue view shows the Risks panel only
 * where its condition holds: on every issue to those who may change risks, elsewhere only where a risk names it.
 */
class ProjectPagesIT {
    private static final String REGISTER = RiskRegisterAddress.of("ALPHA");

    private final PageClient alice = new PageClient(RunningWorkbench.baseUri(), "alice");

    @Test
    void theRiskRegisterIsAProjectPageWithItsSidebarItemSelected() {
        HttpResponse<String> page = alice.get(REGISTER);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"project-sidebar\"", "id=\"pmo-risk-register\"",
                "data-project-key=\"ALPHA\"", "<title>Risk register - Apollo Platform</title>",
                "/download/resources/com.pmosuite.pmo-plugin:risk-register-resources/risk-register.js");
        // The page's start hands the dialogs their helpers, so the dialogs' scripts must already be there.
        assertThat(page.body().indexOf("risk-register-resources/risk-settings.js")).as("the settings dialog's script")
                .isPositive().isLessThan(page.body().indexOf("risk-register-resources/risk-register.js"));
        assertThat(page.body().indexOf("risk-register-resources/risk-dialog.js")).as("the risk dialog's script")
                .isPositive().isLessThan(page.body().indexOf("risk-register-resources/risk-register.js"));
        assertThat(page.body()).containsPattern("<li class=\"aui-nav-selected\"><a class=\"aui-nav-item\" href=\""
                + "/projects/ALPHA\\?selectedItem=com.pmosuite.pmo-plugin:risk-register-sidebar-link\"");
    }

    @Test
    void anUnknownSelectedItemSaysSoInsideTheProjectWith404() {
        HttpResponse<String> page = alice.get("/projects/ALPHA?selectedItem=com.example.gone:page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("id=\"project-sidebar\"", "id=\"project-page-unavailable\"")
                .doesNotContain("aui-nav-selected", "pmo-risk-register");
    }

    @Test
    void withoutASelectedItemTheProjectsDefaultPageOpens() {
        HttpResponse<String> page = alice.get("/projects/ALPHA");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/browse/ALPHA"));
    }

    @Test
    void aProjectTheUserMayNotBrowseIsNotFoundAndShowsNoneOfTheRegister() {
        HttpResponse<String> page = new PageClient(RunningWorkbench.baseUri(), "bob").get(REGISTER);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("id=\"project-not-found\"")
                .doesNotContain("Apollo Platform", "pmo-risk-register");
    }

    @Test
    void anonymousVisitorsAreSentToLogInAndBack() {
        HttpResponse<String> page = new PageClient(RunningWorkbench.baseUri(), null).get(REGISTER);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .contains("/login.jsp?os_destination=%2Fprojects%2FALPHA%3FselectedItem%3D"));
    }

    @Test
    void theOldServletAddressRedirectsPermanentlyAndKeepsTheQuery() {
        HttpResponse<String> old = alice.get("/plugins/servlet/pmo/risk-register/ALPHA?risk=12&sort=created");

        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue(REGISTER + "&risk=12&sort=created");
    }

    @Test
    void theOldAddressRefusesWhatIsNoProjectKey() {
        assertThat(alice.get("/plugins/servlet/pmo/risk-register/%22%3E%3Cscript%3E").statusCode()).isEqualTo(404);
        assertThat(alice.get("/plugins/servlet/pmo/risk-register/1ALPHA").statusCode()).isEqualTo(404);
    }

    @Test
    void theIssueViewShowsTheRisksPanelToAViewerOnlyOnceARiskTheyMaySeeNamesTheIssue() {
        WorkbenchComponents workbench = RunningWorkbench.get();
        // alice may only browse GAMMA: an issue of it that no risk names yet, the last one the demo left alone.
        TrackerIssue issue = workbench.directory().issuesOf("GAMMA").stream()
                .filter(i -> workbench.risks().register().linkedTo(i.key()).isEmpty())
                .max(Comparator.comparing(TrackerIssue::key)).orElseThrow();

        // Without the panel the issue view loads none of its styles: they come with the panel, not the page.
        assertThat(alice.get("/browse/" + issue.key()).body()).doesNotContain("issue-risks-panel-module",
                "issue-risks-panel.css", "risk-severity.css");

        HttpResponse<String> created = new PageClient(RunningWorkbench.baseUri(), "admin").post(
                "/rest/pmo/1.0/projects/GAMMA/risks", """
                {"title": "Panel condition probe", "kind": "threat", "probability": 2, "impact": 2,
                 "linkedIssueKeys": ["%s"]}""".formatted(issue.key()));
        assertThat(created.statusCode()).isEqualTo(201);

        HttpResponse<String> page = alice.get("/browse/" + issue.key());
        assertThat(page.body()).contains("issue-risks-panel-module", "Panel condition probe",
                "/download/resources/com.pmosuite.pmo-plugin:issue-risks-panel-resources/issue-risks-panel.css",
                "/download/resources/com.pmosuite.pmo-plugin:risk-severity-resources/risk-severity.css")
                .doesNotContain("risk-register.css", "issue-risks-panel.js", "pmo-issue-risks-link",
                        "pmo-issue-risk-unlink");
    }

    @Test
    void theIssueViewShowsTheRisksPanelWithItsControlsOnEveryIssueToThoseWhoMayChangeRisks() {
        WorkbenchComponents workbench = RunningWorkbench.get();
        TrackerIssue issue = workbench.directory().issuesOf("ALPHA").stream()
                .filter(i -> workbench.risks().register().linkedTo(i.key()).isEmpty())
                .max(Comparator.comparing(TrackerIssue::key)).orElseThrow();

        String page = alice.get("/browse/" + issue.key()).body();

        assertThat(page).contains("issue-risks-panel-module", "data-issue-key=\"" + issue.key() + "\"",
                "pmo-issue-risks-link", "pmo-issue-risks-create",
                "/download/resources/com.pmosuite.pmo-plugin:issue-risks-panel-script/issue-risks-panel.js",
                "/download/resources/com.pmosuite.pmo-plugin:pmo-common/pmo-common.js");
        assertThat(page.indexOf("pmo-common.js")).isLessThan(page.indexOf("issue-risks-panel.js"));
    }

    @Test
    void theIssuePanelLinksTheRisksItLeavesOutToTheRegisterFilteredToTheIssue() {
        WorkbenchComponents workbench = RunningWorkbench.get();
        // Another issue no risk names yet: the first one (the test above takes the last).
        TrackerIssue issue = workbench.directory().issuesOf("ALPHA").stream()
                .filter(i -> workbench.risks().register().linkedTo(i.key()).isEmpty())
                .min(Comparator.comparing(TrackerIssue::key)).orElseThrow();
        for (int i = 0; i < 22; i++) {
            HttpResponse<String> created = alice.post("/rest/pmo/1.0/projects/ALPHA/risks", """
                    {"title": "Panel overflow %d", "kind": "threat", "probability": 2, "impact": 2,
                     "linkedIssueKeys": ["%s"]}""".formatted(i, issue.key()));
            assertThat(created.statusCode()).isEqualTo(201);
        }

        String panel = alice.get("/browse/" + issue.key()).body();

        String filtered = REGISTER + "&issue=" + issue.key();
        assertThat(panel).contains("<a class=\"pmo-issue-risks-more-link\" href=\"" + filtered.replace("&", "&amp;")
                + "\">and 2 more</a>");
        assertThat(alice.get(filtered).statusCode()).isEqualTo(200);
        assertThat(alice.get("/rest/pmo/1.0/projects/ALPHA/risks?issue=" + issue.key()).body()).contains("\"total\":22");
    }

    @Test
    void theIssuePanelCountsTheRisksItLeavesOutPerProject() {
        WorkbenchComponents workbench = RunningWorkbench.get();
        TrackerIssue issue = workbench.directory().issuesOf("ALPHA").stream()
                .filter(i -> workbench.risks().register().linkedTo(i.key()).isEmpty())
                .min(Comparator.comparing(TrackerIssue::key)).orElseThrow();
        for (int i = 0; i < 21; i++) {
            create("ALPHA", issue);
        }
        create("BETA", issue);
        create("BETA", issue);

        String panel = alice.get("/browse/" + issue.key()).body();

        assertThat(panel).contains("aria-label=\"and 3 more\"",
                "href=\"" + RiskRegisterAddress.ofIssue("ALPHA", issue.key()).replace("&", "&amp;") + "\">1 more in ALPHA</a>",
                "href=\"" + RiskRegisterAddress.ofIssue("BETA", issue.key()).replace("&", "&amp;") + "\">2 more in BETA</a>");
    }

    private void create(String projectKey, TrackerIssue linked) {
        HttpResponse<String> created = alice.post("/rest/pmo/1.0/projects/" + projectKey + "/risks", """
                {"title": "Linked from %s", "kind": "threat", "probability": 2, "impact": 2,
                 "linkedIssueKeys": ["%s"]}""".formatted(projectKey, linked.key()));
        assertThat(created.statusCode()).isEqualTo(201);
    }
}
