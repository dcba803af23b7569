package com.pmosuite.plugin.wiring;

import com.pmosuite.facts.TrackedProjects;
import com.pmosuite.plugin.portfolio.wiring.PortfolioModule;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Set;

/** The projects whose facts are kept: those of some portfolio ({@code Portfolios.trackedProjectIds()}). */
@Named
public final class PortfolioTrackedProjects implements TrackedProjects {
    private final PortfolioModule portfolios;

    @Inject
    public PortfolioTrackedProjects(PortfolioModule portfolios) {
        this.portfolios = portfolios;
    }

    @Override
    public Set<Long> projectIds() {
        return portfolios.portfolios().trackedProjectIds();
    }
}
