package com.pmosuite.portfolio;

import com.pmosuite.portfolio.contract.PortfolioStoreContract;
import com.pmosuite.testkit.InMemoryPortfolioStore;

/** The in-memory portfolio store keeps the same promises as the Active Objects store. */
class InMemoryPortfolioStoreTest extends PortfolioStoreContract {
    private final InMemoryPortfolioStore store = new InMemoryPortfolioStore();

    @Override
    protected PortfolioStore store() {
        return store;
    }
}
