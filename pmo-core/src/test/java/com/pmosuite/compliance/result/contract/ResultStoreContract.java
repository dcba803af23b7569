package com.pmosuite.compliance.result.contract;

import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.StandardResult;
import com.pmosuite.compliance.result.NewViolation;
import com.pmosuite.compliance.result.ProjectResult;
import com.pmosuite.compliance.result.RecordedResult;
import com.pmosuite.compliance.result.ResultStore;
import com.pmosuite.compliance.result.ScanRun;
import com.pmosuite.rollup.RollupNode.RagStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.pmosuite.testkit.ScanFixtures.failed;
import static com.pmosuite.testkit.ScanFixtures.notApplicable;
import static com.pmosuite.testkit.ScanFixtures.passed;
import static com.pmosuite.testkit.ScanFixtures.scan;
import static com.pmosuite.testkit.ScanFixtures.waived;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link ResultStore} must do. A store proves it by a test class that extends this one and returns the
 * store under test from {@link #store()}: the same instance for the whole of one test, empty when the test starts.
 * Ids are never assumed to start at 1; every instant is a whole millisecond.
 */
public abstract class ResultStoreContract {
    protected static final long ALPHA = 10_000;
    protected static final long BETA = 10_001;
    protected static final long GAMMA = 10_002;
    protected static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00.125Z");
    protected static final Instant TUESDAY = MONDAY.plus(Duration.ofDays(1));
    protected static final Instant WEDNESDAY = MONDAY.plus(Duration.ofDays(2));

    /** The store under test; the same instance on every call within one test. */
    protected abstract ResultStore store();

    /** Begins a scheduled run at {@code at} and records these scans, finishing a minute later. */
    protected ScanRun recorded(Instant at, ProjectScan... scans) {
        ScanRun run = store().begin(ScanRun.Trigger.SCHEDULED, null, "all", at);
        return store().record(run.id(), List.of(scans), Set.of(), at.plusSeconds(60));
    }

    @Test
    void aRunBeginsRunningWithWhoAndWhat() {
        ScanRun run = store().begin(ScanRun.Trigger.MANUAL, "alice", "project ALPHA", MONDAY);

        assertThat(run.id()).isPositive();
        assertThat(run).extracting(ScanRun::trigger, ScanRun::actorKey, ScanRun::scope, ScanRun::startedAt,
                        ScanRun::finishedAt, ScanRun::status, ScanRun::failure, ScanRun::projectsScanned)
                .containsExactly(ScanRun.Trigger.MANUAL, "alice", "project ALPHA", MONDAY, null,
                        ScanRun.Status.RUNNING, null, 0);
        assertThat(store().run(run.id())).contains(run);
    }

    @Test
    void aQueuedRunKeepsWhoAskedUntilItStartsRunningAtItsStart() {
        ScanRun queued = store().queue(ScanRun.Trigger.MANUAL, "alice", "all", MONDAY);

        assertThat(queued).extracting(ScanRun::status, ScanRun::actorKey, ScanRun::startedAt, ScanRun::finishedAt)
                .containsExactly(ScanRun.Status.QUEUED, "alice", MONDAY, null);
        assertThat(store().queued()).containsExactly(queued);

        ScanRun started = store().startQueued(TUESDAY).orElseThrow();

        assertThat(started).extracting(ScanRun::id, ScanRun::trigger, ScanRun::actorKey, ScanRun::scope,
                        ScanRun::startedAt, ScanRun::status)
                .containsExactly(queued.id(), ScanRun.Trigger.MANUAL, "alice", "all", TUESDAY,
                        ScanRun.Status.RUNNING);
        assertThat(store().queued()).isEmpty();
        assertThat(store().startQueued(WEDNESDAY)).isEmpty();
        assertThat(store().record(started.id(), List.of(), Set.of(), WEDNESDAY).actorKey()).isEqualTo("alice");
    }

    @Test
    void queuedRunsStartOldestFirstAndAreNotAbandonedAsRunning() {
        ScanRun first = store().queue(ScanRun.Trigger.MANUAL, "alice", "all", MONDAY);
        ScanRun second = store().queue(ScanRun.Trigger.MANUAL, "bob", "all", MONDAY);

        assertThat(store().abandonRunning("gone", TUESDAY)).isZero();

        assertThat(store().startQueued(TUESDAY).orElseThrow().id()).isEqualTo(first.id());
        assertThat(store().queued()).extracting(ScanRun::id).containsExactly(second.id());
    }

    @Test
    void pruningKeepsTheNewestRunsAndEveryRunALatestResultNames() {
        ScanRun namedByBeta = recorded(MONDAY, scan(BETA, "BETA", passed(1)));
        ScanRun old = recorded(MONDAY.plusSeconds(600), scan(ALPHA, "ALPHA", passed(1)));
        ScanRun failed = store().fail(store().begin(ScanRun.Trigger.MANUAL, "alice", "all",
                MONDAY.plusSeconds(1200)).id(), "gone", MONDAY.plusSeconds(1300));
        ScanRun newest = recorded(TUESDAY, scan(ALPHA, "ALPHA", failed(1, "ALPHA-1")));
        ScanRun queued = store().queue(ScanRun.Trigger.MANUAL, "bob", "all", MONDAY.minusSeconds(60));

        assertThat(store().pruneRuns(1)).isEqualTo(2);

        assertThat(store().runs(10)).extracting(ScanRun::id)
                .containsExactly(newest.id(), namedByBeta.id(), queued.id());
        assertThat(store().run(old.id())).isEmpty();
        assertThat(store().run(failed.id())).isEmpty();
        assertThat(store().pruneRuns(1)).isZero();
    }

    @Test
    void aRecordedRunSucceedsWithItsCountsAndDuration() {
        ScanRun run = recorded(MONDAY, scan(ALPHA, "ALPHA", passed(1), failed(2, "ALPHA-1")),
                scan(BETA, "BETA", failed(1, "BETA-4"), failed(2, "BETA-5")));

        assertThat(run).extracting(ScanRun::status, ScanRun::finishedAt, ScanRun::projectsScanned,
                        ScanRun::violationsFound, ScanRun::durationMillis)
                .containsExactly(ScanRun.Status.SUCCEEDED, MONDAY.plusSeconds(60), 2, 3, 60_000L);
        assertThat(store().run(run.id())).contains(run);
    }

    @Test
    void aProjectsLatestResultReadsBackAsScanned() {
        StandardResult withEverything = new StandardResult(7, Outcome.FAILED, OffenderKind.VERSION,
                List.of("1.0", "2.0 \"beta\"", "línea\nnueva"), 5, 2, "3 of 5 versions, 2 waived", List.of(11L, 12L));
        ScanRun run = recorded(MONDAY, scan(ALPHA, "ALPHA", passed(1), withEverything, notApplicable(9)));

        ProjectResult result = store().latest(ALPHA).orElseThrow();

        assertThat(result).extracting(ProjectResult::projectKey, ProjectResult::score, ProjectResult::rag,
                        ProjectResult::passedWeight, ProjectResult::scoredWeight, ProjectResult::scannedAt,
                        ProjectResult::runId)
                .containsExactly("ALPHA", new BigDecimal("50.0"), RagStatus.RED, 1, 2, MONDAY, run.id());
        assertThat(result.results()).containsExactly(
                new RecordedResult(1, Outcome.PASSED, OffenderKind.ISSUE, List.of(), 0, 0, null, List.of(), null,
                        null),
                new RecordedResult(7, Outcome.FAILED, OffenderKind.VERSION, List.of("1.0", "2.0 \"beta\"",
                        "línea\nnueva"), 5, 2, "3 of 5 versions, 2 waived", List.of(11L, 12L), MONDAY, MONDAY),
                new RecordedResult(9, Outcome.NOT_APPLICABLE, OffenderKind.PROJECT, List.of(), 0, 0,
                        "no risks at that severity", List.of(), null, null));
    }

    @Test
    void passesWithSomethingToSayAndWaivedResultsReadBackWhole() {
        StandardResult passedWithDetail = new StandardResult(3, Outcome.PASSED, OffenderKind.PROJECT, List.of(), 0, 0,
                "SPI 0.9700, CPI 1.0200", List.of());
        StandardResult waived = new StandardResult(4, Outcome.WAIVED, OffenderKind.RISK, List.of(), 0, 3, null,
                List.of(21L));
        StandardResult error = new StandardResult(5, Outcome.ERROR, OffenderKind.ISSUE, List.of(), 0, 0,
                "the workbench cannot run: ORDER BY", List.of());
        recorded(MONDAY, scan(ALPHA, "ALPHA", passed(1), passed(2), passedWithDetail, waived, error));

        assertThat(store().latest(ALPHA).orElseThrow().results()).containsExactly(
                RecordedResult.of(passed(1), null, MONDAY), RecordedResult.of(passed(2), null, MONDAY),
                RecordedResult.of(passedWithDetail, null, MONDAY), RecordedResult.of(waived, null, MONDAY),
                RecordedResult.of(error, null, MONDAY));
    }

    @Test
    void aProjectWithoutAnyScoredStandardHasNoScoreAndIsGrey() {
        recorded(MONDAY, scan(ALPHA, "ALPHA"));

        ProjectResult result = store().latest(ALPHA).orElseThrow();
        assertThat(result.score()).isNull();
        assertThat(result.rag()).isEqualTo(RagStatus.GREY);
        assertThat(result.results()).isEmpty();
    }

    @Test
    void recordingReplacesExactlyTheScannedProjects() {
        recorded(MONDAY, scan(ALPHA, "ALPHA", failed(1, "ALPHA-1")), scan(BETA, "BETA", failed(1, "BETA-1")));
        ScanRun second = recorded(TUESDAY, scan(ALPHA, "ALPHA", passed(1)));

        assertThat(store().latest(ALPHA).orElseThrow().runId()).isEqualTo(second.id());
        assertThat(store().latest(ALPHA).orElseThrow().violations()).isEmpty();
        assertThat(store().latest(BETA).orElseThrow().scannedAt()).isEqualTo(MONDAY);
        assertThat(store().latest(BETA).orElseThrow().violations()).extracting(RecordedResult::offenders)
                .containsExactly(List.of("BETA-1"));
    }

    @Test
    void aStandardNoLongerScannedIsNoLongerInTheProjectsResult() {
        recorded(MONDAY, scan(ALPHA, "ALPHA", failed(1, "ALPHA-1"), failed(2, "ALPHA-2")));
        recorded(TUESDAY, scan(ALPHA, "ALPHA", failed(2, "ALPHA-2")));

        assertThat(store().latest(ALPHA).orElseThrow().results()).extracting(RecordedResult::standardId)
                .containsExactly(2L);
    }

    @Test
    void droppedProjectsLoseTheirResultsInTheSameRecording() {
        recorded(MONDAY, scan(ALPHA, "ALPHA", passed(1)), scan(BETA, "BETA", failed(1, "BETA-1")));
        ScanRun run = store().begin(ScanRun.Trigger.SCHEDULED, null, "all", TUESDAY);
        store().record(run.id(), List.of(scan(ALPHA, "ALPHA", passed(1))), Set.of(BETA), TUESDAY.plusSeconds(5));

        assertThat(store().latest(BETA)).isEmpty();
        assertThat(store().projectsWithResults()).containsExactly(ALPHA);
    }

    @Test
    void firstSeenIsCarriedWhileTheStandardKeepsFailing() {
        recorded(MONDAY, scan(ALPHA, "ALPHA", failed(1, "ALPHA-1")));
        recorded(TUESDAY, scan(ALPHA, "ALPHA", failed(1, "ALPHA-1", "ALPHA-2")));

        RecordedResult result = store().latest(ALPHA).orElseThrow().results().get(0);
        assertThat(result.firstSeen()).isEqualTo(MONDAY);
        assertThat(result.lastSeen()).isEqualTo(TUESDAY);
    }

    @Test
    void firstSeenStartsAgainAfterAScanInWhichTheStandardPassed() {
        recorded(MONDAY, scan(ALPHA, "ALPHA", failed(1, "ALPHA-1")));
        recorded(TUESDAY, scan(ALPHA, "ALPHA", passed(1)));
        recorded(WEDNESDAY, scan(ALPHA, "ALPHA", failed(1, "ALPHA-1")));

        RecordedResult result = store().latest(ALPHA).orElseThrow().results().get(0);
        assertThat(result.firstSeen()).isEqualTo(WEDNESDAY);
        assertThat(result.lastSeen()).isEqualTo(WEDNESDAY);
    }

    @Test
    void firstSeenStartsAgainWhenAViolationReturnsAfterAWaiver() {
        recorded(MONDAY, scan(ALPHA, "ALPHA", failed(1, "ALPHA-1")));
        recorded(TUESDAY, scan(ALPHA, "ALPHA", waived(1, 5, 1)));
        recorded(WEDNESDAY, scan(ALPHA, "ALPHA", failed(1, "ALPHA-1")));

        assertThat(store().latest(ALPHA).orElseThrow().results().get(0).firstSeen()).isEqualTo(WEDNESDAY);
    }

    @Test
    void firstSeenIsPerProjectAndStandard() {
        recorded(MONDAY, scan(ALPHA, "ALPHA", failed(1, "ALPHA-1")));
        recorded(TUESDAY, scan(ALPHA, "ALPHA", failed(1, "ALPHA-1"), failed(2, "ALPHA-1")),
                scan(BETA, "BETA", failed(1, "BETA-1")));

        assertThat(store().latest(ALPHA).orElseThrow().results()).extracting(RecordedResult::standardId,
                RecordedResult::firstSeen).containsExactly(tuple(1L, MONDAY), tuple(2L, TUESDAY));
        assertThat(store().latest(BETA).orElseThrow().results().get(0).firstSeen()).isEqualTo(TUESDAY);
    }

    @Test
    void newViolationsAreThoseTheRunFoundFirst() {
        recorded(MONDAY, scan(ALPHA, "ALPHA", failed(1, "ALPHA-1")));
        ScanRun second = recorded(TUESDAY, scan(ALPHA, "ALPHA", failed(1, "ALPHA-1"), failed(2, "ALPHA-7")),
                scan(BETA, "BETA", passed(1), failed(3, "BETA-2")));

        List<NewViolation> found = store().newViolations(second.id());

        assertThat(found).extracting(NewViolation::projectKey, v -> v.result().standardId(),
                        v -> v.result().offenders())
                .containsExactly(tuple("ALPHA", 2L, List.of("ALPHA-7")), tuple("BETA", 3L, List.of("BETA-2")));
    }

    @Test
    void whatIsStoredIsBounded() {
        String[] many = IntStream.rangeClosed(1, RecordedResult.MAX_OFFENDERS + 20).mapToObj(i -> "ALPHA-" + i)
                .toArray(String[]::new);
        List<String> offenders = new ArrayList<>(List.of(many));
        offenders.set(0, "R".repeat(400));
        StandardResult huge = new StandardResult(1, Outcome.FAILED, OffenderKind.RISK, offenders, many.length, 0,
                "d".repeat(5000), List.of());
        recorded(MONDAY, scan(ALPHA, "ALPHA", huge));

        RecordedResult stored = store().latest(ALPHA).orElseThrow().results().get(0);
        assertThat(stored.offenders()).hasSize(RecordedResult.MAX_OFFENDERS);
        assertThat(stored.offenders().get(0)).hasSize(RecordedResult.MAX_OFFENDER_LENGTH);
        assertThat(stored.offenders().get(1)).isEqualTo("ALPHA-2");
        assertThat(stored.total()).isEqualTo(many.length);
        assertThat(stored.detail()).hasSize(RecordedResult.MAX_DETAIL).endsWith("…");
    }

    @Test
    void aFailedRunKeepsItsReasonAndLeavesTheResultsAlone() {
        ScanRun first = recorded(MONDAY, scan(ALPHA, "ALPHA", failed(1, "ALPHA-1")));
        ScanRun run = store().begin(ScanRun.Trigger.MANUAL, "pmo", "all", TUESDAY);

        ScanRun failed = store().fail(run.id(), "IllegalStateException: " + "x".repeat(2000), TUESDAY.plusSeconds(3));

        assertThat(failed.status()).isEqualTo(ScanRun.Status.FAILED);
        assertThat(failed.failure()).startsWith("IllegalStateException: xxx").hasSize(ScanRun.MAX_FAILURE);
        assertThat(store().run(run.id())).contains(failed);
        assertThat(store().latest(ALPHA).orElseThrow().runId()).isEqualTo(first.id());
    }

    @Test
    void onlyARunningRunCanBeRecordedOrFailed() {
        ScanRun done = recorded(MONDAY, scan(ALPHA, "ALPHA", passed(1)));

        assertThatThrownBy(() -> store().record(done.id(), List.of(scan(ALPHA, "ALPHA", failed(1, "ALPHA-1"))),
                Set.of(), TUESDAY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store().fail(done.id(), "late", TUESDAY)).isInstanceOf(IllegalStateException.class);
        assertThat(store().latest(ALPHA).orElseThrow().violations()).isEmpty();
    }

    @Test
    void runsLeftRunningAreAbandonedAsFailed() {
        ScanRun stuck = store().begin(ScanRun.Trigger.SCHEDULED, null, "all", MONDAY);
        ScanRun done = recorded(MONDAY.plusSeconds(1), scan(ALPHA, "ALPHA", passed(1)));

        int abandoned = store().abandonRunning("node stopped", TUESDAY);

        assertThat(abandoned).isEqualTo(1);
        assertThat(store().run(stuck.id()).orElseThrow()).extracting(ScanRun::status, ScanRun::failure,
                ScanRun::finishedAt).containsExactly(ScanRun.Status.FAILED, "node stopped", TUESDAY);
        assertThat(store().run(done.id()).orElseThrow().status()).isEqualTo(ScanRun.Status.SUCCEEDED);
    }

    @Test
    void runsComeNewestFirstUpToTheLimit() {
        ScanRun monday = recorded(MONDAY, scan(ALPHA, "ALPHA", passed(1)));
        ScanRun wednesday = store().begin(ScanRun.Trigger.MANUAL, "alice", "project ALPHA", WEDNESDAY);
        ScanRun tuesday = recorded(TUESDAY, scan(ALPHA, "ALPHA", passed(1)));

        assertThat(store().runs(10)).extracting(ScanRun::id).containsExactly(wednesday.id(), tuesday.id(), monday.id());
        assertThat(store().runs(2)).extracting(ScanRun::id).containsExactly(wednesday.id(), tuesday.id());
    }

    @Test
    void latestResultsOfSeveralProjectsAreThoseThatHaveOne() {
        recorded(MONDAY, scan(ALPHA, "ALPHA", passed(1)), scan(BETA, "BETA", failed(1, "BETA-1")));

        assertThat(store().latest(List.of(ALPHA, BETA, GAMMA))).containsOnlyKeys(ALPHA, BETA);
        assertThat(store().latest(List.of())).isEmpty();
        assertThat(store().latest(GAMMA)).isEmpty();
    }
}
