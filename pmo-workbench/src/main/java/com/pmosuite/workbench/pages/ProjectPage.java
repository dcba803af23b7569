package com.pmosuite.workbench.pages;

import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.plugin.DescriptorSidebarLinks;
import com.pmosuite.workbench.plugin.PluginDescriptor;
import com.pmosuite.workbench.plugin.WebPanels;
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
 * Jira's project-centric page, {@code /projects/KEY?selectedItem=X}: the project's sidebar, with the item that
 * links to X selected, and in the content area the web panels whose location is X, rendered with their
 * conditions, context providers and web resources. The context they get is the project's: {@code project} (a
 * Jira {@code Project}) and {@code projectKey}. Without a panel for X the page says so inside the project, with
 * 404; without {@code selectedItem} it is the project's default page, {@code /browse/KEY}.
 */
public final class ProjectPage extends HttpServlet {
    public static final String PATH = "/projects/";

    private final WorkbenchDirectory directory;
    private final WebPanels panels;
    private final DescriptorSidebarLinks sidebar;

    public ProjectPage(WorkbenchDirectory directory, WebPanels panels, DescriptorSidebarLinks sidebar) {
        this.directory = directory;
        this.panels = panels;
        this.sidebar = sidebar;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (directory.getLoggedInUser() == null) {
            String here = PATH + key + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect("/login.jsp?os_destination=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return;
        }
        Optional<WorkbenchProject> project = directory.browsableProjects().stream()
                .filter(p -> p.key().equals(key)).findFirst();
        if (project.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            write(response, "<html><head><title>Project not found</title>"
                    + "<meta name=\"decorator\" content=\"atl.general\"></head><body>"
                    + "<div class=\"aui-message aui-message-error\" id=\"project-not-found\"><p>The project does not"
                    + " exist, or you do not have permission to see it.</p></div></body></html>");
            return;
        }
        String selectedItem = request.getParameter("selectedItem");
        if (selectedItem == null || selectedItem.isBlank()) {
            response.sendRedirect("/browse/" + URLEncoder.encode(key, StandardCharsets.UTF_8));
            return;
        }
        List<WebPanels.Rendered> content = panels.render(selectedItem,
                Map.of("project", project.get(), "projectKey", project.get().key()));
        Optional<PluginDescriptor.WebItem> item = sidebar.itemSelecting(selectedItem);
        String label = item.flatMap(sidebar::labelOf).orElse(project.get().name());
        StringBuilder html = new StringBuilder().append("<html><head><title>").append(escape(label))
                .append(" - ").append(escape(project.get().name())).append("</title>")
                .append("<meta name=\"decorator\" content=\"atl.general\">")
                .append("<meta name=\"projectKey\" content=\"").append(attr(project.get().key())).append("\">")
                .append("<meta name=\"projectName\" content=\"").append(attr(project.get().name())).append("\">");
        item.ifPresent(i -> html.append("<meta name=\"admin.active.tab\" content=\"").append(attr(i.key()))
                .append("\">"));
        html.append("</head><body><div id=\"project-page-content\" data-selected-item=\"")
                .append(attr(selectedItem)).append("\">");
        if (content.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            html.append("<div class=\"aui-message aui-message-warning\" id=\"project-page-unavailable\"><p>")
                    .append("This page is not available. The app that provides it may be disabled, or the link")
                    .append(" is out of date.</p></div>");
        }
        content.forEach(panel -> html.append("<div class=\"project-page-panel\" data-panel-key=\"")
                .append(attr(panel.module().key())).append("\">").append(panel.html()).append("</div>"));
        write(response, html.append("</div></body></html>").toString());
    }

    private static void write(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }
}
