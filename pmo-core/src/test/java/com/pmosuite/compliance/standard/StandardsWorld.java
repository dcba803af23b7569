package com.pmosuite.compliance.standard;

import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryPortfolioStore;
import com.pmosuite.testkit.InMemoryProjectCatalog;
import com.pmosuite.testkit.InMemoryStandardStore;
import com.pmosuite.testkit.PortfolioFixtures;
import com.pmosuite.testkit.StandardFixtures;

/**
 * The four demo projects (ALPHA, BETA in Platform; GAMMA in Customer; DELTA in Data), the portfolio "Digital
 * Transformation" (ALPHA, BETA in a program, GAMMA direct, category Data so DELTA), and standards over them.
 */
final class StandardsWorld {
    final FixedClock clock = FixedClock.atStart();
    final InMemoryProjectCatalog catalog = InMemoryProjectCatalog.withFourProjects();
    final InMemoryPortfolioStore portfolioStore = new InMemoryPortfolioStore();
    final Portfolios portfolios = new Portfolios(portfolioStore, catalog, InMemoryPeople.withAliceBobAndCarol(),
            clock);
    final InMemoryStandardStore store = new InMemoryStandardStore();
    final Standards standards = new Standards(store, portfolios, StandardFixtures.jqlRefusingBogus(), clock);

    Portfolio digitalTransformation() {
        return portfolioStore.create(PortfolioFixtures.digitalTransformation(), "alice", clock.instant());
    }
}
