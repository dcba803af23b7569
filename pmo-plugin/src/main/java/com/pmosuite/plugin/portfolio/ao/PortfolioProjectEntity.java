package com.pmosuite.plugin.portfolio.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/**
 * A project chosen for a portfolio, by Jira project id (stable through key renames), directly (program 0) or in one
 * of its programs, with the project's own plan figures.
 */
@Preload
@Table("PORTFOLIO_PROJECT")
public interface PortfolioProjectEntity extends Entity, PlanColumns {
    @Indexed
    int getPortfolioId();
    void setPortfolioId(int portfolioId);

    /** The program's row id, or 0 for a project directly under the portfolio. */
    int getProgramId();
    void setProgramId(int programId);

    @Indexed
    long getProjectId();
    void setProjectId(long projectId);

    int getPosition();
    void setPosition(int position);
}
