package com.pmosuite.plugin.rollup.web;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.web.ProjectFramePage;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * The project's "Overview" page, a web panel in Jira's project-centric view: from the {@code project} in the
 * panel's context, the page's view model (the project's key and name, the REST base) and its web resources. The
 * page's script draws the project's rollup with its epics from {@code GET /projects/{key}/rollup}.
 */
public class ProjectOverviewContextProvider extends ProjectFramePage {
    /** The descriptor's web resource for this page. */
    public static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:project-overview-resources";

    @Inject
    public ProjectOverviewContextProvider(PmoAccess access,
                                          @ComponentImport ApplicationProperties applicationProperties,
                                          @ComponentImport PageBuilderService pageBuilder,
                                          @ComponentImport JiraAuthenticationContext authentication) {
        super(WEB_RESOURCE, "overviewVisible", access, applicationProperties, pageBuilder, authentication);
    }

    @Override
    protected void addToModel(Map<String, Object> model, Project project, String contextPath) {
        model.put("projectKey", project.getKey());
        model.put("projectName", project.getName());
        model.put("restUrl", contextPath + "/rest/pmo/1.0/");
        model.put("contextPath", contextPath);
    }
}
