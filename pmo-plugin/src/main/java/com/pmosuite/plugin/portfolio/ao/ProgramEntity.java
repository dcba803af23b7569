package com.pmosuite.plugin.portfolio.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A program of a portfolio, with its default plan figures; its place among the portfolio's programs. */
@Preload
@Table("PORTFOLIO_PROGRAM")
public interface ProgramEntity extends Entity, PlanColumns {
    @Indexed
    int getPortfolioId();
    void setPortfolioId(int portfolioId);

    int getPosition();
    void setPosition(int position);

    @NotNull
    String getName();
    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();
    void setDescription(String description);

    String getOwnerKey();
    void setOwnerKey(String ownerKey);
}
