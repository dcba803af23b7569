package com.pmosuite.workbench.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.host.ao.UpgradeTaskRunner;
import com.pmosuite.plugin.platform.ao.upgrade.v1.RiskHistoryEntityV0;
import com.pmosuite.risk.RiskHistoryEntry;
import com.pmosuite.workbench.plugin.PluginDescriptor;
import net.java.ao.DBParam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench starts on a database the first release wrote (no model version stored, the risk history in its
 * old table) the way Jira would: it runs the descriptor's upgrade tasks, stores the model version, and the old
 * history reads back through the register; a restart runs nothing again.
 */
class SchemaUpgradeIT {
    private static final String KEY = PluginDescriptor.load(SchemaUpgradeIT.class.getClassLoader()).pluginKey();
    private static final Instant AT = Instant.parse("2026-02-01T12:00:00.250Z");

    private static String storedVersion(Path data) {
        try (AoDatabase database = AoDatabase.hsqldbFile(data.resolve("db"), KEY)) {
            return new UpgradeTaskRunner(database.activeObjects(), KEY).storedVersion().toString();
        }
    }

    @Test
    void aFirstReleaseDatabaseIsUpgradedOnceAndItsHistoryKept(@TempDir Path data) {
        try (AoDatabase release0 = AoDatabase.hsqldbFile(data.resolve("db"), KEY)) {
            ActiveObjects ao = release0.activeObjects();
            ao.migrate(RiskHistoryEntityV0.class);
            RiskHistoryEntityV0 row = ao.create(RiskHistoryEntityV0.class, new DBParam("RISK_ID", 41),
                    new DBParam("PROJECT_ID", 10_000L), new DBParam("PROJECT_KEY", "ALPHA"),
                    new DBParam("VERSION", 1), new DBParam("CHANGED_BY", "alice"),
                    new DBParam("CHANGED_AT", AT.toEpochMilli()), new DBParam("FIELD_NAME", "created"));
            row.setNewValue("Vendor lock-in");
            row.save();
        }
        assertThat(storedVersion(data)).isEqualTo("0");
        WorkbenchOptions options = WorkbenchOptions.parse("--port", "0", "--data", data.toString());

        try (WorkbenchComponents workbench = WorkbenchComponents.start(options, Clock.systemUTC())) {
            assertThat(workbench.risks().register().history(41)).containsExactly(
                    new RiskHistoryEntry(41, 1, "alice", AT, "created", null, "Vendor lock-in"));
        }
        assertThat(storedVersion(data)).isEqualTo("1");
        try (WorkbenchComponents again = WorkbenchComponents.start(options, Clock.systemUTC())) {
            assertThat(again.risks().register().history(41)).hasSize(1);
        }
        assertThat(storedVersion(data)).isEqualTo("1");
    }
}
