package com.pmosuite.plugin.portfolio.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.List;

/**
 * A portfolio as {@code GET /portfolios/{id}} answers it, in the shape {@link PortfolioBody} reads, so it can be
 * edited and sent back. Lists hold only the projects the reader may browse; {@code hiddenProjects} counts the others.
 *
 * @param projects         projects chosen directly under the portfolio
 * @param categoryProjects projects that joined through {@code categoryIds} and sit directly under the portfolio with
 *                         its defaults; read-only (sending them back changes nothing)
 * @param updatedAt        ISO-8601 instant
 */
public record PortfolioJson(long id, String name, String description, String ownerKey, String ownerName,
                            String colour, PlanBody defaults, List<ProgramJson> programs, List<ProjectJson> projects,
                            List<Long> categoryIds, List<CategoryJson> categories,
                            List<ProjectJson> categoryProjects, int hiddenProjects, String updatedBy,
                            String updatedByName, String updatedAt, int version) implements JsonBody {

    /** A program with its chosen projects. */
    public record ProgramJson(long id, String name, String description, String ownerKey, String ownerName,
                              PlanBody defaults, List<ProjectJson> projects) implements JsonBody {
    }

    /** A project of the portfolio with its own plan figures (all {@code null} for one joined by category). */
    public record ProjectJson(long projectId, String projectKey, String projectName, PlanBody plan)
            implements JsonBody {
    }

    /** A Jira project category. */
    public record CategoryJson(long id, String name) implements JsonBody {
    }
}
