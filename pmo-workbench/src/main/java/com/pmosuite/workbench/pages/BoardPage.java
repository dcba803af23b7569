package com.pmosuite.workbench.pages;

import com.atlassian.sal.api.message.I18nResolver;
import com.pmosuite.facts.StatusCategory;
import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.http.SidebarLink;
import com.pmosuite.workbench.plugin.WebPanels;
import com.pmosuite.workbench.plugin.WebResources;
import com.pmosuite.workbench.tracker.TrackerIssue;
import com.pmosuite.workbench.tracker.TrackerScheme;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.pmosuite.workbench.http.Html.attr;
import static com.pmosuite.workbench.http.Html.escape;

/**
 * A simple stand-in for Jira Software's board, {@code /secure/RapidBoard.jspa?projectKey=KEY}: one column per status
 * category with a card per issue the viewer may see (sub-tasks left out, as a board shows them under their parent),
 * and, for {@code &selectedIssue=KEY-1}, the issue detail view beside it. That view hosts the web panels located at
 * {@code atl.gh.issue.details.tab} as Jira Software does: each panel whose conditions hold is a tab with the icon
 * its {@code iconFont} param names and the count its context provider put in {@code atl.gh.issue.details.tab.count}.
 */
public final class BoardPage extends HttpServlet {
    public static final String PATH = "/secure/RapidBoard.jspa";
    public static final String DETAILS_TAB = "atl.gh.issue.details.tab";
    public static final String TAB_COUNT = "atl.gh.issue.details.tab.count";
    /** The project sidebar's "Board" item, which Jira Software adds. */
    public static final String SIDEBAR_KEY = "com.pyxis.greenhopper.jira:project-sidebar-work-board";
    static final int BOARD_ISSUES = 200;

    private final WorkbenchDirectory directory;
    private final WebPanels panels;
    private final I18nResolver i18n;
    private final WebResources webResources;

    public BoardPage(WorkbenchDirectory directory, WebPanels panels, I18nResolver i18n, WebResources webResources) {
        this.directory = directory;
        this.panels = panels;
        this.i18n = i18n;
        this.webResources = webResources;
    }

    /** The sidebar item linking a project's board. */
    public static SidebarLink sidebarLink(String projectKey) {
        return new SidebarLink(SIDEBAR_KEY, "Board", PATH + "?projectKey=" + encode(projectKey));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = Optional.ofNullable(request.getParameter("projectKey")).orElse("");
        if (directory.getLoggedInUser() == null) {
            String here = PATH + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect("/login.jsp?os_destination=" + encode(here));
            return;
        }
        Optional<WorkbenchProject> project = directory.browsableProjects().stream()
                .filter(p -> p.key().equals(key)).findFirst();
        if (project.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            write(response, "<html><head><title>Board not found</title><meta name=\"decorator\" content=\"atl.general\">"
                    + "</head><body><div class=\"aui-message aui-message-error\" id=\"board-not-found\"><p>The board"
                    + " does not exist, or you do not have permission to see it.</p></div></body></html>");
            return;
        }
        Optional<TrackerIssue> selected = Optional.ofNullable(request.getParameter("selectedIssue"))
                .flatMap(directory::browsableIssue)
                .filter(issue -> issue.project().key().equals(key));
        if (selected.isPresent()) {
            // Jira Software's detail view is part of the issue view family: the same resource context.
            webResources.requireContext(BrowsePage.ISSUE_VIEW_CONTEXT);
        }
        write(response, page(project.get(), selected));
    }

