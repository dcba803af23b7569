package com.pmosuite.plugin.platform.web;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.plugin.platform.auth.PmoAccess;

import java.util.HashMap;
import java.util.Map;

/**
 * A page of the project-centric view (a web panel at a sidebar item's location): it shows only in a project the
 * reader may browse, checked again as every PMO read is, and otherwise tells its template to show nothing. Each page
 * names its web resource and the model flag its template tests, and adds what only it needs.
 */
public abstract class ProjectFramePage implements ContextProvider {
    private final String webResource;
    private final String visibleFlag;
    private final PmoAccess access;
    private final ApplicationProperties applicationProperties;
    private final PageBuilderService pageBuilder;
    private final JiraAuthenticationContext authentication;

    protected ProjectFramePage(String webResource, String visibleFlag, PmoAccess access,
                               ApplicationProperties applicationProperties, PageBuilderService pageBuilder,
                               JiraAuthenticationContext authentication) {
        this.webResource = webResource;
        this.visibleFlag = visibleFlag;
        this.access = access;
        this.applicationProperties = applicationProperties;
        this.pageBuilder = pageBuilder;
        this.authentication = authentication;
    }

    /** Puts what only this page's template uses into its model, for a project the reader may browse. */
    protected abstract void addToModel(Map<String, Object> model, Project project, String contextPath);

    /** The access policy, for what a page shows only to some readers. */
    protected final PmoAccess access() {
        return access;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters: the page needs nothing from the descriptor.
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", authentication.getI18nHelper());
        Project project;
        try {
            // Jira shows the page only to those who may browse the project; checked again as every PMO read is.
            project = access.browsable(projectKeyOf(context));
        } catch (NotVisible e) {
            model.put(visibleFlag, false);
            return model;
        }
        pageBuilder.assembler().resources().requireWebResource(webResource);
        model.put(visibleFlag, true);
        addToModel(model, project, applicationProperties.getBaseUrl(UrlMode.RELATIVE));
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
