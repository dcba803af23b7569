package com.pmosuite.risk;

import com.pmosuite.risk.imports.ImportFiles;
import com.pmosuite.shared.Csv;
import com.pmosuite.risk.imports.ImportTable;
import com.pmosuite.risk.imports.MappedImport;
import com.pmosuite.risk.imports.MappingSuggestion;
import com.pmosuite.risk.imports.RowProblem;

import com.pmosuite.shared.IssueDirectory;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.Person;
import com.pmosuite.shared.ProjectLocks;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A project's scale may only shrink while no risk uses the dropped levels. Optimistic locking cannot keep that rule
 * across rows, so settings changes and risk writes of one project take the project's lock.
 */
class RiskRegisterLockingTest {
    private static final String PROJECT = "APOLLO";
    private static final RiskSettings THREE_BY_THREE =
            new RiskSettings(RiskMatrix.THREE_BY_THREE, SeverityBands.defaultsFor(RiskMatrix.THREE_BY_THREE));

    private final InMemoryRiskStore store = new InMemoryRiskStore();
    private final InMemoryRiskSettingsStore settings = new InMemoryRiskSettingsStore();

    /** Records which project each change locked, and whether store writes happened while it was held. */
    private static final class RecordingLocks implements ProjectLocks {
        final List<String> locked = new ArrayList<>();
        final AtomicBoolean held = new AtomicBoolean();

        @Override
        public <T> T withLock(String projectKey, Supplier<T> change) {
            locked.add(projectKey);
            held.set(true);
            try {
                return change.get();
            } finally {
                held.set(false);
            }
        }
    }

    @Test
    void everyEditAndSettingsChangeRunsUnderTheProjectsLockAndImportsUnderItsImportLock() {
        RecordingLocks locks = new RecordingLocks();
        RecordingLocks importLocks = new RecordingLocks();
        RiskStore checking = new LockCheckingStore(store, locks.held, importLocks.held);
        RiskRegister register = new RiskRegister(checking, settings, InMemoryPeople.withAliceBobAndCarol(),
                FixedClock.atStart(), locks, importLocks, IssueDirectory.ANY);

        Risk risk = register.create(PROJECT, RiskDraftFixture.aThreat().build(), "alice");
        register.update(risk.id(), 1, RiskDraftFixture.aThreat().withTitle("Changed").build(), "alice");
        register.importCsv(PROJECT, Csv.read("title,probability,impact\nImported,2,2\n"), "alice");
        register.updateSettings(PROJECT, 0, RiskSettings.DEFAULT, "alice");
        register.delete(risk.id(), OptionalInt.empty(), "alice");

        assertThat(locks.locked).containsExactly(PROJECT, PROJECT, PROJECT, PROJECT);
        assertThat(importLocks.locked).containsExactly(PROJECT, PROJECT);
    }

