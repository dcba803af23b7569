package com.pmosuite.plugin.portfolio.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.portfolio.PortfolioDraft;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /portfolios} and {@code PUT /portfolios/{id}}: the whole portfolio, programs and chosen
 * projects with their plan figures included, plus the {@code version} last read (required by {@code PUT}). A
 * {@code GET} answer can be sent back as it is: its extra properties (names, category projects) are ignored.
 */
public record PortfolioBody(String name, String description, String ownerKey, String colour, PlanBody defaults,
                            List<ProgramBody> programs, List<ProjectEntryBody> projects, List<Long> categoryIds,
                            Integer version) implements JsonBody {

    /** The one mapping from this body to the core's draft. */
    public PortfolioDraft toDraft() {
        List<PortfolioDraft.ProgramDraft> programDrafts = null;
        if (programs != null) {
            programDrafts = new ArrayList<>();
            for (ProgramBody program : programs) {
                programDrafts.add(program == null ? null : program.toDraft());
            }
        }
        return new PortfolioDraft(name, description, ownerKey, colour, defaults == null ? null : defaults.toDraft(),
                programDrafts, entries(projects), categoryIds);
    }

    static List<PortfolioDraft.Entry> entries(List<ProjectEntryBody> bodies) {
        if (bodies == null) {
            return null;
        }
        List<PortfolioDraft.Entry> entries = new ArrayList<>();
        for (ProjectEntryBody body : bodies) {
            entries.add(body == null ? null : body.toDraft());
        }
        return entries;
    }
}
