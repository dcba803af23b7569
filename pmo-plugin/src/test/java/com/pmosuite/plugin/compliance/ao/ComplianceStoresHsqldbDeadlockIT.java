package com.pmosuite.plugin.compliance.ao;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.SetScope;
import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.WaiverStatus;
import com.pmosuite.compliance.result.ScanRun;
import com.pmosuite.compliance.standard.StandardStore;
import com.pmosuite.compliance.waiver.WaiverRequest;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.portfolio.ao.AoPortfolioStore;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.plugin.testsupport.PluginEntities;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.plugin.testsupport.WriterRace;
import com.pmosuite.rollup.RollupNode.RagStatus;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.PortfolioFixtures;
import com.pmosuite.testkit.StandardFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance stores (and the portfolio store's revision claims) never hang on HSQLDB as the workbench runs it (MVCC, READ COMMITTED): AO 4.0.3's HSQLDB
 * provider keeps one JVM-wide monitor while an INSERT waits for another open transaction's unique key, so an INSERT
 * that waits for a transaction that still has to INSERT is a deadlock neither the JVM nor HSQLDB sees (see
 * {@code SerialWrites}). Each test races writers on the same keys round after round; a hang fails it at its time
 * limit instead of blocking the build. The limit detects a deadlock, not slowness: a healthy round takes
 * milliseconds, a deadlocked one never ends.
 */
class ComplianceStoresHsqldbDeadlockIT {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final Duration HANG = Duration.ofMinutes(2);
    private static final int WRITERS = 4;
    private static final int ROUNDS = 25;
    private static final long ALPHA = 10_000;

    private AoDatabase database;
    private final WriterRace writers = new WriterRace(WRITERS, HANG);

    @BeforeEach
    void readCommittedHsqldb() {
        database = AoDatabase.open("jdbc:hsqldb:mem:compliance-deadlock-" + System.nanoTime() + ";hsqldb.tx=mvcc",
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
    void writersCreatingOneStandardNameAtOnceStoreOneAndNeverHang() {
        AoStandardStore store = new AoStandardStore(database.activeObjects());
        for (int round = 0; round < ROUNDS; round++) {
            String name = "Charter in place " + round;
            List<Boolean> stored = writers.run(writer -> {
                try {
                    store.createStandard(StandardFixtures.standard(name, new Check.NoOverdue(writer)), "w" + writer,
                            NOW);
                    return true;
                } catch (ValidationFailed taken) {
                    return false;
                }
            });
            assertThat(stored).as("round %d", round).containsOnlyOnce(true);
        }
        assertThat(store.allStandards()).hasSize(ROUNDS);
    }

    @Test
    void writersCreatingOneSetNameAtOnceStoreOneAndNeverHang() {
        AoStandardStore store = new AoStandardStore(database.activeObjects());
        for (int round = 0; round < ROUNDS; round++) {
            String name = "Delivery " + round;
            List<Boolean> stored = writers.run(writer -> {
                try {
                    store.createSet(new StandardStore.SetContent(name, null, List.of(), SetScope.NONE), "w", NOW);
                    return true;
                } catch (ValidationFailed taken) {
                    return false;
                }
            });
            assertThat(stored).as("round %d", round).containsOnlyOnce(true);
        }
        assertThat(store.allSets()).hasSize(ROUNDS);
    }

    @Test
    void anImportAndCreationsOfItsNamesAtOnceNeverHang() {
        AoStandardStore store = new AoStandardStore(database.activeObjects());
        for (int round = 0; round < ROUNDS; round++) {
            String name = "Imported " + round;
            writers.run(writer -> {
                try {
                    if (writer == 0) {
                        store.apply(new StandardStore.Batch(List.of(new StandardStore.StandardWrite(0, 0,
                                StandardFixtures.standard(name, new Check.NoOverdue(1)))), List.of()), "w", NOW);
                    } else {
                        store.createStandard(StandardFixtures.standard(name, new Check.NoOverdue(writer)), "w", NOW);
                    }
                    return true;
                } catch (ValidationFailed | StaleVersion refused) {
                    return false;
                }
            });
        }
        assertThat(store.allStandards()).hasSize(ROUNDS);
    }

    @Test
    void decisionsOnOneWaiverAtOnceLetOneWinAndNeverHang() {
        AoWaiverStore store = new AoWaiverStore(database.activeObjects());
        for (int round = 0; round < ROUNDS; round++) {
            Waiver asked = store.create(new WaiverRequest(1, ALPHA, List.of(), "Agreed with the sponsor",
                    LocalDate.of(2026, 6, 30)), "ALPHA", "alice", NOW);
            List<Boolean> won = writers.run(writer -> {
                try {
                    store.decide(asked.id(), 1, writer % 2 == 0 ? WaiverStatus.APPROVED : WaiverStatus.REJECTED,
                            null, "pmo" + writer, NOW);
                    return true;
                } catch (StaleVersion lost) {
                    return false;
                }
            });
            assertThat(won).as("round %d", round).containsOnlyOnce(true);
            assertThat(store.find(asked.id()).orElseThrow().version()).isEqualTo(2);
        }
    }

    @Test
    void requestsForWaiversAtOnceAreAllStoredAndNeverHang() {
        AoWaiverStore store = new AoWaiverStore(database.activeObjects());
        for (int round = 0; round < ROUNDS; round++) {
            writers.run(writer -> store.create(new WaiverRequest(1 + writer, ALPHA, List.of("ALPHA-" + writer),
                    "Agreed", LocalDate.of(2026, 6, 30)), "ALPHA", "alice", NOW) != null);
        }
        assertThat(store.forProject(ALPHA)).hasSize(ROUNDS * WRITERS);
    }

    @Test
    void portfolioUpdatesFromOneVersionAtOnceLetOneWinAndNeverHang() {
        AoPortfolioStore store = new AoPortfolioStore(database.activeObjects());
        for (int round = 0; round < ROUNDS; round++) {
            Portfolio created = store.create(PortfolioFixtures.named("Portfolio " + round), "pmo", NOW);
            List<Boolean> won = writers.run(writer -> {
                try {
                    store.update(created.id(), 1, PortfolioFixtures.named("Renamed " + writer), "pmo" + writer, NOW);
                    return true;
                } catch (StaleVersion lost) {
                    return false;
                }
            });
            assertThat(won).as("round %d", round).containsOnlyOnce(true);
        }
    }

    @Test
    void scansRecordingWhileAdminsQueueScansNeverHang() {
        AoResultStore store = new AoResultStore(database.activeObjects());
        // Recording scans hold the scan lock, so they follow each other; requests are queued without it, at any time.
        for (int round = 0; round < ROUNDS; round++) {
            int day = round;
            writers.run(writer -> {
                if (writer == 0) {
                    ScanRun run = store.begin(ScanRun.Trigger.SCHEDULED, null, "all", NOW.plusSeconds(day));
                    store.record(run.id(), List.of(new ProjectScan(ALPHA, "ALPHA", List.of(), null, RagStatus.GREY,
                            0, 0)), Set.of(), NOW.plusSeconds(day));
                } else if (writer == 1) {
                    store.startQueued(NOW.plusSeconds(day)).ifPresent(run -> store.fail(run.id(), "test", NOW));
                } else {
                    store.queue(ScanRun.Trigger.MANUAL, "pmo" + writer, "all", NOW);
                }
                return true;
            });
        }
        assertThat(store.runs(1000)).hasSizeGreaterThanOrEqualTo(ROUNDS * (WRITERS - 1));
    }
}
