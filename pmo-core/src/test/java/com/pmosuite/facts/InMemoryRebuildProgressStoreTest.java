package com.pmosuite.facts;

import com.pmosuite.facts.contract.RebuildProgressStoreContract;
import com.pmosuite.testkit.InMemoryRebuildProgressStore;
import org.junit.jupiter.api.BeforeEach;

/** The in-memory checkpoint keeps the same contract as the AO one. */
class InMemoryRebuildProgressStoreTest extends RebuildProgressStoreContract {
    private InMemoryRebuildProgressStore store;

    @BeforeEach
    void emptyStore() {
        store = new InMemoryRebuildProgressStore();
    }

    @Override
    protected RebuildProgressStore store() {
        return store;
    }
}
