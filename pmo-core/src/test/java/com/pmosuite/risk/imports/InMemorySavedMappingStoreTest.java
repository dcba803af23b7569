package com.pmosuite.risk.imports;

import com.pmosuite.risk.imports.contract.SavedMappingStoreContract;
import com.pmosuite.testkit.InMemorySavedMappingStore;

/** The in-memory fake keeps the saved mapping store's contract, so use-case tests on it can be trusted. */
class InMemorySavedMappingStoreTest extends SavedMappingStoreContract {
    private final InMemorySavedMappingStore store = new InMemorySavedMappingStore();

    @Override
    protected SavedMappingStore store() {
        return store;
    }
}
