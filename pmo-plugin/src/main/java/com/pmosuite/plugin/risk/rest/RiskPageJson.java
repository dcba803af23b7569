package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.List;

/**
 * One slice of a project's risk register, with the total so a client can page, and the currency its money is in.
 *
 * @param currency ISO 4217 code of the project's plan (see {@code Portfolios.planCurrency}), or {@code null} when
 *                 the project is in no portfolio, none sets one, or its portfolios disagree
 */
public record RiskPageJson(List<RiskJson> items, int offset, int limit, long total, String currency)
        implements JsonBody {
    public RiskPageJson {
        items = List.copyOf(items);
    }
}
