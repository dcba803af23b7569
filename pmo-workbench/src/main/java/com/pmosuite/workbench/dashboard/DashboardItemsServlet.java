package com.pmosuite.workbench.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.workbench.http.CurrentUser;
import com.pmosuite.workbench.http.WorkbenchAccount;
import com.pmosuite.workbench.http.WorkbenchJson;
import com.pmosuite.workbench.http.XsrfProtection;
import com.pmosuite.workbench.plugin.PluginDescriptor;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbench's dashboard REST API, what Jira's dashboard serves its own page (Jira's is
 * {@code /rest/dashboards/1.0/…}): the caller's own items only, never another user's.
 * <ul>
 * <li>{@code GET /rest/dashboards/1.0/items}: {@code [{id, moduleKey, preferences}]}</li>
 * <li>{@code POST /rest/dashboards/1.0/items} {@code {moduleKey}}: adds a descriptor's dashboard item (201)</li>
 * <li>{@code PUT /rest/dashboards/1.0/items/{id}/prefs} {@code {name: "value", …}}: replaces the item's
 * preferences (200, the item), what {@code API.savePreferences} calls</li>
 * <li>{@code DELETE /rest/dashboards/1.0/items/{id}}: removes the item (204)</li>
 * </ul>
 * Anonymous callers get 401; mutating calls pass Jira's XSRF rule ({@link XsrfProtection#rejects}) or get 403;
 * bodies are JSON of at most 32 KB, read no further, with 400 in the documented error shape
 * ({@code {status, message, errors:[{field, message}]}}); another user's item, or none, is a 404.
 */
public final class DashboardItemsServlet extends HttpServlet {
    public static final String PATH = "/rest/dashboards/1.0/";

    private static final Pattern ITEM = Pattern.compile("/items/(0|[1-9][0-9]{0,17})");
    private static final Pattern PREFS = Pattern.compile("/items/(0|[1-9][0-9]{0,17})/prefs");

    private final DashboardStore store;
    private final PluginDescriptor descriptor;
    private final CurrentUser currentUser;
    private final ObjectMapper json = WorkbenchJson.newMapper();

    public DashboardItemsServlet(DashboardStore store, PluginDescriptor descriptor, CurrentUser currentUser) {
        this.store = store;
        this.descriptor = descriptor;
        this.currentUser = currentUser;
    }

    /** An item as the API shows it. */
    record ItemJson(long id, String moduleKey, Map<String, String> preferences) {
        static ItemJson of(DashboardStore.Item item) {
            return new ItemJson(item.id(), item.moduleKey(), item.preferences());
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<WorkbenchAccount> caller = currentUser.get();
        if (caller.isEmpty()) {
            error(response, 401, "Client must be authenticated to access this resource.", List.of());
            return;
        }
        if (xsrfRejects(request)) {
            error(response, 403, "XSRF check failed", List.of());
            return;
        }
        String userKey = caller.get().key();
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String method = request.getMethod();
        Matcher item = ITEM.matcher(path);
        Matcher prefs = PREFS.matcher(path);
        if (path.equals("/items") && method.equals("GET")) {
            write(response, 200, store.items(userKey).stream().map(ItemJson::of).toList());
        } else if (path.equals("/items") && method.equals("POST")) {
            add(request, response, userKey);
        } else if (prefs.matches() && method.equals("PUT")) {
            savePreferences(request, response, userKey, Long.parseLong(prefs.group(1)));
        } else if (item.matches() && method.equals("DELETE")) {
            if (store.remove(userKey, Long.parseLong(item.group(1)))) {
                response.setStatus(204);
            } else {
                notFound(response);
            }
        } else if (path.equals("/items") || prefs.matches() || item.matches()) {
            error(response, 405, "Method not allowed", List.of());
        } else {
            notFound(response);
        }
    }

    private void add(HttpServletRequest request, HttpServletResponse response, String userKey) throws IOException {
        Optional<String> body = jsonBody(request, response);
        if (body.isEmpty()) {
            return;
        }
        JsonNode root;
        try {
            root = json.readTree(body.get());
        } catch (JsonProcessingException e) {
            error(response, 400, "The body is not JSON", List.of());
            return;
        }
        String moduleKey = root != null && root.path("moduleKey").isTextual() ? root.path("moduleKey").textValue() : "";
        String prefix = descriptor.pluginKey() + ":";
        if (!moduleKey.startsWith(prefix) || descriptor.dashboardItem(moduleKey.substring(prefix.length())).isEmpty()) {
            error(response, 400, "No such dashboard item",
                    List.of(new DashboardPreferences.Problem("moduleKey", "must name a dashboard item")));
            return;
        }
        try {
            DashboardStore.Item added = store.add(userKey, moduleKey);
            response.setHeader("Location", request.getRequestURI() + "/" + added.id());
            write(response, 201, ItemJson.of(added));
        } catch (DashboardStore.DashboardFullException e) {
            error(response, 400, e.getMessage(), List.of());
        }
    }

    private void savePreferences(HttpServletRequest request, HttpServletResponse response, String userKey, long id)
            throws IOException {
        // Another user's item is a 404 before its body is read, as for an item that does not exist.
        if (store.item(userKey, id).isEmpty()) {
            notFound(response);
            return;
        }
        Optional<String> body = jsonBody(request, response);
        if (body.isEmpty()) {
            return;
        }
        DashboardPreferences.Parsed parsed = DashboardPreferences.parse(json, body.get());
        if (!parsed.valid()) {
            error(response, 400, "The preferences were not saved", parsed.problems());
            return;
        }
        if (!store.savePreferences(userKey, id, parsed.preferences())) {
            notFound(response);
            return;
        }
        write(response, 200, ItemJson.of(store.item(userKey, id).orElseThrow()));
    }

    /** The body as text, or empty after answering 415 (not JSON) or 400 (too long). */
    private Optional<String> jsonBody(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MediaType type = mediaType(request.getContentType());
        if (type == null || !"application".equals(type.getType()) || !"json".equals(type.getSubtype())) {
            error(response, 415, "The body must be application/json", List.of());
            return Optional.empty();
        }
        if (request.getContentLengthLong() > DashboardPreferences.MAX_BODY_BYTES) {
            error(response, 400, tooLong(), List.of());
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            // One byte more than allowed tells a long chunked body from one exactly at the limit.
            bytes = in.readNBytes(DashboardPreferences.MAX_BODY_BYTES + 1);
        }
        if (bytes.length > DashboardPreferences.MAX_BODY_BYTES) {
            error(response, 400, tooLong(), List.of());
            return Optional.empty();
        }
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    private static String tooLong() {
        return "The body must be at most " + DashboardPreferences.MAX_BODY_BYTES + " bytes";
    }

    private static boolean xsrfRejects(HttpServletRequest request) {
        String contentType = request.getContentType();
        MediaType type = mediaType(contentType);
        if (contentType != null && type == null) {
            // A content type that does not parse is refused like one a form could send.
            return !request.getMethod().equals("GET");
        }
        return XsrfProtection.rejects(request.getMethod(), request.getHeader("X-Atlassian-Token"), type,
                request.getHeader("Origin"), request.getHeader("Referer"),
                URI.create(request.getRequestURL().toString()));
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            return MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void notFound(HttpServletResponse response) throws IOException {
        error(response, 404, "No such dashboard item", List.of());
    }

    private void error(HttpServletResponse response, int status, String message,
                       List<DashboardPreferences.Problem> problems) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        body.put("errors", problems.stream().map(p -> {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("field", p.field());
            field.put("message", p.message());
            return field;
        }).toList());
        write(response, status, body);
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-store");
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
