package com.pmosuite.plugin.risk.web;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.web.JiraDatePattern;
import com.pmosuite.plugin.platform.web.ProjectFramePage;
import com.pmosuite.plugin.portfolio.wiring.PortfolioModule;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * The risk register page, a web panel in Jira's project-centric view: from the {@code project} Jira puts in the
 * panel's context, the page's view model, its web resources, and {@code $i18n} as Jira's own I18nHelper (whose
 * {@code getText} is on Jira's global Velocity allowlist). The page's script fills it from the REST API.
 */
public class RiskRegisterPageContextProvider extends ProjectFramePage {
    /** The descriptor's web resource for this page. */
    public static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:risk-register-resources";

    private final RiskPageModels models;
    private final Portfolios portfolios;
    private final com.atlassian.jira.config.properties.ApplicationProperties jiraProperties;

    @Inject
    public RiskRegisterPageContextProvider(RiskModule risks, PortfolioModule portfolioModule, PmoAccess access,
                                           @ComponentImport ApplicationProperties applicationProperties,
                                           @ComponentImport PageBuilderService pageBuilder,
                                           @ComponentImport JiraAuthenticationContext authentication,
                                           @ComponentImport com.atlassian.jira.config.properties.ApplicationProperties
                                                   jiraProperties) {
        super(WEB_RESOURCE, "registerVisible", access, applicationProperties, pageBuilder, authentication);
        this.portfolios = portfolioModule.portfolios();
        this.jiraProperties = jiraProperties;
        this.models = new RiskPageModels(risks, access);
    }

    @Override
    protected void addToModel(Map<String, Object> model, Project project, String contextPath) {
        model.putAll(models.registerPage(project, contextPath));
        model.put("currency", portfolios.planCurrency(project.getId()).orElse(""));
        model.put("dateFormat", JiraDatePattern.of(jiraProperties));
    }
}
