package com.pmosuite.plugin.portfolio.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.List;

/** What a portfolio may be made of, for the admin page's pickers: every project and every project category. */
public record CatalogJson(List<ProjectJson> projects, List<PortfolioJson.CategoryJson> categories)
        implements JsonBody {

    /** A Jira project and its category id ({@code null} for none). */
    public record ProjectJson(long id, String key, String name, Long categoryId) implements JsonBody {
    }
}
