package com.pmosuite.workbench.pages;

import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.http.Html;
import com.pmosuite.workbench.http.SidebarLink;
import com.pmosuite.workbench.http.SidebarLinks;
import com.pmosuite.workbench.http.WorkbenchAccount;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static com.pmosuite.workbench.http.Html.attr;
import static com.pmosuite.workbench.http.Html.escape;

/**
 * The workbench's start page: the projects you can browse, like Jira's project directory, each with the pages the
 * plugin adds to its sidebar.
 */
public final class HomePage extends HttpServlet {
    private final WorkbenchDirectory directory;
    private final SidebarLinks sidebarLinks;

    public HomePage(WorkbenchDirectory directory, SidebarLinks sidebarLinks) {
        this.directory = directory;
        this.sidebarLinks = sidebarLinks;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/".equals(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringBuilder html = new StringBuilder();
        html.append("<html><head><title>Projects - PMO workbench</title>")
                .append("<meta name=\"decorator\" content=\"atl.general\"></head><body>")
                .append("<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\">")
                .append("<div class=\"aui-page-header-main\"><h1>Projects</h1></div></div></header>");
        boolean anonymous = directory.getLoggedInUser() == null;
        List<WorkbenchProject> projects = directory.browsableProjects();
        if (anonymous) {
            html.append("<div class=\"aui-message aui-message-info\"><p>")
                    .append("<a href=\"/login.jsp\">Log in</a> to see projects. Demo users: ");
            for (WorkbenchAccount account : directory.accounts().all()) {
                html.append("<code>").append(escape(account.username())).append('/')
                        .append(escape(account.username())).append("</code> ");
            }
            html.append("</p></div>");
        } else if (projects.isEmpty()) {
            html.append("<div class=\"aui-message aui-message-warning\"><p>")
                    .append("You do not have access to any project.</p></div>");
        } else {
            html.append("<table class=\"aui\" id=\"workbench-projects\"><thead><tr><th>Key</th><th>Name</th>")
                    .append("<th>Lead</th><th></th></tr></thead><tbody>");
            for (WorkbenchProject project : projects) {
                String lead = directory.accounts().byKey(project.leadKey()).map(WorkbenchAccount::displayName)
                        .orElse(project.leadKey());
                html.append("<tr data-project-key=\"").append(attr(project.key())).append("\"><td>")
                        .append(escape(project.key())).append("</td><td><a href=\"/browse/")
                        .append(attr(project.key())).append("\">").append(escape(project.name()))
                        .append("</a></td><td>").append(escape(lead)).append("</td><td>");
                for (SidebarLink link : sidebarLinks.forProject(project.key(), Optional.empty())) {
                    html.append("<a href=\"").append(Html.url(link.url())).append("\">").append(escape(link.label()))
                            .append("</a> ");
                }
                html.append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("</body></html>");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html.toString());
    }
}
