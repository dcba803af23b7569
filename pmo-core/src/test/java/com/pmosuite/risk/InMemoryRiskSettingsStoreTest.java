package com.pmosuite.risk;

import com.pmosuite.risk.contract.RiskSettingsStoreContract;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;

/** The in-memory settings fake keeps the same promises as the Active Objects store. */
class InMemoryRiskSettingsStoreTest extends RiskSettingsStoreContract {
    private final InMemoryRiskSettingsStore store = new InMemoryRiskSettingsStore();

    @Override
    protected RiskSettingsStore store() {
        return store;
    }
}
