package com.pmosuite.rollup.trend;

import com.pmosuite.rollup.trend.contract.SnapshotStoreContract;
import com.pmosuite.testkit.InMemorySnapshotStore;

/** The in-memory snapshot store passes the contract; the "other node" is the same store, as in one JVM. */
class InMemorySnapshotStoreTest extends SnapshotStoreContract {
    private final InMemorySnapshotStore store = new InMemorySnapshotStore();

    @Override
    protected SnapshotStore store() {
        return store;
    }

    @Override
    protected SnapshotStore otherNode() {
        return store;
    }
}
