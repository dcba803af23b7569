package com.pmosuite.portfolio;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored portfolio: its content, the version a change must be based on, and who changed it last.
 *
 * @param version one on creation, one more with every saved change
 */
public record Portfolio(long id, PortfolioFields fields, int version, String updatedBy, Instant updatedAt) {
    /** The audit history's name for a portfolio. */
    public static final String ENTITY_TYPE = "portfolio";

    public Portfolio {
        Objects.requireNonNull(fields, "fields");
    }

    public String name() {
        return fields.name();
    }

    /** The key of the portfolio's node in a rollup. */
    public String scopeKey() {
        return "portfolio-" + id;
    }
}
