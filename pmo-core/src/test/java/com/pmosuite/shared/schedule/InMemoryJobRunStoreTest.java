package com.pmosuite.shared.schedule;

import com.pmosuite.shared.schedule.contract.JobRunStoreContract;
import com.pmosuite.testkit.InMemoryJobRunStore;

/** The in-memory run history keeps the same contract as the AO one, so core tests can trust it. */
class InMemoryJobRunStoreTest extends JobRunStoreContract {
    private final InMemoryJobRunStore store = new InMemoryJobRunStore();

    @Override
    protected JobRunStore store() {
        return store;
    }
}
