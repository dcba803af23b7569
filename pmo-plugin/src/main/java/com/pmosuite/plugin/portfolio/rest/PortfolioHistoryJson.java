package com.pmosuite.plugin.portfolio.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

/** One line of a portfolio's audit history, in the shape of a risk's history line. */
public record PortfolioHistoryJson(int version, String actorKey, String actorName, String at, String field,
                                   String oldValue, String newValue) implements JsonBody {
}
