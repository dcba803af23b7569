package com.pmosuite.plugin.compliance.admin.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.web.AdminPageGate;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The compliance administration page: PMO admins only, in a secure session (websudo), as the portfolio page. It
 * draws the frame and its five tabs; its scripts manage standards, standard sets, the scan schedule, waiver
 * decisions and import/export through {@code /rest/pmo/1.0/compliance/*}, which checks the same again.
 */
public class ComplianceAdminServlet extends HttpServlet {
    static final String TEMPLATE = "templates/compliance/admin-page.vm";
    static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:compliance-admin-resources";

    private final AdminPageGate gate;
    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final ApplicationProperties applicationProperties;

    @Inject
    public ComplianceAdminServlet(PmoAccess access,
                                  @ComponentImport WebSudoManager webSudo,
                                  @ComponentImport TemplateRenderer renderer,
                                  @ComponentImport PageBuilderService pageBuilder,
                                  @ComponentImport I18nResolver i18n,
                                  @ComponentImport ApplicationProperties applicationProperties) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.applicationProperties = applicationProperties;
        this.gate = new AdminPageGate(access, webSudo, i18n, applicationProperties);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contextPath = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        if (!gate.admits(request, response, AdminPageGate.pmoAdmins(), "pmo.compliance.admin.forbidden")) {
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", i18n.getText("pmo.compliance.admin.title"));
        model.put("intro", i18n.getText("pmo.compliance.admin.intro"));
        model.put("tabsLabel", i18n.getText("pmo.compliance.admin.tabs"));
        model.put("standardsTab", i18n.getText("pmo.compliance.admin.tab.standards"));
        model.put("setsTab", i18n.getText("pmo.compliance.admin.tab.sets"));
        model.put("scheduleTab", i18n.getText("pmo.compliance.admin.tab.schedule"));
        model.put("waiversTab", i18n.getText("pmo.compliance.admin.tab.waivers"));
        model.put("transferTab", i18n.getText("pmo.compliance.admin.tab.transfer"));
        model.put("loadingLabel", i18n.getText("pmo.compliance.admin.loading"));
        model.put("restUrl", contextPath + "/rest/pmo/1.0/");
        model.put("contextPath", contextPath);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(TEMPLATE, model, response.getWriter());
    }
}
