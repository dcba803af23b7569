package com.pmosuite.risk;

import com.pmosuite.risk.contract.MultiProjectSearchContract;
import com.pmosuite.testkit.InMemoryRiskStore;

/** The in-memory fake searches across projects as the real stores do. */
class InMemoryMultiProjectSearchTest extends MultiProjectSearchContract {
    private final InMemoryRiskStore store = new InMemoryRiskStore();

    @Override
    protected RiskStore store() {
        return store;
    }
}
