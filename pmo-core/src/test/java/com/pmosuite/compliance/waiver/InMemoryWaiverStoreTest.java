package com.pmosuite.compliance.waiver;

import com.pmosuite.compliance.waiver.contract.WaiverStoreContract;
import com.pmosuite.testkit.InMemoryWaiverStore;

/** The in-memory waiver store keeps the same promises as the Active Objects store. */
class InMemoryWaiverStoreTest extends WaiverStoreContract {
    private final InMemoryWaiverStore store = new InMemoryWaiverStore();

    @Override
    protected WaiverStore store() {
        return store;
    }
}
