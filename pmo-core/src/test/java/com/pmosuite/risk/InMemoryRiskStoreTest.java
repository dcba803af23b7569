package com.pmosuite.risk;

import com.pmosuite.risk.contract.RiskStoreContract;
import com.pmosuite.testkit.InMemoryRiskStore;

/** The in-memory fake used by the core's tests keeps the same promises as the real stores. */
class InMemoryRiskStoreTest extends RiskStoreContract {
    private final InMemoryRiskStore store = new InMemoryRiskStore();

    @Override
    protected RiskStore store() {
        return store;
    }
}
