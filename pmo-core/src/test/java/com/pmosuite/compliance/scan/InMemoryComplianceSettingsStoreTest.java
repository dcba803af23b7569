package com.pmosuite.compliance.scan;

import com.pmosuite.compliance.scan.contract.ComplianceSettingsStoreContract;
import com.pmosuite.testkit.InMemoryComplianceSettingsStore;

/** The in-memory settings store keeps the same promises as the Active Objects store. */
class InMemoryComplianceSettingsStoreTest extends ComplianceSettingsStoreContract {
    private final InMemoryComplianceSettingsStore store = new InMemoryComplianceSettingsStore();

    @Override
    protected ComplianceSettingsStore store() {
        return store;
    }
}
