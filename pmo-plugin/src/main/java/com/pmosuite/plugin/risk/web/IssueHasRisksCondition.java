package com.pmosuite.plugin.risk.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import com.pmosuite.risk.RiskRegister;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Shows the "Risks" panel where it says or does something: to everyone who may change the risks of the issue's
 * project (so they can link or create the first one), and otherwise only when at least one risk the viewer may see
 * names the issue. For those who may change risks it costs Jira's permission checks and no query; for the others
 * one indexed look-up by issue key, then the permission checks once per project. Jira shows an issue, and so this
 * panel, only to those who may browse it, and every project has a register, so nothing else needs checking.
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
        Project project = issue.getProjectObject();
        if (project != null && access.canEdit(project)) {
            return true;
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
