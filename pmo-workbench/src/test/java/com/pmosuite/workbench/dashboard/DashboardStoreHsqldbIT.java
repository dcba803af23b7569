package com.pmosuite.workbench.dashboard;

import com.pmosuite.host.ao.AoDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** {@link DashboardStoreContract} on an HSQLDB file database, the workbench's default. */
class DashboardStoreHsqldbIT extends DashboardStoreContract {
    @TempDir
    Path data;

    @Override
    AoDatabase openDatabase() {
        return AoDatabase.hsqldbFile(data, "com.pmosuite.pmo-plugin");
    }
}