    private String page(WorkbenchProject project, Optional<TrackerIssue> selected) {
        StringBuilder html = new StringBuilder().append("<html><head><title>").append(escape(project.name()))
                .append(" board</title><meta name=\"decorator\" content=\"atl.general\">")
                .append("<meta name=\"projectKey\" content=\"").append(attr(project.key())).append("\">")
                .append("<meta name=\"projectName\" content=\"").append(attr(project.name())).append("\">")
                .append("<meta name=\"admin.active.tab\" content=\"").append(SIDEBAR_KEY).append("\">")
                .append("<style>#ghx-board{display:flex;gap:16px;align-items:flex-start}")
                .append("#ghx-pool{display:flex;gap:8px;flex:1}.ghx-column{flex:1;background:#f4f5f7;padding:8px;")
                .append("border-radius:3px;min-width:160px}.ghx-issue{display:block;background:#fff;margin:4px 0;")
                .append("padding:6px;border-radius:3px;box-shadow:0 1px 1px rgba(9,30,66,.25);color:#172b4d}")
                .append(".ghx-issue.ghx-selected{outline:2px solid #4c9aff}#ghx-detail-view{width:380px}")
                .append(".ghx-detail-tabs{display:flex;gap:4px;margin-bottom:8px}</style>")
                .append("</head><body><h1>").append(escape(project.name())).append(" board</h1>")
                .append("<div id=\"ghx-board\"><div id=\"ghx-pool\">");
        List<TrackerIssue> issues = directory.firstIssuesOf(project, BOARD_ISSUES).stream()
                .filter(issue -> issue.type().hierarchyLevel() >= 0)
                .filter(issue -> directory.browsableIssue(issue.key()).isPresent())
                .toList();
        for (StatusCategory category : StatusCategory.values()) {
            html.append("<section class=\"ghx-column\" data-category=\"").append(category.jiraKey()).append("\">")
                    .append("<h2>").append(escape(TrackerScheme.categoryName(category))).append("</h2>");
            for (TrackerIssue issue : issues) {
                if (issue.statusCategory() != category) {
                    continue;
                }
                boolean isSelected = selected.map(s -> s.id() == issue.id()).orElse(false);
                html.append("<a class=\"ghx-issue").append(isSelected ? " ghx-selected" : "")
                        .append("\" data-issue-key=\"").append(attr(issue.key())).append("\" href=\"")
                        .append(attr(PATH + "?projectKey=" + encode(project.key()) + "&selectedIssue="
                                + encode(issue.key()))).append("\"><span class=\"ghx-key\">")
                        .append(escape(issue.key())).append("</span> <span class=\"ghx-type\">")
                        .append(escape(issue.type().name())).append("</span><br><span class=\"ghx-summary\">")
                        .append(escape(issue.summary())).append("</span></a>");
            }
            html.append("</section>");
        }
        html.append("</div>");
        selected.ifPresent(issue -> detailView(html, issue));
        return html.append("</div></body></html>").toString();
    }

    private void detailView(StringBuilder html, TrackerIssue issue) {
        List<WebPanels.Rendered> tabs = panels.render(DETAILS_TAB,
                Map.of("issue", directory.jiraIssue(issue), "project", issue.project()));
        html.append("<aside id=\"ghx-detail-view\" data-issue-key=\"").append(attr(issue.key())).append("\">")
                .append("<h2><a href=\"/browse/").append(attr(issue.key())).append("\">").append(escape(issue.key()))
                .append("</a> ").append(escape(issue.summary())).append("</h2>")
                .append("<div class=\"ghx-detail-tabs\" role=\"tablist\">");
        for (WebPanels.Rendered tab : tabs) {
            String icon = tab.module().param("iconFont").orElse("none");
            Object count = tab.context().get(TAB_COUNT);
            html.append("<span class=\"aui-button ghx-detail-nav-item\" role=\"tab\" data-panel-key=\"")
                    .append(attr(tab.module().key())).append("\" title=\"")
                    .append(attr(i18n.getText(tab.module().labelKey()))).append("\"><span class=\"aui-icon ")
                    .append("aui-icon-small aui-iconfont-").append(attr(icon)).append(" ghx-detail-icon\" data-icon=\"")
                    .append(attr(icon)).append("\"></span>");
            if (count != null) {
                html.append(" <span class=\"aui-badge ghx-detail-count\">").append(escape(String.valueOf(count)))
                        .append("</span>");
            }
            html.append("</span>");
        }
        html.append("</div>");
        for (WebPanels.Rendered tab : tabs) {
            html.append("<section class=\"ghx-detail-section\" role=\"tabpanel\" data-panel-key=\"")
                    .append(attr(tab.module().key())).append("\"><h3>")
                    .append(escape(i18n.getText(tab.module().labelKey()))).append("</h3>").append(tab.html())
                    .append("</section>");
        }
        html.append("</aside>");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void write(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }
}
