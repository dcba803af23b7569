package com.pmosuite.plugin.portfolio.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

/**
 * One portfolio in the answer to {@code GET /portfolios}.
 *
 * @param projects       how many of its projects the reader may browse
 * @param hiddenProjects how many they may not
 */
public record PortfolioSummaryJson(long id, String name, String description, String ownerKey, String ownerName,
                                   String colour, int programs, int projects, int hiddenProjects, int version)
        implements JsonBody {
}
