package com.pmosuite.compliance.standard;

import com.pmosuite.compliance.standard.contract.StandardStoreContract;
import com.pmosuite.testkit.InMemoryStandardStore;

/** The in-memory standard store keeps the same promises as the Active Objects store. */
class InMemoryStandardStoreTest extends StandardStoreContract {
    private final InMemoryStandardStore store = new InMemoryStandardStore();

    @Override
    protected StandardStore store() {
        return store;
    }
}
