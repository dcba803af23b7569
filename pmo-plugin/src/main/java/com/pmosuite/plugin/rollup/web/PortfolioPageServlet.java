package com.pmosuite.plugin.rollup.web;

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
 * The Portfolio page, {@code /plugins/servlet/pmo/portfolio[?id=N]}, linked from Jira's top navigation bar: any
 * logged-in user; anonymous visitors go to the log-in page. It draws only the page's frame and puts no PMO data in
 * it: the script asks the REST API, which shows each reader only the portfolios and projects they may see.
 */
public class PortfolioPageServlet extends PortfolioFramePage {
    static final String TEMPLATE = "templates/rollup/portfolio-page.vm";
    static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:portfolio-page-resources";

    @Inject
    public PortfolioPageServlet(PmoAccess access,
                                @ComponentImport TemplateRenderer renderer,
                                @ComponentImport PageBuilderService pageBuilder,
                                @ComponentImport I18nResolver i18n,
                                @ComponentImport ApplicationProperties applicationProperties) {
        super(new Frame(TEMPLATE, WEB_RESOURCE, "pmo.portfolio.page.title", "pmo.rollup.loading"),
                access, renderer, pageBuilder, i18n, applicationProperties);
    }

    @Override
    protected void addToModel(Map<String, Object> model, ApplicationUser user, String contextPath) {
        model.put("csvLabel", text("pmo.portfolio.page.csv"));
        // PMO admins who are not Jira administrators have no Manage apps menu: this is their way to the admin page.
        model.put("manageUrl", access().isPmoAdmin(user) ? contextPath + "/plugins/servlet/pmo/portfolios" : "");
        model.put("manageLabel", text("pmo.portfolio.page.manage"));
    }
}
