package com.pmosuite.plugin.portfolio.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.portfolio.PortfolioDraft;

import java.util.List;

/**
 * A program in a request: {@code id} of a stored program of this portfolio to keep it (and its history), absent for
 * a new one.
 */
public record ProgramBody(Long id, String name, String description, String ownerKey, PlanBody defaults,
                          List<ProjectEntryBody> projects) implements JsonBody {
    PortfolioDraft.ProgramDraft toDraft() {
        return new PortfolioDraft.ProgramDraft(id, name, description, ownerKey,
                defaults == null ? null : defaults.toDraft(), PortfolioBody.entries(projects));
    }
}
