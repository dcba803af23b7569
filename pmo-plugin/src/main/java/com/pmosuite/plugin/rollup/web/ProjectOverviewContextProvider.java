package com.pmosuite.plugin.rollup.web;

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
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

/**
 * The project's "Overview" page, a web panel in Jira's project-centric view: from the {@code project} in the
 * panel's context, the page's view model (the project's key and name, the REST base) and its web resources. The
 * page's script draws the project's rollup with its epics from {@code GET /projects/{key}/rollup}.
 */
public class ProjectOverviewContextProvider implements ContextProvider {
    /** The descriptor's web resource for this page. */
    public static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:project-overview-resources";

    private final PmoAccess access;
    private final ApplicationProperties applicationProperties;
    private final PageBuilderService pageBuilder;
    private final JiraAuthenticationContext authentication;

    @Inject
    public ProjectOverviewContextProvider(PmoAccess access,
                                          @ComponentImport ApplicationProperties applicationProperties,
                                          @ComponentImport PageBuilderService pageBuilder,
                                          @ComponentImport JiraAuthenticationContext authentication) {
        this.access = access;
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
            model.put("overviewVisible", false);
            return model;
        }
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        String contextPath = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        model.put("overviewVisible", true);
        model.put("projectKey", project.getKey());
        model.put("projectName", project.getName());
        model.put("restUrl", contextPath + "/rest/pmo/1.0/");
        model.put("contextPath", contextPath);
        return model;
    }

    // Jira's project-centric view passes the Project as "project"; its key alone is accepted too.
    private static String projectKeyOf(Map<String, Object> context) {
        if (context.get("project") instanceof Project project) {
            return project.getKey();
        }
        return context.get("projectKey") instanceof String key ? key : null;
    }
}
