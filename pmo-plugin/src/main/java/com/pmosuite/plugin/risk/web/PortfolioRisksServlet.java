package com.pmosuite.plugin.risk.web;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.web.JiraDatePattern;
import com.pmosuite.plugin.platform.web.PortfolioFramePage;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * A portfolio's risk page, {@code /plugins/servlet/pmo/portfolio-risks[?id=N]}, linked from the Portfolio page: any
 * logged-in user; anonymous visitors go to the log-in page. It draws only the frame: the script asks
 * {@code GET /portfolios/{id}/risks/summary}, {@code /risks/heatmap} and {@code /risks}, which show each reader only
 * the projects they may browse and count the others.
 */
public class PortfolioRisksServlet extends PortfolioFramePage {
    static final String TEMPLATE = "templates/risk/portfolio-risks-page.vm";
    static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:portfolio-risks-resources";

    private final com.atlassian.jira.config.properties.ApplicationProperties jiraProperties;

    @Inject
    public PortfolioRisksServlet(PmoAccess access,
                                 @ComponentImport TemplateRenderer renderer,
                                 @ComponentImport PageBuilderService pageBuilder,
                                 @ComponentImport I18nResolver i18n,
                                 @ComponentImport ApplicationProperties applicationProperties,
                                 @ComponentImport com.atlassian.jira.config.properties.ApplicationProperties
                                         jiraProperties) {
        super(new Frame(TEMPLATE, WEB_RESOURCE, "pmo.portfolio.risks.title", "pmo.portfolio.risks.loading"),
                access, renderer, pageBuilder, i18n, applicationProperties);
        this.jiraProperties = jiraProperties;
    }

    @Override
    protected void addToModel(Map<String, Object> model, ApplicationUser user, String contextPath) {
        model.put("portfolioPageLabel", text("pmo.compliance.portfolio.rollup"));
        model.put("portfolioPageUrl", contextPath + "/plugins/servlet/pmo/portfolio");
        model.put("dateFormat", JiraDatePattern.of(jiraProperties));
    }
}
