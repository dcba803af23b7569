package com.pmosuite.plugin.risk.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepares the "Risks" panel, on the issue view and as a tab of Jira Software's board detail view: the risks this
 * issue mitigates, as display-ready rows, what the viewer may change (link, create, unlink), the panel's stylesheet
 * and, for those who may change something, its script; and {@code atl.gh.issue.details.tab.count}, the number of
 * linked risks the board shows on the tab. Jira asks a panel's context provider only once its conditions hold, so
 * requiring the resources here keeps them off the issue views where the panel does not show.
 */
public class IssueRisksContextProvider implements ContextProvider {
    /** The descriptor's web resource for this panel. */
    public static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:issue-risks-panel-resources";
    /** The panel's script (link, unlink, create), only for viewers who may change a risk it could show. */
    public static final String SCRIPT_RESOURCE = "com.pmosuite.pmo-plugin:issue-risks-panel-script";
    /** The context value Jira Software's board detail view shows as the panel tab's count. */
    public static final String BOARD_TAB_COUNT = "atl.gh.issue.details.tab.count";

    private final RiskPageModels models;
    private final ApplicationProperties applicationProperties;
    private final PageBuilderService pageBuilder;
    private final JiraAuthenticationContext authentication;

    @Inject
    public IssueRisksContextProvider(RiskModule risks, PmoAccess access,
                                     @ComponentImport ApplicationProperties applicationProperties,
                                     @ComponentImport PageBuilderService pageBuilder,
                                     @ComponentImport JiraAuthenticationContext authentication) {
        this.models = new RiskPageModels(risks, access);
        this.applicationProperties = applicationProperties;
        this.pageBuilder = pageBuilder;
        this.authentication = authentication;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters: the panel needs nothing from the descriptor.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        Map<String, Object> result = new HashMap<>(context);
        // $i18n as Jira's I18nHelper, whose getText is on Jira's global Velocity allowlist (SAL's resolver is not).
        result.put("i18n", authentication.getI18nHelper());
        Object issue = context.get("issue");
        if (issue instanceof Issue jiraIssue && jiraIssue.getKey() != null) {
            result.putAll(models.issuePanel(jiraIssue.getKey(), jiraIssue.getProjectObject(),
                    applicationProperties.getBaseUrl(UrlMode.RELATIVE)));
        } else {
            result.put("risks", List.of());
            result.put("riskCount", "0");
            result.put("visibleCount", 0);
            result.put("canLink", false);
            result.put("canChange", false);
        }
        if (Boolean.TRUE.equals(result.get("canChange"))) {
            pageBuilder.assembler().resources().requireWebResource(SCRIPT_RESOURCE);
        }
        result.put(BOARD_TAB_COUNT, result.get("visibleCount"));
        return result;
    }
}
