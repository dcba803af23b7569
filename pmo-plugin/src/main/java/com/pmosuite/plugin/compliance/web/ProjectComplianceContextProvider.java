package com.pmosuite.plugin.compliance.web;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.web.ProjectFramePage;
import com.pmosuite.plugin.risk.web.RiskRegisterAddress;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The project's "Compliance" page, a web panel in Jira's project-centric view: from the {@code project} in the
 * panel's context, the page's view model (key, name, REST base, CSV address, what the viewer may do) and its web
 * resource. The page's script draws the latest scan, the waivers and the waiver dialog from the REST API; the
 * flags here only decide which buttons show, the REST API checks every call again.
 */
public class ProjectComplianceContextProvider extends ProjectFramePage {
    /** The descriptor's web resource for this page. */
    public static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:project-compliance-resources";

    @Inject
    public ProjectComplianceContextProvider(PmoAccess access,
                                            @ComponentImport ApplicationProperties applicationProperties,
                                            @ComponentImport PageBuilderService pageBuilder,
                                            @ComponentImport JiraAuthenticationContext authentication) {
        super(WEB_RESOURCE, "complianceVisible", access, applicationProperties, pageBuilder, authentication);
    }

    @Override
    protected void addToModel(Map<String, Object> model, Project project, String contextPath) {
        Optional<ApplicationUser> user = access().currentUser();
        String restBase = contextPath + "/rest/pmo/1.0/";
        model.put("projectKey", project.getKey());
        model.put("projectName", project.getName());
        model.put("contextPath", contextPath);
        model.put("restBase", restBase);
        model.put("csvUrl", restBase + "projects/" + encode(project.getKey()) + "/compliance.csv");
        model.put("selectedItem", ComplianceAddress.SELECTED_ITEM);
        // Risk offenders ("RISK-<id>") open in the project's risk register.
        model.put("riskRegisterItem", RiskRegisterAddress.SELECTED_ITEM);
        model.put("currentUserKey", user.map(ApplicationUser::getKey).orElse(""));
        boolean pmoAdmin = user.map(access()::isPmoAdmin).orElse(false);
        model.put("isPmoAdmin", pmoAdmin);
        // Scanning on demand and asking for a waiver: the project's lead, its administrators and PMO admins, as the
        // REST API decides again on every call.
        boolean lead = user.isPresent() && user.get().getKey().equals(project.getLeadUserKey());
        model.put("canAct", lead || access().canAdminister(project));
    }

    private static String encode(String projectKey) {
        return URLEncoder.encode(projectKey, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
