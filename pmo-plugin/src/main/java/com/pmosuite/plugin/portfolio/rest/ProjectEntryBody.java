package com.pmosuite.plugin.portfolio.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.portfolio.PortfolioDraft;

/** A project chosen for a portfolio or program in a request: the Jira project id and its own plan figures. */
public record ProjectEntryBody(Long projectId, PlanBody plan) implements JsonBody {
    PortfolioDraft.Entry toDraft() {
        return new PortfolioDraft.Entry(projectId, plan == null ? null : plan.toDraft());
    }
}
