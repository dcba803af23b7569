package com.pmosuite.plugin.platform.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.settings.PmoSettings;
import com.pmosuite.plugin.platform.settings.PmoSettingsStore;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PMO settings page in Jira's administration (Manage apps): Jira administrators only, in a secure administrator
 * session, like every Jira administration page. It shows the form; its script saves through
 * {@code /rest/pmo/1.0/admin/settings}, which checks the same again.
 */
public class PmoAdminServlet extends HttpServlet {
    static final String TEMPLATE = "templates/platform/pmo-admin-page.vm";
    static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:pmo-admin-resources";

    private final AdminPageGate gate;
    private final PmoSettingsStore settings;
    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final ApplicationProperties applicationProperties;

    @Inject
    public PmoAdminServlet(PmoAccess access, PmoSettingsStore settings,
                           @ComponentImport WebSudoManager webSudo,
                           @ComponentImport TemplateRenderer renderer,
                           @ComponentImport PageBuilderService pageBuilder,
                           @ComponentImport I18nResolver i18n,
                           @ComponentImport ApplicationProperties applicationProperties) {
        this.settings = settings;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.applicationProperties = applicationProperties;
        this.gate = new AdminPageGate(access, webSudo, i18n, applicationProperties);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contextPath = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        if (!gate.admits(request, response, AdminPageGate.jiraAdministrators(), "pmo.admin.forbidden")) {
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        PmoSettings current = settings.current();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", i18n.getText("pmo.admin.title"));
        model.put("groupLabel", i18n.getText("pmo.admin.group.label"));
        model.put("groupDescription", i18n.getText("pmo.admin.group.description"));
        model.put("saveLabel", i18n.getText("pmo.admin.save"));
        model.put("savedMessage", i18n.getText("pmo.admin.saved"));
        model.put("pmoAdminGroup", current.pmoAdminGroup());
        model.put("version", String.valueOf(current.version()));
        model.put("restUrl", contextPath + "/rest/pmo/1.0/admin/settings");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(TEMPLATE, model, response.getWriter());
    }
}
