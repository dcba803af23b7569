package com.pmosuite.plugin.facts.admin.web;

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
 * The issue facts' administration page: PMO admins only, in a secure session (websudo), as the portfolio page. It
 * draws the frame; its script reads and saves the field mapping and starts and follows a rebuild through
 * {@code /rest/pmo/1.0/admin/field-mapping} and {@code /admin/facts/*}, which check the same again.
 */
public class FactsAdminServlet extends HttpServlet {
    static final String TEMPLATE = "templates/facts/facts-admin-page.vm";
    static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:facts-admin-resources";

    /** The page: its texts by model name, each an i18n key. */
    static final AdminPageGate.Page PAGE = new AdminPageGate.Page(WEB_RESOURCE, TEMPLATE,
            "pmo.facts.admin.forbidden", Map.ofEntries(
                    Map.entry("title", "pmo.facts.admin.title"),
                    Map.entry("intro", "pmo.facts.admin.intro"),
                    Map.entry("mappingTitle", "pmo.facts.admin.mapping.title"),
                    Map.entry("mappingIntro", "pmo.facts.admin.mapping.intro"),
                    Map.entry("levelsTitle", "pmo.facts.admin.levels.title"),
                    Map.entry("saveLabel", "pmo.facts.admin.save"),
                    Map.entry("rebuildTitle", "pmo.facts.admin.rebuild.title"),
                    Map.entry("rebuildIntro", "pmo.facts.admin.rebuild.intro"),
                    Map.entry("rebuildLabel", "pmo.facts.admin.rebuild"),
                    Map.entry("continueLabel", "pmo.facts.admin.continue"),
                    Map.entry("loadingLabel", "pmo.facts.admin.loading")),
            "/rest/pmo/1.0/admin/");

    private final AdminPageGate gate;

    @Inject
    public FactsAdminServlet(PmoAccess access,
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
