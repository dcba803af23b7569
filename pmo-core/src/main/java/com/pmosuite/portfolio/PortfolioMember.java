package com.pmosuite.portfolio;

/**
 * A project of a portfolio as it stands now: where it sits and how it joined.
 *
 * @param programId the program it sits in; {@code 0} directly under the portfolio
 * @param joined    chosen explicitly, or joined through one of the portfolio's categories
 * @param plan      its own plan figures ({@link PlanFigures#NONE} for a project that joined by category)
 */
public record PortfolioMember(long projectId, String projectKey, String projectName, long programId, Joined joined,
                              PlanFigures plan) {

    /** How a project joined a portfolio. */
    public enum Joined { EXPLICIT, CATEGORY }
}
