package com.pmosuite.risk;

import com.pmosuite.shared.IssueDirectory;
import com.pmosuite.shared.ProjectLocks;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

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
    void everyWriteAndSettingsChangeRunsUnderTheProjectsLock() {
        RecordingLocks locks = new RecordingLocks();
        RiskStore checking = new LockCheckingStore(store, locks.held);
        RiskRegister register = new RiskRegister(checking, settings, InMemoryPeople.withAliceBobAndCarol(), FixedClock.atStart(),
                locks, IssueDirectory.ANY);

        Risk risk = register.create(PROJECT, RiskDraftFixture.aThreat().build(), "alice");
        register.update(risk.id(), 1, RiskDraftFixture.aThreat().withTitle("Changed").build(), "alice");
        register.importCsv(PROJECT, "title,probability,impact\nImported,2,2\n", "alice");
        register.updateSettings(PROJECT, RiskSettings.DEFAULT);
        register.delete(risk.id(), OptionalInt.empty(), "alice");

        assertThat(locks.locked).containsExactly(PROJECT, PROJECT, PROJECT, PROJECT, PROJECT);
    }

    @Test
    void shrinkingTheScaleWhileOthersWriteNeverStrandsARiskOutsideIt() throws Exception {
        RiskRegister register = new RiskRegister(store, settings, InMemoryPeople.withAliceBobAndCarol(), FixedClock.atStart());
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean shrunk = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                work.add(pool.submit(() -> {
                    start.await();
                    while (!shrunk.get()) {
                        try {
                            Risk high = register.create(PROJECT, RiskDraftFixture.aThreat().withProbability(5)
                                    .withImpact(5).build(), "alice");
                            register.delete(high.id(), OptionalInt.empty(), "alice");
                        } catch (ValidationFailed refusedAfterTheShrink) {
                            // Level 5 no longer exists: exactly what must happen once the scale is 3x3.
                        }
                    }
                    return null;
                }));
            }
            work.add(pool.submit(() -> {
                start.await();
                while (!shrunk.get()) {
                    try {
                        register.updateSettings(PROJECT, THREE_BY_THREE);
                        shrunk.set(true);
                    } catch (ValidationFailed aHighRiskExistsRightNow) {
                        // try again
                    }
                }
                return null;
            }));
            start.countDown();
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(register.settings(PROJECT)).isEqualTo(THREE_BY_THREE);
        assertThat(store.findByProject(PROJECT, Set.of())).allSatisfy(r ->
                assertThat(r.fields().probability()).isLessThanOrEqualTo(3));
        assertThat(register.heatMap(PROJECT).size()).isEqualTo(3);
    }

    @Test
    void aHeatMapLeavesOutRisksThatDoNotFitTheMatrixInsteadOfFailing() {
        RiskFields fiveByFive = RiskDraftFixture.aThreat().withProbability(5).withImpact(4).fields();

        RiskHeatMap map = RiskHeatMap.of(List.of(fiveByFive), THREE_BY_THREE);

        assertThat(map.inherent()).extracting(RiskHeatMap.Cell::count).containsOnly(0);
    }
}
