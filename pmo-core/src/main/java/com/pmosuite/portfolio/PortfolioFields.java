package com.pmosuite.portfolio;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A portfolio's validated content (see {@link PortfolioDraft#validate}). Projects join by explicit choice
 * ({@code projects} directly, or a program's projects) and by project category ({@code categoryIds}): a project of
 * one of those categories that is not chosen explicitly sits directly under the portfolio with its defaults.
 *
 * @param colour      {@code #rrggbb}, lower case
 * @param defaults    plan figures every project of the portfolio falls back to
 * @param programs    in the order shown
 * @param projects    projects chosen directly under the portfolio, in the order shown
 * @param categoryIds Jira project category ids whose projects join the portfolio
 */
public record PortfolioFields(String name, String description, String ownerKey, String colour, PlanFigures defaults,
                              List<Program> programs, List<ProjectEntry> projects, List<Long> categoryIds) {
    public PortfolioFields {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(defaults, "defaults");
        programs = List.copyOf(programs);
        projects = List.copyOf(projects);
        categoryIds = List.copyOf(categoryIds);
    }

    /** Every explicitly chosen project, direct ones first, then each program's in order. */
    public Stream<ProjectEntry> explicitProjects() {
        return Stream.concat(projects.stream(), programs.stream().flatMap(p -> p.projects().stream()));
    }

    public PortfolioFields withPrograms(List<Program> newPrograms) {
        return new PortfolioFields(name, description, ownerKey, colour, defaults, newPrograms, projects, categoryIds);
    }
}
