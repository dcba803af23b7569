package com.pmosuite.facts.mapping;

import com.pmosuite.facts.mapping.contract.FieldMappingStoreContract;
import com.pmosuite.testkit.InMemoryFieldMappingStore;

/** The in-memory field mapping keeps the same contract as the AO one. */
class InMemoryFieldMappingStoreTest extends FieldMappingStoreContract {
    private final InMemoryFieldMappingStore store = new InMemoryFieldMappingStore();

    @Override
    protected FieldMappingStore store() {
        return store;
    }
}
