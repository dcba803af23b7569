package com.pmosuite.plugin.rollup.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.pmosuite.plugin.rollup.wiring.RollupModule;
import com.pmosuite.rollups.PortfolioRollups;
import com.pmosuite.shared.NotFound;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

/**
 * Prepares the issue rollup panel, on the issue view and in Jira Software's board detail view: the issue's rollup
 * with its children (counts, progress, estimate, spent and remaining, RAG with reasons, a capped list of children),
 * and {@code atl.gh.issue.details.tab.count}, the number the board shows on the panel's tab. Requires the panel's
 * small stylesheet, so issue views without the panel load none of it.
 */
public class IssueRollupContextProvider implements ContextProvider {
    /** The descriptor's web resource for this panel. */
    public static final String WEB_RESOURCE = "com.pmosuite.pmo-plugin:issue-rollup-panel-resources";
    /** The context value Jira Software's board detail view shows as the panel tab's count. */
    public static final String BOARD_TAB_COUNT = "atl.gh.issue.details.tab.count";

    private final RollupModule rollups;
    private final ApplicationProperties applicationProperties;
    private final PageBuilderService pageBuilder;
    private final JiraAuthenticationContext authentication;

    @Inject
    public IssueRollupContextProvider(RollupModule rollups,
                                      @ComponentImport ApplicationProperties applicationProperties,
                                      @ComponentImport PageBuilderService pageBuilder,
                                      @ComponentImport JiraAuthenticationContext authentication) {
        this.rollups = rollups;
        this.applicationProperties = applicationProperties;
        this.pageBuilder = pageBuilder;
        this.authentication = authentication;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        Map<String, Object> result = new HashMap<>(context);
        // $i18n as Jira's I18nHelper, whose getText is on Jira's global Velocity allowlist.
        result.put("i18n", authentication.getI18nHelper());
        result.put("rollupShown", false);
        result.put(BOARD_TAB_COUNT, 0);
        if (context.get("issue") instanceof Issue issue && issue.getKey() != null) {
            try {
                PortfolioRollups.Answer answer = rollups.rollups().issue(issue.getKey(),
                        rollups.readers().current(), 1);
                result.putAll(IssueRollupPanelModel.of(answer, applicationProperties.getBaseUrl(UrlMode.RELATIVE)));
                result.put(BOARD_TAB_COUNT, IssueRollupPanelModel.tabCount(answer));
            } catch (NotFound gone) {
                // Deleted or moved out of every portfolio since the condition held: the panel says nothing.
            }
        }
        return result;
    }
}
