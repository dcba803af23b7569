package com.pmosuite.workbench.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.http.CurrentUser;
import com.pmosuite.workbench.http.WorkbenchJson;
import com.pmosuite.workbench.tracker.ProjectDetailsStore;
import com.pmosuite.workbench.tracker.TrackerVersion;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jira's {@code GET /rest/api/2/project} (the projects the caller may browse) and
 * {@code GET /rest/api/2/project/{key}} (one of them, else 404 in Jira's error shape), in Jira's shape reduced to
 * {@code self, id, key, name}: what the heat-map item's project picker and title read. Also
 * {@code GET /rest/api/2/project/{key}/versions}, the project's versions (see {@link #versionJson}).
 */
public final class JiraProjectsServlet extends HttpServlet {
    public static final String PATH = "/rest/api/2/project";

    private final WorkbenchDirectory directory;
    private final CurrentUser currentUser;
    private final ProjectDetailsStore details;
    private final Clock clock;
    private final ObjectMapper json = WorkbenchJson.newMapper();

    /** @param clock what a version's {@code overdue} is judged by, on the caller's day */
    public JiraProjectsServlet(WorkbenchDirectory directory, CurrentUser currentUser, ProjectDetailsStore details,
                               Clock clock) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.details = details;
        this.clock = clock;
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
        boolean versions = keyOrId.endsWith(VERSIONS);
        if (versions) {
            keyOrId = keyOrId.substring(0, keyOrId.length() - VERSIONS.length());
        }
        String wanted = keyOrId;
        Optional<WorkbenchProject> project = visible.stream()
                .filter(p -> p.key().equals(wanted) || String.valueOf(p.id()).equals(wanted)).findFirst();
        if (project.isEmpty()) {
            // Jira does not tell a project you may not browse from one that does not exist.
            boolean byId = !wanted.isEmpty() && wanted.chars().allMatch(Character::isDigit);
            error(response, 404, "No project could be found with " + (versions && byId ? "id" : "key") + " '"
                    + wanted + "'.");
            return;
        }
        if (versions) {
            LocalDate today = LocalDate.now(clock.withZone(
                    directory.getTimeZoneforUser(directory.getLoggedInUser()).toZoneId()));
            String restBase = base.substring(0, base.length() - "project".length());
            write(response, 200, details.versions(project.get().id()).stream()
                    .map(v -> versionJson(v, restBase, today)).toList());
            return;
        }
        write(response, 200, json(project.get(), base));
    }

    private static final String VERSIONS = "/versions";

    /**
     * A version in Jira's shape: {@code self, id, name, archived, released, startDate, releaseDate, overdue,
     * projectId}; dates as {@code yyyy-MM-dd}, left out when not set, {@code overdue} only with a release date
     * (Jira's {@code userStartDate}/{@code userReleaseDate}, formatted for the caller's locale, are left out).
     */
    private static Map<String, Object> versionJson(TrackerVersion version, String restBase, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("self", restBase + "version/" + version.id());
        body.put("id", String.valueOf(version.id()));
        body.put("name", version.name());
        body.put("archived", version.archived());
        body.put("released", version.released());
        if (version.startDate() != null) {
            body.put("startDate", version.startDate().toString());
        }
        if (version.releaseDate() != null) {
            body.put("releaseDate", version.releaseDate().toString());
            body.put("overdue", !version.released() && version.releaseDate().isBefore(today));
        }
        body.put("projectId", version.projectId());
        return body;
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
