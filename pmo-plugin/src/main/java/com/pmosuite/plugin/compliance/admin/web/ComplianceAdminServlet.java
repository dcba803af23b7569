package com.pmosuite.plugin.compliance.admin.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
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
import java.util.Map;

/**
 * The compliance administration page: PMO admins only, in a secure session (websudo), as the portfolio page. It
 * draws the frame and its five tabs; its scripts manage standards, standard sets, the scan schedule, waiver
 * decisions and import/export through {@code /rest/pmo/1.0/compliance/*}, which checks the same again.
 */
public class ComplianceAdminServlet extends HttpServlet {
    static final String TEMPLATE = "templates/compliance/admin-page.vm";
    static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:compliance-admin-resources";

    /** The page: its texts by model name, each an i18n key. */
    static final AdminPageGate.Page PAGE = new AdminPageGate.Page(WEB_RESOURCE, TEMPLATE,
            "pmo.compliance.admin.forbidden", Map.ofEntries(
                    Map.entry("title", "pmo.compliance.admin.title"),
                    Map.entry("intro", "pmo.compliance.admin.intro"),
                    Map.entry("tabsLabel", "pmo.compliance.admin.tabs"),
                    Map.entry("standardsTab", "pmo.compliance.admin.tab.standards"),
                    Map.entry("setsTab", "pmo.compliance.admin.tab.sets"),
                    Map.entry("scheduleTab", "pmo.compliance.admin.tab.schedule"),
                    Map.entry("waiversTab", "pmo.compliance.admin.tab.waivers"),
                    Map.entry("transferTab", "pmo.compliance.admin.tab.transfer"),
                    Map.entry("loadingLabel", "pmo.compliance.admin.loading")),
            "/rest/pmo/1.0/");

    private final AdminPageGate gate;

    @Inject
    public ComplianceAdminServlet(PmoAccess access,
                                  @ComponentImport WebSudoManager webSudo,
                                  @ComponentImport TemplateRenderer renderer,
                                  @ComponentImport PageBuilderService pageBuilder,
                                  @ComponentImport I18nResolver i18n,
                                  @ComponentImport ApplicationProperties applicationProperties) {
        this.gate = new AdminPageGate(access, webSudo, i18n, applicationProperties, renderer, pageBuilder);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        gate.serve(request, response, AdminPageGate.pmoAdmins(), PAGE);
    }
}
