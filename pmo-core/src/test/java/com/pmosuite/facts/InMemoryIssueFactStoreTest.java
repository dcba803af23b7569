package com.pmosuite.facts;

import com.pmosuite.facts.contract.IssueFactStoreContract;
import com.pmosuite.testkit.InMemoryIssueFactStore;
import org.junit.jupiter.api.BeforeEach;

/** The in-memory fake keeps the same contract as the AO store, so core tests can rely on it. */
class InMemoryIssueFactStoreTest extends IssueFactStoreContract {
    private InMemoryIssueFactStore store;

    @BeforeEach
    void emptyStore() {
        store = new InMemoryIssueFactStore();
    }

    @Override
    protected IssueFactStore store() {
        return store;
    }
}
