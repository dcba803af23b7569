package com.pmosuite.workbench.pages;

import com.atlassian.jira.user.ApplicationUser;
import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.tracker.JqlException;
import com.pmosuite.workbench.tracker.JqlParser;
import com.pmosuite.workbench.tracker.TrackerIssue;
import com.pmosuite.workbench.tracker.TrackerSearch;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static com.pmosuite.workbench.http.Html.attr;
import static com.pmosuite.workbench.http.Html.escape;

/**
 * Jira's issue navigator ({@code /issues/?jql=}), reduced to its list view: the first {@value #PAGE_ISSUES} issues
 * the user may see that match the JQL (the workbench's subset), with the total, or the parser's message. The
 * compliance pages' "Open in issue navigator" links land here.
 */
public final class IssueNavigatorPage extends HttpServlet {
    public static final String PATH = "/issues/";
    static final int PAGE_ISSUES = 50;

    private final WorkbenchDirectory directory;
    private final TrackerSearch search;

    public IssueNavigatorPage(WorkbenchDirectory directory, TrackerSearch search) {
        this.directory = directory;
        this.search = search;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationUser user = directory.getLoggedInUser();
        if (user == null) {
            String here = PATH + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect("/login.jsp?os_destination=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return;
        }
        String jql = request.getParameter("jql") == null ? "" : request.getParameter("jql");
        StringBuilder html = new StringBuilder("<html><head><title>Search</title>"
                + "<meta name=\"decorator\" content=\"atl.general\"></head><body><h1>Search</h1>")
                .append("<form class=\"aui\" method=\"get\" action=\"").append(PATH).append("\">")
                .append("<textarea id=\"advanced-search\" name=\"jql\" rows=\"3\" cols=\"100\" maxlength=\"")
                .append(JqlParser.MAX_LENGTH).append("\">").append(escape(jql)).append("</textarea>")
                .append("<button class=\"aui-button\" type=\"submit\">Search</button></form>");
        if (!jql.isBlank()) {
            try {
                // Bounded before it is parsed, as every JQL the workbench reads.
                TrackerSearch.Page page = search.search(user, search.parse(jql), 0, PAGE_ISSUES);
                html.append("<p id=\"issue-count\" data-total=\"").append(page.total()).append("\">")
                        .append(page.total()).append(page.total() == 1 ? " issue" : " issues").append("</p>")
                        .append("<table class=\"aui\" id=\"issuetable\"><tbody>");
                for (TrackerIssue issue : page.issues()) {
                    html.append("<tr class=\"issuerow\" data-issuekey=\"").append(attr(issue.key()))
                            .append("\"><td class=\"issuekey\"><a href=\"/browse/").append(attr(issue.key()))
                            .append("\">").append(escape(issue.key())).append("</a></td><td class=\"summary\">")
                            .append(escape(issue.summary())).append("</td></tr>");
                }
                html.append("</tbody></table>");
            } catch (JqlException invalid) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                html.append("<div class=\"aui-message aui-message-error\" id=\"jql-error\"><p>")
                        .append(escape(invalid.getMessage())).append("</p></div>");
            }
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html.append("</body></html>").toString());
    }
}
