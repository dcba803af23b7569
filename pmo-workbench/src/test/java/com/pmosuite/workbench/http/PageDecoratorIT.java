package com.pmosuite.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageDecoratorIT {

    private static final String PROJECT_PAGE = "/plugins/servlet/test/project";
    private static TestWorkbench workbench;

    @BeforeAll
    static void start() {
        workbench = new TestWorkbench();
    }

    @AfterAll
    static void stop() {
        workbench.close();
    }

    private static String anonymousProjectPage() {
        HttpResponse<String> response = workbench.browser().get(PROJECT_PAGE);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void decoratedPageGetsAuiWithJqueryLoadedFirst() {
        String page = anonymousProjectPage();

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<title>Risk register</title>")
                .contains("<link rel=\"stylesheet\" href=\"/static/aui/aui-prototyping.css\"");
        assertThat(page.indexOf("/static/jquery/jquery.min.js"))
                .isPositive().isLessThan(page.indexOf("/static/aui/aui-prototyping.js"));
    }

    @Test
    void decoratedPageKeepsItsOwnHeadAndMetaTags() {
        assertThat(anonymousProjectPage())
                .contains("<style id=\"page-style\">.risk{color:red}</style>")
                .contains("<meta name=\"projectKey\" content=\"PMO\">");
    }

    @Test
    void requiredResourcesAreLinkedWithEscapedUrls() {
        assertThat(anonymousProjectPage())
                .contains("<link rel=\"stylesheet\" href=\"/download/resources/pmo/risk.css?v=1&amp;x=&quot;y&quot;\"")
                .contains("<script src=\"/download/resources/pmo/risk.js\"></script>");
    }

    @Test
    void headerNamesTheProductAndLinksToProjects() {
        assertThat(anonymousProjectPage())
                .contains("id=\"header\"", "Jira \u00b7 PMO workbench")
                .contains("<a id=\"browse_link\" href=\"/\">Projects</a>");
    }

    @Test
    void anonymousVisitorIsOfferedALoginThatReturnsToThisPage() {
        assertThat(anonymousProjectPage())
                .contains("href=\"/login.jsp?os_destination=%2Fplugins%2Fservlet%2Ftest%2Fproject\">Log in</a>");
    }

    @Test
    void loggedInUserSeesTheirEscapedNameAndLogOut() {
        String page = workbench.browser().get(PROJECT_PAGE,
                "Authorization", Browser.basic("alice", "alice-secret")).body();

        assertThat(page).contains("Alice &lt;Member&gt; Doe", "<a id=\"log_out\" href=\"/logout\">Log out</a>")
                .doesNotContain("Log in</a>");
    }

    @Test
    void projectPageGetsTheSidebarWithTheSelectedItemMarked() {
        String page = anonymousProjectPage();

        assertThat(page).contains("class=\"aui-sidebar\"", "data-project-key=\"PMO\"",
                "<body id=\"jira\" class=\"aui-layout aui-theme-default aui-page-sidebar risk-register\">");
        assertThat(page).containsPattern("<li class=\"aui-nav-selected\"><a class=\"aui-nav-item\" "
                + "href=\"/plugins/servlet/pmo/risks\\?project=PMO&amp;view=all\" data-link-id=\"risks\"");
        assertThat(page).contains("<li><a class=\"aui-nav-item\" href=\"/plugins/servlet/pmo/summary?project=PMO\"");
    }

    @Test
    void theShellTellsPhonesToLayThePageOutAtTheirOwnWidth() {
        assertThat(anonymousProjectPage())
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    }

    @Test
    void eachSidebarItemHasAnIconForTheCollapsedSidebarAndItsLabelAsTitle() {
        assertThat(anonymousProjectPage()).containsPattern("data-link-id=\"risks\"( aria-current=\"page\")? "
                + "title=\"Risks &lt;script&gt;alert\\(2\\)&lt;/script&gt;\"><span class=\"aui-icon aui-icon-large "
                + "aui-iconfont-warning\" aria-hidden=\"true\"></span>");
    }

    @Test
    void projectNameAndSidebarLabelsAreEscaped() {
        String page = anonymousProjectPage();

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; Portfolio")
                .contains("Risks &lt;script&gt;alert(2)&lt;/script&gt;")
                .contains("<span class=\"pmo-project-avatar\" aria-hidden=\"true\">&lt;</span>")
                .doesNotContain("<script>alert");
    }

    @Test
    void sidebarLinksWithScriptUrlsAreDisarmed() {
        assertThat(anonymousProjectPage()).contains("href=\"#\" data-link-id=\"evil\"").doesNotContain("javascript:");
    }

    @Test
    void pageBodySitsInsideThePagePanelWithItsCharactersIntact() {
        assertThat(anonymousProjectPage()).containsPattern(
                "<section class=\"aui-page-panel-content\">\\s*<p id=\"page-body\">Zoë's risks</p>\\s*</section>");
    }

    @Test
    void pageWithoutProjectKeyHasNoSidebar() {
        String page = workbench.browser().get("/secure/Projects.jspa").body();

        assertThat(page).contains("id=\"header\"", "All projects").doesNotContain("aui-sidebar");
    }

    @Test
    void pageWithoutDecoratorMetaPassesThroughUntouched() {
        HttpResponse<String> response = workbench.browser().get("/plugins/servlet/test/raw");

        assertThat(response.body()).isEqualTo(TestWorkbench.UNDECORATED_PAGE);
        assertThat(response.headers().firstValueAsLong("Content-Length"))
                .hasValue(TestWorkbench.UNDECORATED_PAGE.length());
    }

    @Test
    void nonHtmlResponsePassesThroughUntouched() {
        HttpResponse<String> response = workbench.browser().get("/plugins/servlet/test/csv");

        assertThat(response.body()).isEqualTo("key,title\nR-1,<b>x</b>\n");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    }
}
