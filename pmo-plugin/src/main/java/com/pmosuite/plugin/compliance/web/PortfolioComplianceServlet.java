package com.pmosuite.plugin.compliance.web;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.web.PortfolioFramePage;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * The portfolio compliance table, {@code /plugins/servlet/pmo/compliance[?id=N]}, linked from the Portfolio page and
 * the compliance dashboard item: any logged-in user; anonymous visitors go to the log-in page. Like the Portfolio
 * page it draws only the frame: the script asks {@code GET /portfolios/{id}/compliance}, which shows each reader
 * only the projects they may browse and counts the others.
 */
public class PortfolioComplianceServlet extends PortfolioFramePage {
    static final String TEMPLATE = "templates/compliance/portfolio-compliance-page.vm";
    static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:portfolio-compliance-resources";

    @Inject
    public PortfolioComplianceServlet(PmoAccess access,
                                      @ComponentImport TemplateRenderer renderer,
                                      @ComponentImport PageBuilderService pageBuilder,
                                      @ComponentImport I18nResolver i18n,
                                      @ComponentImport ApplicationProperties applicationProperties) {
        super(new Frame(TEMPLATE, WEB_RESOURCE, "pmo.compliance.portfolio.title", "pmo.compliance.loading"),
                access, renderer, pageBuilder, i18n, applicationProperties);
    }

    @Override
    protected void addToModel(Map<String, Object> model, ApplicationUser user, String contextPath) {
        model.put("portfolioPageLabel", text("pmo.compliance.portfolio.rollup"));
        model.put("projectPageItem", ComplianceAddress.SELECTED_ITEM);
        model.put("portfolioPageUrl", contextPath + "/plugins/servlet/pmo/portfolio");
    }
}
