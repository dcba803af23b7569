package com.pmosuite.workbench.pages;

import com.atlassian.sal.api.message.I18nResolver;
import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.plugin.WebPanels;
import com.pmosuite.workbench.tracker.TrackerIssue;
import com.pmosuite.workbench.plugin.WebResources;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import static com.pmosuite.workbench.http.Html.attr;
import static com.pmosuite.workbench.http.Html.escape;

/**
 * Jira's {@code /browse/KEY} (project) and {@code /browse/KEY-1} (issue view) pages, reduced to what the plugin
 * attaches to: the project sidebar, and the issue view's right-hand web panels, which are the descriptor's own
 * panels rendered with their conditions and context providers.
 */
public final class BrowsePage extends HttpServlet {
    public static final String ISSUE_RIGHT_CONTEXT = "atl.jira.view.issue.right.context";
    /** The web resource context Jira's issue view requires. */
    public static final String ISSUE_VIEW_CONTEXT = "jira.view.issue";
    static final int PROJECT_PAGE_ISSUES = 200;

    private final WorkbenchDirectory directory;
    private final I18nResolver i18n;
    private final WebPanels panels;
    private final WebResources webResources;

    public BrowsePage(WorkbenchDirectory directory, WebPanels panels, I18nResolver i18n, WebResources webResources) {
        this.directory = directory;
        this.webResources = webResources;
        this.panels = panels;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (directory.getLoggedInUser() == null) {
            response.sendRedirect("/login.jsp?os_destination=" + URLEncoder.encode("/browse/" + key,
                    StandardCharsets.UTF_8));
            return;
        }
        Optional<TrackerIssue> issue = directory.browsableIssue(key);
        if (issue.isPresent()) {
            webResources.requireContext(ISSUE_VIEW_CONTEXT);
            page(response, issuePage(issue.get()));
            return;
        }
        Optional<WorkbenchProject> project = directory.browsableProjects().stream()
                .filter(p -> p.key().equals(key)).findFirst();
        if (project.isPresent()) {
            page(response, projectPage(project.get()));
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        page(response, "<html><head><title>Not found</title><meta name=\"decorator\" content=\"atl.general\">"
                + "</head><body><div class=\"aui-message aui-message-error\"><p>"
                + "The issue or project does not exist, or you do not have permission to see it.</p></div>"
                + "</body></html>");
    }

    private String projectPage(WorkbenchProject project) {
        StringBuilder html = head(project, project.name(), "");
        html.append("<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\">")
                .append("<div class=\"aui-page-header-main\"><h1>").append(escape(project.name()))
                .append("</h1></div></div></header>")
                .append("<table class=\"aui\" id=\"workbench-issues\"><thead><tr><th>Key</th><th>Type</th>")
                .append("<th>Summary</th><th>Status</th></tr></thead><tbody>");
        // The first issues only: a generated project holds hundreds of thousands; search finds the rest.
        for (TrackerIssue issue : directory.firstIssuesOf(project, PROJECT_PAGE_ISSUES)) {
            html.append("<tr><td><a href=\"/browse/").append(attr(issue.key())).append("\">")
                    .append(escape(issue.key())).append("</a></td><td>").append(escape(issue.type().name()))
                    .append("</td><td>").append(escape(issue.summary())).append("</td><td>")
                    .append(escape(issue.status().name())).append("</td></tr>");
        }
        return html.append("</tbody></table></body></html>").toString();
    }

    private String issuePage(TrackerIssue issue) {
        StringBuilder html = head(issue.project(), issue.key() + " " + issue.summary(), "");
        html.append("<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\">")
                .append("<div class=\"aui-page-header-main\"><ol class=\"aui-nav aui-nav-breadcrumbs\">")
                .append("<li><a href=\"/browse/").append(attr(issue.project().key())).append("\">")
                .append(escape(issue.project().name())).append("</a></li>");
        Long above = issue.parentId() != null ? issue.parentId() : issue.epicLinkId();
        String parentKey = above == null ? null : directory.issueKey(above).orElse(null);
        if (parentKey != null) {
            html.append("<li><a href=\"/browse/").append(attr(parentKey)).append("\">")
                    .append(escape(parentKey)).append("</a></li>");
        }
        html.append("<li><a id=\"key-val\" href=\"/browse/").append(attr(issue.key())).append("\">")
                .append(escape(issue.key())).append("</a></li></ol><h1 id=\"summary-val\">")
                .append(escape(issue.summary())).append("</h1></div></div></header>")
                .append("<div class=\"aui-group\"><div class=\"aui-item\" id=\"viewissue-details\">")
                .append("<h3>Details</h3><dl><dt>Type</dt><dd>").append(escape(issue.type().name()))
                .append("</dd><dt>Status</dt><dd>").append(escape(issue.status().name())).append("</dd></dl></div>")
                .append("<div class=\"aui-item\" id=\"viewissue-sidebar\" style=\"width:360px\">");
        for (WebPanels.Rendered panel : panels.render(ISSUE_RIGHT_CONTEXT,
                Map.of("issue", directory.jiraIssue(issue), "project", issue.project()))) {
            html.append("<div class=\"module\" id=\"").append(attr(panel.module().key()))
                    .append("-module\"><h3>").append(escape(i18n.getText(panel.module().labelKey())))
                    .append("</h3>").append(panel.html()).append("</div>");
        }
        return html.append("</div></div></body></html>").toString();
    }

    private static StringBuilder head(WorkbenchProject project, String title, String extra) {
        return new StringBuilder().append("<html><head><title>").append(escape(title)).append("</title>")
                .append("<meta name=\"decorator\" content=\"atl.general\">")
                .append("<meta name=\"projectKey\" content=\"").append(attr(project.key())).append("\">")
                .append("<meta name=\"projectName\" content=\"").append(attr(project.name())).append("\">")
                .append(extra).append("</head><body>");
    }

    private static void page(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
