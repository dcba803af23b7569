package com.pmosuite.compliance.result;

import com.pmosuite.compliance.result.contract.ResultStoreContract;
import com.pmosuite.testkit.InMemoryResultStore;

/** The in-memory result store keeps the same promises as the Active Objects store. */
class InMemoryResultStoreTest extends ResultStoreContract {
    private final InMemoryResultStore store = new InMemoryResultStore();

    @Override
    protected ResultStore store() {
        return store;
    }
}
