package com.pmosuite.plugin.rollup.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import com.pmosuite.plugin.rollup.wiring.RollupModule;
import com.pmosuite.rollups.PortfolioRollups;
import com.pmosuite.shared.NotFound;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Shows the issue rollup panel only on epics and parents: issues whose facts have descendants the viewer can see.
 * One engine walk of the issue's own subtree, without building child nodes (depth 0): its count includes itself, so
 * more than one means children. Issues of projects in no portfolio have no facts and so no panel.
 */
public class IssueHasRollupCondition implements Condition {
    private final RollupModule rollups;

    @Inject
    public IssueHasRollupCondition(RollupModule rollups) {
        this.rollups = rollups;
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
        try {
            PortfolioRollups.Answer answer = rollups.rollups().issue(issue.getKey(), rollups.readers().current(), 0);
            return answer.root().counts().total() > 1;
        } catch (NotFound notKept) {
            return false;
        }
    }
}