    /** The in-memory store, except that an import, once started, waits until the test lets it finish. */
    private final class PausingImports {
        final CountDownLatch importing = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);
        final RiskStore store = (RiskStore) Proxy.newProxyInstance(RiskStore.class.getClassLoader(),
                new Class<?>[]{RiskStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createAll")) {
                        importing.countDown();
                        await(finish);
                    }
                    try {
                        return method.invoke(RiskRegisterLockingTest.this.store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aMappedImportThatUpdatesTakesTheImportLockThenTheEditLock() {
        RecordingLocks locks = new RecordingLocks();
        RecordingLocks importLocks = new RecordingLocks();
        RiskStore checking = new LockCheckingStore(store, locks.held, importLocks.held);
        Risk risk = store.create(PROJECT, RiskDraftFixture.aThreat().withTitle("Before").fields(), "alice",
                FixedClock.START);
        RiskRegister register = new RiskRegister(checking, settings, InMemoryPeople.withAliceBobAndCarol(),
                FixedClock.atStart(), locks, importLocks, IssueDirectory.ANY);
        ImportTable table = ImportFiles.table("id,version,title\n" + risk.id() + ",1,After\n");

        MappedImport result = register.importMapped(PROJECT, table,
                MappingSuggestion.suggest(table, RiskSettings.DEFAULT).mapping(), false, false, "alice");

        assertThat(result.written()).isTrue();
        assertThat(importLocks.locked).containsExactly(PROJECT);
        assertThat(locks.locked).containsExactly(PROJECT);
    }

    @Test
    void aRiskEditedBetweenTheImportsCheckAndItsWriteIsRefusedNotOverwritten() {
        Risk risk = store.create(PROJECT, RiskDraftFixture.aThreat().withTitle("Before").fields(), "alice",
                FixedClock.START);
        RecordingLocks locks = new RecordingLocks();
        // Someone saves the risk while the import waits for its lock, after it checked the rows.
        ProjectLocks importLocks = new ProjectLocks() {
            @Override
            public <T> T withLock(String projectKey, Supplier<T> change) {
                Risk current = store.find(risk.id()).orElseThrow();
                RiskFields edited = RiskDraftFixture.copyOf(current.fields()).withTitle("Edited meanwhile").fields();
                store.update(risk.id(), current.version(), edited, RiskChanges.between(current.fields(), edited),
                        "bob", FixedClock.START);
                return change.get();
            }
        };
        RiskRegister register = new RiskRegister(store, settings, InMemoryPeople.withAliceBobAndCarol(),
                FixedClock.atStart(), locks, importLocks, IssueDirectory.ANY);
        ImportTable table = ImportFiles.table("id,version,title\n" + risk.id() + ",1,After\n");

        MappedImport result = register.importMapped(PROJECT, table,
                MappingSuggestion.suggest(table, RiskSettings.DEFAULT).mapping(), false, false, "alice");

        assertThat(result.written()).isFalse();
        assertThat(result.refused()).singleElement().satisfies(row ->
                assertThat(row.problems()).extracting(RowProblem::conflict).containsExactly(true));
        assertThat(store.find(risk.id()).orElseThrow().fields().title()).isEqualTo("Edited meanwhile");
    }

    @Test
    void editorsOfAProjectDoNotWaitForItsImport() throws Exception {
        PausingImports pausing = new PausingImports();
        RiskRegister register = new RiskRegister(pausing.store, settings, InMemoryPeople.withAliceBobAndCarol(),
                FixedClock.atStart(), ProjectLocks.inThisJvm(), ProjectLocks.inThisJvm(), IssueDirectory.ANY);
        ExecutorService importer = Executors.newSingleThreadExecutor();
        try {
            Future<RiskImport> imported = importer.submit(() -> register.importCsv(PROJECT,
                    Csv.read("title,probability,impact\nImported,2,2\n"), "alice"));
            assertThat(pausing.importing.await(30, TimeUnit.SECONDS)).isTrue();

            // Under the import, the project lock is free: this create neither waits 30 s nor fails as busy.
            AtomicBoolean edited = new AtomicBoolean();
            Thread editor = new Thread(() -> {
                register.create(PROJECT, RiskDraftFixture.aThreat().build(), "bob");
                edited.set(true);
                pausing.finish.countDown();
            });
            editor.start();

            editor.join();
            assertThat(imported.get(60, TimeUnit.SECONDS).created()).hasSize(1);
            assertThat(edited).isTrue();
        } finally {
            pausing.finish.countDown();
            importer.shutdownNow();
        }
    }

    @Test
    void aScaleChangeWaitsForARunningImportAndThenSeesItsRisks() throws Exception {
        PausingImports pausing = new PausingImports();
        RiskRegister register = new RiskRegister(pausing.store, settings, InMemoryPeople.withAliceBobAndCarol(),
                FixedClock.atStart(), ProjectLocks.inThisJvm(), ProjectLocks.inThisJvm(), IssueDirectory.ANY);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<RiskImport> imported = pool.submit(() -> register.importCsv(PROJECT,
                    Csv.read("title,probability,impact\nOn level five,5,5\n"), "alice"));
            assertThat(pausing.importing.await(30, TimeUnit.SECONDS)).isTrue();
            Future<VersionedRiskSettings> shrunk = pool.submit(
                    () -> register.updateSettings(PROJECT, 0, THREE_BY_THREE, "alice"));
            pausing.finish.countDown();

            assertThat(imported.get(60, TimeUnit.SECONDS).created()).hasSize(1);
            assertThat(catchThrowable(() -> shrunk.get(60, TimeUnit.SECONDS)))
                    .hasCauseInstanceOf(ValidationFailed.class);
            assertThat(register.settings(PROJECT)).isEqualTo(RiskSettings.DEFAULT);
        } finally {
            pausing.finish.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aScaleThatShrinksWhileARiskIsBeingValidatedRefusesThatRisk() throws Exception {
        // The first owner look-up of the writer waits until the scale has shrunk: the exact interleaving in which
        // a risk validated against 5x5 would otherwise be stored on a 3x3 register.
        CountDownLatch writerValidating = new CountDownLatch(1);
        CountDownLatch scaleShrunk = new CountDownLatch(1);
        AtomicBoolean firstLookUp = new AtomicBoolean(true);
        PeopleDirectory people = new PeopleDirectory() {
            private final PeopleDirectory real = InMemoryPeople.withAliceBobAndCarol();

            @Override
            public Optional<Person> byKey(String userKey) {
                if (firstLookUp.getAndSet(false)) {
                    writerValidating.countDown();
                    await(scaleShrunk);
                }
                return real.byKey(userKey);
            }

            @Override
            public Optional<Person> byUsername(String username) {
                return real.byUsername(username);
            }
        };
        RiskRegister register = new RiskRegister(store, settings, people, FixedClock.atStart());
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<Risk> created = writer.submit(() -> register.create(PROJECT,
                    RiskDraftFixture.aThreat().withProbability(5).withImpact(5).build(), "alice"));
            assertThat(writerValidating.await(30, TimeUnit.SECONDS)).isTrue();

            register.updateSettings(PROJECT, 0, THREE_BY_THREE, "alice");
            scaleShrunk.countDown();

            assertThat(catchThrowable(() -> created.get(30, TimeUnit.SECONDS)))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ValidationFailed.class);
        } finally {
            writer.shutdownNow();
        }
        assertThat(store.findByProject(PROJECT, Set.of())).isEmpty();
        assertThat(register.settings(PROJECT)).isEqualTo(THREE_BY_THREE);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for the other thread");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aHeatMapLeavesOutRisksThatDoNotFitTheMatrixInsteadOfFailing() {
        RiskFields fiveByFive = RiskDraftFixture.aThreat().withProbability(5).withImpact(4).fields();

        RiskHeatMap map = RiskHeatMap.of(List.of(fiveByFive), THREE_BY_THREE);

        assertThat(map.inherent()).extracting(RiskHeatMap.Cell::count).containsOnly(0);
    }
}
