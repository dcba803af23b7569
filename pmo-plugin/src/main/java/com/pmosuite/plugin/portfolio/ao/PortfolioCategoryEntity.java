package com.pmosuite.plugin.portfolio.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/** A Jira project category whose projects join a portfolio. */
@Preload
@Table("PORTFOLIO_CATEGORY")
public interface PortfolioCategoryEntity extends Entity {
    @Indexed
    int getPortfolioId();
    void setPortfolioId(int portfolioId);

    long getCategoryId();
    void setCategoryId(long categoryId);

    int getPosition();
    void setPosition(int position);
}
