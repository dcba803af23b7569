package com.pmosuite.workbench.browser;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.workbench.demo.DemoPortfolio;
import com.pmosuite.workbench.host.BundleI18nHelper;
import com.pmosuite.workbench.host.BundleI18nResolver;
import com.pmosuite.workbench.host.VelocityTemplateRenderer;
import com.pmosuite.workbench.http.WorkbenchAccounts;
import com.pmosuite.workbench.http.WorkbenchServer;
import com.pmosuite.workbench.plugin.JsI18nTransformer;
import com.pmosuite.workbench.plugin.PluginDescriptor;
import com.pmosuite.workbench.plugin.WebResources;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test-only workbench server for the compliance pages' scripts, as {@link ChartFixtureServer} is for the charts:
 * the plugin's real templates (rendered by the workbench's Velocity with Jira's escaping) and web resources (from the
 * plugin jar, through the jsI18n transformer), with the REST API replaced by JSON answers a test sets per request
 * ({@code /fixture-rest/…}). It lets a test draw outcomes the demo does not produce on demand: errors, version
 * offenders, expired waivers, 400 answers. The pages' behaviour against the real API is tested on the demo
 * workbench ({@link ProjectComplianceBrowserIT}).
 */
final class ComplianceFixtureServer implements AutoCloseable {
    static final String PROJECT_PAGE = "plugins/servlet/test/compliance/project";
    static final String PORTFOLIO_PAGE = "plugins/servlet/test/compliance/portfolio";
    static final String REST = "/fixture-rest/";

    private final WorkbenchServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    /** A JSON answer: status and body. */
    record Answer(int status, String json) {
    }

    ComplianceFixtureServer() {
        PluginDescriptor descriptor = PluginDescriptor.load(ComplianceFixtureServer.class.getClassLoader());
        WebResources webResources = new WebResources(descriptor,
                new JsI18nTransformer(BundleI18nResolver.rawMessages(descriptor.i18nBundle())));
        BundleI18nResolver i18n = new BundleI18nResolver(descriptor.i18nBundle());
        VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(i18n,
                Set.copyOf(descriptor.velocityAllowlist()));
        server = WorkbenchServer.builder(new WorkbenchAccounts(DemoPortfolio.accounts()))
                .port(0)
                .requiredResources(webResources::drain)
                .servlet("/download/resources/*", webResources.servlet())
                .servlet("/" + PROJECT_PAGE, new Page(webResources, renderer, new BundleI18nHelper(i18n), true))
                .servlet("/" + PORTFOLIO_PAGE, new Page(webResources, renderer, new BundleI18nHelper(i18n), false))
                .servlet(REST + "*", new FixtureRest())
                .build()
                .start();
    }

    /** The project page as someone who may (or may not) scan and ask for waivers sees it. */
    URI projectPage(boolean canAct) {
        return server.baseUri().resolve(PROJECT_PAGE + "?canAct=" + canAct);
    }

    URI portfolioPage(long id) {
        return server.baseUri().resolve(PORTFOLIO_PAGE + "?id=" + id);
    }

    /** Answers {@code method path} (path below the REST base, query included) with this status and JSON. */
    void answer(String method, String path, int status, String json) {
        answers.put(method + " " + path, new Answer(status, json));
    }

    /** The requests the pages made, as "METHOD path body", oldest first. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    void reset() {
        answers.clear();
        requests.clear();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** A page rendering one of the plugin's compliance templates with a hand-made model, in Jira's page chrome. */
    private static final class Page extends HttpServlet {
        private final transient PageBuilderService pageBuilder;
        private final transient VelocityTemplateRenderer renderer;
        private final transient BundleI18nHelper i18n;
        private final boolean project;

        Page(PageBuilderService pageBuilder, VelocityTemplateRenderer renderer, BundleI18nHelper i18n,
             boolean project) {
            this.pageBuilder = pageBuilder;
            this.renderer = renderer;
            this.i18n = i18n;
            this.project = project;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Map<String, Object> model = new HashMap<>();
            model.put("i18n", i18n);
            model.put("contextPath", "");
            StringWriter body = new StringWriter();
            if (project) {
                pageBuilder.assembler().resources().requireWebResource(
                        "com.pmosuite.pmo-plugin:project-compliance-resources");
                boolean canAct = "true".equals(request.getParameter("canAct"));
                model.put("complianceVisible", true);
                model.put("projectKey", "ALPHA");
                model.put("projectName", "Apollo <Platform>");
                model.put("restBase", REST);
                model.put("csvUrl", REST + "projects/ALPHA/compliance.csv");
                model.put("selectedItem", "com.pmosuite.pmo-plugin:project-compliance-sidebar-link");
                model.put("riskRegisterItem", "com.pmosuite.pmo-plugin:risk-register-sidebar-link");
                model.put("currentUserKey", "pmo");
                model.put("isPmoAdmin", false);
                model.put("canAct", canAct);
                renderer.render("templates/compliance/project-compliance-page.vm", model, body);
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write("<html><head><title>Compliance fixture</title>"
                        + "<meta name=\"decorator\" content=\"atl.general\"></head><body>" + body + "</body></html>");
                return;
            }
            pageBuilder.assembler().resources().requireWebResource(
                    "com.pmosuite.pmo-plugin:portfolio-compliance-resources");
            model.put("title", "Portfolio compliance");
            model.put("pickerLabel", "Portfolio");
            model.put("loadingLabel", "Loading");
            model.put("portfolioPageLabel", "Portfolio rollup");
            model.put("selected", request.getParameter("id"));
            model.put("restUrl", REST);
            model.put("projectPageItem", "com.pmosuite.pmo-plugin:project-compliance-sidebar-link");
            model.put("portfolioPageUrl", "/plugins/servlet/pmo/portfolio");
            response.setContentType("text/html;charset=UTF-8");
            renderer.render("templates/compliance/portfolio-compliance-page.vm", model, response.getWriter());
        }
    }

    /** The REST API's stand-in: the answer set for the request, or a 404 in the API's error shape. */
    private final class FixtureRest extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getRequestURI().substring(REST.length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(request.getMethod() + " " + path + (body.isEmpty() ? "" : " " + body));
            Answer answer = answers.getOrDefault(request.getMethod() + " " + path,
                    new Answer(404, "{\"status\":404,\"message\":\"Not found\",\"errors\":[]}"));
            response.setStatus(answer.status());
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(answer.json());
        }
    }
}
