package com.pmosuite.plugin.risk.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.PluginEntities;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.plugin.testsupport.WriterRace;
import com.pmosuite.plugin.testsupport.TestProjects;
import com.pmosuite.risk.RiskChanges;
import com.pmosuite.risk.RiskMatrix;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.SeverityBands;
import com.pmosuite.risk.imports.ColumnMapping;
import com.pmosuite.risk.imports.ImportField;
import com.pmosuite.risk.imports.ImportMapping;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk stores whose writes INSERT a unique key and then more rows never hang HSQLDB as the workbench runs it:
 * two first saves of one project's risk settings at once, and two saved import mappings of one name at once. As for
 * the settings: two first saves at once never hang HSQLDB as the workbench runs it (MVCC, READ
 * COMMITTED). A first save INSERTs the project's unique settings row and then its audit rows; AO 4.0.3's HSQLDB
 * provider keeps one JVM-wide monitor while an INSERT waits for another transaction's uncommitted key, so without
 * serial writes the second save holds the monitor waiting for the first, which needs the monitor for its audit rows
 * (see {@code SerialWrites}). The time limit detects that deadlock, not slowness: a healthy round takes milliseconds.
 */
class RiskStoresHsqldbDeadlockIT {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final Duration HANG = Duration.ofMinutes(2);
    private static final int WRITERS = 4;
    private static final int ROUNDS = 25;
    private static final RiskSettings THREE_BY_THREE =
            new RiskSettings(RiskMatrix.THREE_BY_THREE, SeverityBands.defaultsFor(RiskMatrix.THREE_BY_THREE));

    private AoDatabase database;
    private final WriterRace writers = new WriterRace(WRITERS, HANG);

    @BeforeEach
    void readCommittedHsqldb() {
        database = AoDatabase.open("jdbc:hsqldb:mem:risk-settings-deadlock-" + System.nanoTime() + ";hsqldb.tx=mvcc",
                "SA", "", TestDatabases.PLUGIN_KEY, AoDatabase.Isolation.READ_COMMITTED);
        database.activeObjects().migrate(PluginEntities.declared());
    }

    @AfterEach
    void closeDatabase() {
        // A hung writer would block HSQLDB's SHUTDOWN too: leave the in-memory database to the JVM's end.
        if (!writers.hung()) {
            database.close();
        }
    }

    @Test
    void firstSavesOfOneProjectAtOnceStoreOneAndTheOthersAreToldTheyAreStale() {
        AoRiskSettingsStore store = new AoRiskSettingsStore(database.activeObjects(), new TestProjects());
        for (int round = 0; round < ROUNDS; round++) {
            String project = "P" + round;
            List<Boolean> stored = writers.run(writer -> {
                try {
                    store.save(project, 0, THREE_BY_THREE, RiskChanges.between(RiskSettings.DEFAULT, THREE_BY_THREE),
                            "w" + writer, NOW);
                    return true;
                } catch (StaleVersion beaten) {
                    return false;
                }
            });
            assertThat(stored).as("round %d", round).containsOnlyOnce(true);
            assertThat(store.find(project)).get().satisfies(saved -> assertThat(saved.version()).isEqualTo(1));
            assertThat(store.history(project)).isNotEmpty().allMatch(entry -> entry.version() == 1);
        }
    }

    @Test
    void importMappingsSavedUnderOneNameAtOnceStoreOneAndRefuseTheOthers() {
        AoSavedMappingStore store = new AoSavedMappingStore(database.activeObjects(), new TestProjects());
        ImportMapping titles = new ImportMapping(List.of(ColumnMapping.of(ImportField.TITLE, "Risk")));
        for (int round = 0; round < ROUNDS; round++) {
            String name = "Vendor sheet " + round;
            List<Boolean> stored = writers.run(writer -> {
                try {
                    store.create("ALPHA", name, titles, "w" + writer, NOW);
                    return true;
                } catch (ValidationFailed taken) {
                    return false;
                }
            });
            assertThat(stored).as("round %d", round).containsOnlyOnce(true);
        }
        assertThat(store.list("ALPHA")).hasSize(ROUNDS);
    }
}
