package com.pmosuite.plugin.portfolio.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per saved version of a portfolio, whose unique key "portfolioId:version" makes the database refuse a second
 * writer of the same version, at any isolation level: AO can neither issue a conditional UPDATE nor declare a
 * composite unique index, as for risks ({@code RiskRevisionEntity}).
 */
@Table("PORTFOLIO_REVISION")
public interface PortfolioRevisionEntity extends Entity {
    @NotNull
    @Unique
    String getRevisionKey();
    void setRevisionKey(String revisionKey);

    @Indexed
    int getPortfolioId();
    void setPortfolioId(int portfolioId);

    int getVersion();
    void setVersion(int version);
}
