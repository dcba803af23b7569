package com.pmosuite.workbench.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.http.CurrentUser;
import com.pmosuite.workbench.http.WorkbenchJson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jira's {@code GET /rest/api/2/project} (the projects the caller may browse) and
 * {@code GET /rest/api/2/project/{key}} (one of them, else 404 in Jira's error shape), in Jira's shape reduced to
 * {@code self, id, key, name}: what the heat-map item's project picker and title read.
 */
public final class JiraProjectsServlet extends HttpServlet {
    public static final String PATH = "/rest/api/2/project";

    private final WorkbenchDirectory directory;
    private final CurrentUser currentUser;
    private final ObjectMapper json = WorkbenchJson.newMapper();

    public JiraProjectsServlet(WorkbenchDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (currentUser.get().isEmpty()) {
            error(response, 401, "You are not authenticated.");
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String base = request.getRequestURL().toString().replaceFirst("(/rest/api/2/project).*$", "$1");
        List<WorkbenchProject> visible = directory.browsableProjects();
        if (path.isEmpty() || path.equals("/")) {
            write(response, 200, visible.stream().map(p -> json(p, base)).toList());
            return;
        }
        String keyOrId = path.substring(1);
        Optional<WorkbenchProject> project = visible.stream()
                .filter(p -> p.key().equals(keyOrId) || String.valueOf(p.id()).equals(keyOrId)).findFirst();
        if (project.isEmpty()) {
            // Jira does not tell a project you may not browse from one that does not exist.
            error(response, 404, "No project could be found with key '" + keyOrId + "'.");
            return;
        }
        write(response, 200, json(project.get(), base));
    }

    private static Map<String, Object> json(WorkbenchProject project, String base) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("self", base + "/" + project.id());
        body.put("id", String.valueOf(project.id()));
        body.put("key", project.key());
        body.put("name", project.name());
        return body;
    }

    private void error(HttpServletResponse response, int status, String message) throws IOException {
        write(response, status, Map.of("errorMessages", List.of(message), "errors", Map.of()));
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-store");
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
