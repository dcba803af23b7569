package com.pmosuite.plugin.risk.web;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.plugin.platform.auth.ProjectAccess;
import com.pmosuite.plugin.wiring.PmoComponents;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The project's "Risk register" page, reached from the project sidebar at
 * {@code /plugins/servlet/pmo/risk-register/<PROJECT-KEY>}. It renders the page frame (filters, table, heat maps,
 * dialogs); the page's script fills it from the REST API.
 */
public class RiskRegisterServlet extends HttpServlet {
    /** The descriptor's web resource for this page. */
    public static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:risk-register-resources";
    static final String TEMPLATE = "templates/risk/risk-register-page.vm";
    static final String NOT_FOUND_TEMPLATE = "templates/common/not-found-page.vm";

    private final transient ProjectAccess access;
    private final transient RiskPageModels models;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;

    @Inject
    public RiskRegisterServlet(PmoComponents components,
                               @ComponentImport TemplateRenderer renderer,
                               @ComponentImport PageBuilderService pageBuilder,
                               @ComponentImport I18nResolver i18n) {
        this.access = components.projectAccess();
        this.models = new RiskPageModels(components);
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String projectKey = lastSegment(request.getRequestURI());
        Project project;
        try {
            project = access.browsable(projectKey);
        } catch (NotVisible e) {
            if (access.currentUser().isEmpty()) {
                String here = request.getRequestURI().substring(request.getContextPath().length())
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                        + URLEncoder.encode(here, StandardCharsets.UTF_8));
                return;
            }
            render(response, HttpServletResponse.SC_NOT_FOUND, NOT_FOUND_TEMPLATE, new HashMap<>(Map.of(
                    "requestedKey", projectKey == null ? "" : projectKey)));
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        Map<String, Object> context = new HashMap<>(models.registerPage(project, request.getContextPath()));
        render(response, HttpServletResponse.SC_OK, TEMPLATE, context);
    }

    private void render(HttpServletResponse response, int status, String template, Map<String, Object> context)
            throws IOException {
        context.put("i18n", i18n);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(template, context, response.getWriter());
    }

    private static String lastSegment(String uri) {
        if (uri == null) {
            return null;
        }
        String path = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        String segment = path.substring(path.lastIndexOf('/') + 1);
        // Drop path parameters such as ;jsessionid=..., which servlet containers leave in the request URI.
        int parameters = segment.indexOf(';');
        if (parameters >= 0) {
            segment = segment.substring(0, parameters);
        }
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }
}
