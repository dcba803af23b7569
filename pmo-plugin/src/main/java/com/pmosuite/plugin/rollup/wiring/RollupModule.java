package com.pmosuite.plugin.rollup.wiring;

import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.pmosuite.plugin.facts.wiring.FactsModule;
import com.pmosuite.plugin.portfolio.wiring.PortfolioModule;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import com.pmosuite.plugin.rollup.jira.JiraIssueTitles;
import com.pmosuite.plugin.rollup.jira.JiraRollupReaders;
import com.pmosuite.plugin.wiring.PlatformServices;
import com.pmosuite.rollup.RollupEngine;
import com.pmosuite.rollups.PortfolioRollups;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The rollup capability: one {@link RollupEngine} per node over the issue-facts store (its change stamp is the
 * cluster's version: every read catches up with what other nodes committed), the use cases for portfolios, projects
 * and issues, and the current Jira user as a reader. Resources receive this module.
 */
@Named
public final class RollupModule {
    /** The capability's name wherever capabilities are told apart. */
    public static final String CAPABILITY = "rollup";

    private final RollupEngine engine;
    private final PortfolioRollups rollups;
    private final JiraRollupReaders readers;

    @Inject
    public RollupModule(PlatformServices platform, FactsModule facts, PortfolioModule portfolios, RiskModule risks,
                        @ComponentImport IssueSecurityLevelManager securityLevels) {
        this.engine = new RollupEngine(facts.store());
        this.rollups = new PortfolioRollups(engine, portfolios.portfolios(), risks.register(),
                new JiraIssueTitles(platform.host().issueManager()), platform.viewerZone(), platform.clock());
        this.readers = new JiraRollupReaders(platform.access(), platform.host().projectManager(), securityLevels);
    }

    /** This node's engine, e.g. to warm it up at start (the first refresh loads every fact). */
    public RollupEngine engine() {
        return engine;
    }

    public PortfolioRollups rollups() {
        return rollups;
    }

    public JiraRollupReaders readers() {
        return readers;
    }
}
