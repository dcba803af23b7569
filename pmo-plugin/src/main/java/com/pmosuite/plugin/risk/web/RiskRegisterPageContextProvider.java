package com.pmosuite.plugin.risk.web;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.web.JiraDatePattern;
import com.pmosuite.plugin.portfolio.wiring.PortfolioModule;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

/**
 * The risk register page, a web panel in Jira's project-centric view: from the {@code project} Jira puts in the
 * panel's context, the page's view model, its web resources, and {@code $i18n} as Jira's own I18nHelper (whose
 * {@code getText} is on Jira's global Velocity allowlist). The page's script fills it from the REST API.
 */
public class RiskRegisterPageContextProvider implements ContextProvider {
    /** The descriptor's web resource for this page. */
    public static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:risk-register-resources";

    private final PmoAccess access;
    private final RiskPageModels models;
    private final ApplicationProperties applicationProperties;
    private final PageBuilderService pageBuilder;
    private final JiraAuthenticationContext authentication;
    private final Portfolios portfolios;
    private final com.atlassian.jira.config.properties.ApplicationProperties jiraProperties;

    @Inject
    public RiskRegisterPageContextProvider(RiskModule risks, PortfolioModule portfolioModule, PmoAccess access,
                                           @ComponentImport ApplicationProperties applicationProperties,
                                           @ComponentImport PageBuilderService pageBuilder,
                                           @ComponentImport JiraAuthenticationContext authentication,
                                           @ComponentImport com.atlassian.jira.config.properties.ApplicationProperties
                                                   jiraProperties) {
        this.access = access;
        this.portfolios = portfolioModule.portfolios();
        this.jiraProperties = jiraProperties;
        this.models = new RiskPageModels(risks, access);
        this.applicationProperties = applicationProperties;
        this.pageBuilder = pageBuilder;
        this.authentication = authentication;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters: the page needs nothing from the descriptor.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", authentication.getI18nHelper());
        Project project;
        try {
            // Jira shows the page only to those who may browse the project; checked again as every PMO read is.
            project = access.browsable(projectKeyOf(context));
        } catch (NotVisible e) {
            model.put("registerVisible", false);
            return model;
        }
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        model.putAll(models.registerPage(project, applicationProperties.getBaseUrl(UrlMode.RELATIVE)));
        model.put("currency", portfolios.planCurrency(project.getId()).orElse(""));
        model.put("dateFormat", JiraDatePattern.of(jiraProperties));
        model.put("registerVisible", true);
        return model;
    }

    // Jira's project-centric view passes the Project as "project"; its key alone is accepted too, in case a page
    // renders the panel with the web item's context parameters (projectKey) instead.
    private static String projectKeyOf(Map<String, Object> context) {
        if (context.get("project") instanceof Project project) {
            return project.getKey();
        }
        return context.get("projectKey") instanceof String key ? key : null;
    }
}
