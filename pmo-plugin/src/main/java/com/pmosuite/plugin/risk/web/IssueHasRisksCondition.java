package com.pmosuite.plugin.risk.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import com.pmosuite.risk.RiskRegister;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Shows the issue view's "Risks" panel only where it says something: when at least one risk the viewer may see
 * names the issue as a mitigation task. One indexed look-up by issue key; the permission checks that follow are
 * Jira's in-memory ones, once per project.
 */
public class IssueHasRisksCondition implements Condition {
    private final RiskRegister register;
    private final PmoAccess access;

    @Inject
    public IssueHasRisksCondition(RiskModule risks, PmoAccess access) {
        this.register = risks.register();
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get("issue") instanceof Issue issue) || issue.getKey() == null) {
            return false;
        }
        return register.linkedTo(issue.getKey()).stream()
                .map(risk -> risk.projectKey())
                .distinct()
                .anyMatch(this::visible);
    }

    private boolean visible(String projectKey) {
        try {
            access.browsable(projectKey);
            return true;
        } catch (NotVisible hidden) {
            return false;
        }
    }
}
