package com.pmosuite.compliance.scan;

import com.pmosuite.compliance.ApplicableStandards;
import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.IssueKeys;
import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectProfiles;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.ScanEngine;
import com.pmosuite.compliance.ScanTarget;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardResult;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.result.ComplianceScore;
import com.pmosuite.compliance.result.NewViolation;
import com.pmosuite.compliance.result.ProjectResult;
import com.pmosuite.compliance.result.RecordedResult;
import com.pmosuite.compliance.result.ScanRun;
import com.pmosuite.compliance.waiver.Waivers;
import com.pmosuite.rollup.RollupNode.RagStatus;
import com.pmosuite.shared.LockBusy;
import com.pmosuite.shared.PmoLocks;
import com.pmosuite.shared.ProjectLocks;
import com.pmosuite.shared.schedule.JobOutcome;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryComplianceSettingsStore;
import com.pmosuite.testkit.InMemoryResultStore;
import com.pmosuite.testkit.InMemoryWaiverStore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Compliance scans end to end over the real in-memory stores (waivers, results, settings) and the real waiver use
 * case. The scan engine, the applicable standards, the project profiles and the issue keys are <b>test doubles of
 * those ports</b>, written here: {@link FakeEngine} fails a standard in a project for the issues the test says
 * offend, and honours the targets' waivers as the port's contract says (an empty issue set waives the whole standard).
 */
class ComplianceScansTest {
    private static final long ALPHA = 10_000;
    private static final long BETA = 10_001;
    private static final long GAMMA = 10_002;
    private static final long DELTA = 10_003;
    private static final Map<Long, String> KEYS = Map.of(ALPHA, "ALPHA", BETA, "BETA", GAMMA, "GAMMA", DELTA, "DELTA");
    private static final Standard DATES = standard(1, "Epics have dates", 3);
    private static final Standard OVERDUE = standard(2, "Nothing overdue", 1);

    private final FixedClock clock = FixedClock.atStart();
    private final FakeIssueKeys issueKeys = new FakeIssueKeys();
    private final FakeEngine engine = new FakeEngine(issueKeys);
    private final FakeApplicableStandards applicable = new FakeApplicableStandards();
    private final InMemoryResultStore results = new InMemoryResultStore();
    private final InMemoryComplianceSettingsStore settings = new InMemoryComplianceSettingsStore();
    private final Waivers waivers = new Waivers(new InMemoryWaiverStore(),
            id -> List.of(DATES, OVERDUE).stream().filter(s -> s.id() == id).findFirst(),
            id -> Optional.ofNullable(KEYS.get(id)), clock);
    private PmoLocks locks = PmoLocks.inThisJvm();

    private ComplianceScans scans() {
        ProjectProfiles profiles = id -> Optional.ofNullable(KEYS.get(id))
                .map(key -> new ProjectProfiles.ProjectProfile(id, key, key + " project", "lead", null, null, List.of()));
        return new ComplianceScans(engine, applicable, profiles, waivers, issueKeys, results, settings, locks, clock);
    }

    private static Standard standard(long id, String name, int weight) {
        return new Standard(id, name, "because", StandardSeverity.MAJOR, weight, true, new Check.NoOverdue(0), "pmo",
                Instant.EPOCH, 1);
    }

    private ScanReport scanAll() {
        return scans().scanAll(ScanRun.Trigger.SCHEDULED, null);
    }

    private RecordedResult latest(long projectId, long standardId) {
        return results.latest(projectId).orElseThrow().results().stream()
                .filter(r -> r.standardId() == standardId).findFirst().orElseThrow();
    }

    private Waiver approvedWaiver(long standardId, long projectId, List<String> keys, LocalDate expires) {
        Waiver waiver = waivers.request(standardId, projectId, keys, "Agreed with the sponsor", expires, "alice");
        return waivers.approve(waiver.id(), 1, null, "pmo");
    }

    @Test
    void aScanRecordsEveryProjectInScopeWithItsWeightedScore() {
        applicable.apply(ALPHA, DATES, OVERDUE).apply(BETA, DATES);
        engine.offends(ALPHA, OVERDUE, "ALPHA-1", "ALPHA-2");

        ScanReport report = scanAll();

        assertThat(report.failed()).isFalse();
        assertThat(report.run()).extracting(ScanRun::status, ScanRun::scope, ScanRun::trigger, ScanRun::actorKey,
                        ScanRun::projectsScanned, ScanRun::violationsFound)
                .containsExactly(ScanRun.Status.SUCCEEDED, "all", ScanRun.Trigger.SCHEDULED, null, 2, 1);
        ProjectResult alpha = results.latest(ALPHA).orElseThrow();
        assertThat(alpha.score()).isEqualByComparingTo("75.0");
        assertThat(alpha.rag()).isEqualTo(RagStatus.AMBER);
        assertThat(latest(ALPHA, OVERDUE.id()).offenders()).containsExactly("ALPHA-1", "ALPHA-2");
        assertThat(results.latest(BETA).orElseThrow().rag()).isEqualTo(RagStatus.GREEN);
    }

    @Test
    void anApprovedWaiverSuppressesTheViolationUpToItsExpiryDayAndTheViolationReturnsTheDayAfter() {
        applicable.apply(ALPHA, DATES, OVERDUE);
        engine.offends(ALPHA, OVERDUE, "ALPHA-1");
        issueKeys.knows("ALPHA-1", 501);
        LocalDate expires = clock.today().plusDays(5);
        Waiver waiver = approvedWaiver(OVERDUE.id(), ALPHA, List.of("ALPHA-1"), expires);

        clock.advance(Duration.ofDays(5));
        scanAll();

        assertThat(engine.received.get(0).waivers())
                .containsExactly(new ScanTarget.ActiveWaiver(waiver.id(), OVERDUE.id(), Set.of(501L)));
        assertThat(latest(ALPHA, OVERDUE.id())).extracting(RecordedResult::outcome, RecordedResult::waivedCount,
                RecordedResult::waiverIds).containsExactly(Outcome.WAIVED, 1L, List.of(waiver.id()));
        assertThat(results.latest(ALPHA).orElseThrow().score()).isEqualByComparingTo("100.0");

        clock.advance(Duration.ofDays(1));
        ScanReport dayAfter = scanAll();

        assertThat(engine.received.get(1).waivers()).isEmpty();
        assertThat(latest(ALPHA, OVERDUE.id())).extracting(RecordedResult::outcome, RecordedResult::offenders,
                RecordedResult::firstSeen).containsExactly(Outcome.FAILED, List.of("ALPHA-1"), clock.instant());
        assertThat(dayAfter.newViolations()).extracting(NewViolation::projectKey, v -> v.result().standardId())
                .containsExactly(tuple("ALPHA", OVERDUE.id()));
    }

    @Test
    void aWaiverWithoutIssuesWaivesTheWholeStandardInItsProjectOnly() {
        applicable.apply(ALPHA, OVERDUE).apply(BETA, OVERDUE);
        engine.offends(ALPHA, OVERDUE, "ALPHA-1").offends(BETA, OVERDUE, "BETA-1");
        approvedWaiver(OVERDUE.id(), ALPHA, List.of(), clock.today().plusDays(30));

        scanAll();

        assertThat(latest(ALPHA, OVERDUE.id()).outcome()).isEqualTo(Outcome.WAIVED);
        assertThat(latest(BETA, OVERDUE.id()).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void requestedRejectedAndWithdrawnWaiversSuppressNothing() {
        applicable.apply(ALPHA, OVERDUE);
        engine.offends(ALPHA, OVERDUE, "ALPHA-1");
        waivers.request(OVERDUE.id(), ALPHA, List.of(), "Please", clock.today().plusDays(9), "alice");
        Waiver withdrawn = approvedWaiver(OVERDUE.id(), ALPHA, List.of(), clock.today().plusDays(9));
        waivers.withdraw(withdrawn.id(), 2, null, "alice");

        scanAll();

        assertThat(engine.received.get(0).waivers()).isEmpty();
        assertThat(latest(ALPHA, OVERDUE.id()).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aWaiverWhoseIssuesNoLongerExistCoversNothingRatherThanTheWholeStandard() {
        applicable.apply(ALPHA, OVERDUE);
        engine.offends(ALPHA, OVERDUE, "ALPHA-1");
        approvedWaiver(OVERDUE.id(), ALPHA, List.of("ALPHA-404"), clock.today().plusDays(9));

        scanAll();

        assertThat(engine.received.get(0).waivers()).isEmpty();
        assertThat(latest(ALPHA, OVERDUE.id()).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void everyWaiversIssueKeysAreResolvedWithOneLookUpPerScan() {
        applicable.apply(ALPHA, DATES, OVERDUE).apply(BETA, OVERDUE);
        issueKeys.knows("ALPHA-1", 501).knows("ALPHA-2", 502).knows("BETA-1", 601);
        approvedWaiver(OVERDUE.id(), ALPHA, List.of("ALPHA-1"), clock.today().plusDays(9));
        approvedWaiver(DATES.id(), ALPHA, List.of("ALPHA-2"), clock.today().plusDays(9));
        approvedWaiver(OVERDUE.id(), BETA, List.of("BETA-1"), clock.today().plusDays(9));

        scanAll();

        assertThat(issueKeys.calls).containsExactly(Set.of("ALPHA-1", "ALPHA-2", "BETA-1"));
    }

    @Test
    void firstSeenIsCarriedAcrossScansAndStartsAgainAfterAPass() {
        applicable.apply(ALPHA, OVERDUE);
        engine.offends(ALPHA, OVERDUE, "ALPHA-1");
        Instant monday = clock.instant();
        scanAll();
        clock.advance(Duration.ofDays(1));
        ScanReport tuesday = scanAll();

        assertThat(latest(ALPHA, OVERDUE.id())).extracting(RecordedResult::firstSeen, RecordedResult::lastSeen)
                .containsExactly(monday, clock.instant());
        assertThat(tuesday.newViolations()).isEmpty();

        engine.offends(ALPHA, OVERDUE);
        clock.advance(Duration.ofDays(1));
        scanAll();
        engine.offends(ALPHA, OVERDUE, "ALPHA-1");
        clock.advance(Duration.ofDays(1));
        ScanReport thursday = scanAll();

        assertThat(latest(ALPHA, OVERDUE.id()).firstSeen()).isEqualTo(clock.instant());
        assertThat(thursday.newViolations()).hasSize(1);
    }

    @Test
    void aScanFailingHalfwayLeavesEveryPreviousResultAndRecordsWhy() {
        applicable.apply(ALPHA, OVERDUE).apply(BETA, OVERDUE).apply(GAMMA, OVERDUE).apply(DELTA, OVERDUE);
        engine.offends(GAMMA, OVERDUE, "GAMMA-1");
        ScanRun first = scanAll().run();
        Map<Long, ProjectResult> before = results.latest(KEYS.keySet());

        engine.offends(ALPHA, OVERDUE, "ALPHA-1").offends(GAMMA, OVERDUE);
        engine.failOnProject(3, "the risk register cannot be read");
        clock.advance(Duration.ofDays(1));
        ScanReport report = scanAll();

        assertThat(report.failed()).isTrue();
        assertThat(report.run()).extracting(ScanRun::status, ScanRun::failure, ScanRun::projectsScanned)
                .containsExactly(ScanRun.Status.FAILED, "IllegalStateException: the risk register cannot be read", 0);
        assertThat(results.runs(10)).extracting(ScanRun::id, ScanRun::status).containsExactly(
                tuple(report.run().id(), ScanRun.Status.FAILED), tuple(first.id(), ScanRun.Status.SUCCEEDED));
        assertThat(results.latest(KEYS.keySet())).isEqualTo(before);
        assertThat(report.projects()).isEmpty();
    }

    @Test
    void aScanWhoseRecordingFailsPartWayLeavesEveryPreviousResult() {
        applicable.apply(ALPHA, OVERDUE).apply(BETA, OVERDUE).apply(GAMMA, OVERDUE);
        scanAll();
        Map<Long, ProjectResult> before = results.latest(KEYS.keySet());

        engine.offends(ALPHA, OVERDUE, "ALPHA-1").offends(BETA, OVERDUE, "BETA-1");
        results.failRecordingAfter(2);
        clock.advance(Duration.ofDays(1));
        ScanReport report = scans().scanAll(ScanRun.Trigger.MANUAL, "pmo");

        assertThat(report.run().status()).isEqualTo(ScanRun.Status.FAILED);
        assertThat(report.run().failure()).isEqualTo("IllegalStateException: the database refused project " + GAMMA);
        assertThat(results.latest(KEYS.keySet())).isEqualTo(before);
    }

    @Test
    void aDryRunReportsWhatItFoundAndRecordsNothing() {
        applicable.apply(ALPHA, DATES, OVERDUE);
        engine.offends(ALPHA, OVERDUE, "ALPHA-1");

        ScanReport report = scans().scanProjects(Set.of(ALPHA), "project ALPHA", ScanRun.Trigger.MANUAL, "alice", true);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.run()).extracting(ScanRun::id, ScanRun::status, ScanRun::violationsFound)
                .containsExactly(0L, ScanRun.Status.SUCCEEDED, 1);
        assertThat(report.projects()).singleElement().extracting(ProjectScan::score)
                .isEqualTo(new BigDecimal("75.0"));
        assertThat(results.runs(10)).isEmpty();
        assertThat(results.projectsWithResults()).isEmpty();
    }

    @Test
    void aFailingDryRunReportsWhyAndRecordsNothing() {
        applicable.apply(ALPHA, OVERDUE);
        engine.failOnProject(1, "boom");

        ScanReport report = scans().scanProjects(Set.of(ALPHA), "project ALPHA", ScanRun.Trigger.MANUAL, "alice", true);

        assertThat(report.failed()).isTrue();
        assertThat(report.run().failure()).isEqualTo("IllegalStateException: boom");
        assertThat(results.runs(10)).isEmpty();
    }

    @Test
    void aSecondScanWhileOneRunsIsBusyAndTheScheduledJobStepsAside() throws Exception {
        locks = new ImpatientLocks();
        applicable.apply(ALPHA, OVERDUE);
        CountDownLatch scanning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        engine.blockOnFirstScan(scanning, release);
        ComplianceScans shared = scans();
        CompletableFuture<ScanReport> first = CompletableFuture.supplyAsync(
                () -> shared.scanAll(ScanRun.Trigger.SCHEDULED, null));
        try {
            assertThat(scanning.await(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> shared.scanProjects(Set.of(ALPHA), "project ALPHA", ScanRun.Trigger.MANUAL,
                    "alice", false)).isInstanceOf(LockBusy.class);
            assertThat(new ComplianceScanJob(shared).run().result()).isEqualTo(JobOutcome.Result.ABORTED);
            assertThat(shared.scanProjects(Set.of(ALPHA), "project ALPHA", ScanRun.Trigger.MANUAL, "alice", true)
                    .failed()).as("a dry run writes nothing, so it does not wait").isFalse();
        } finally {
            release.countDown();
        }
        assertThat(first.get(30, TimeUnit.SECONDS).failed()).isFalse();
        assertThat(results.runs(10)).hasSize(1);
    }

    @Test
    void aScanOfSomeProjectsLeavesTheOthersResultsAlone() {
        applicable.apply(ALPHA, OVERDUE).apply(BETA, OVERDUE);
        scanAll();
        ProjectResult beta = results.latest(BETA).orElseThrow();
        engine.offends(ALPHA, OVERDUE, "ALPHA-1");
        clock.advance(Duration.ofHours(1));

        ScanReport report = scans().scanProjects(Set.of(ALPHA), "project ALPHA", ScanRun.Trigger.MANUAL, "alice",
                false);

        assertThat(report.run()).extracting(ScanRun::scope, ScanRun::actorKey, ScanRun::trigger)
                .containsExactly("project ALPHA", "alice", ScanRun.Trigger.MANUAL);
        assertThat(results.latest(ALPHA).orElseThrow().runId()).isEqualTo(report.run().id());
        assertThat(results.latest(BETA)).contains(beta);
    }

    @Test
    void aPersonsScanOfOneProjectIsNamedAfterItsKey() {
        applicable.apply(ALPHA, OVERDUE);

        ScanReport report = scans().scanProject(ALPHA, "alice", false);

        assertThat(report.run()).extracting(ScanRun::scope, ScanRun::trigger, ScanRun::actorKey)
                .containsExactly("project ALPHA", ScanRun.Trigger.MANUAL, "alice");
        assertThatThrownBy(() -> scans().scanProject(99, "alice", true))
                .isInstanceOf(com.pmosuite.shared.NotFound.class);
    }

    @Test
    void aProjectScannedOnDemandWithoutAnyStandardGetsAnEmptyGreyResult() {
        ScanReport report = scans().scanProjects(Set.of(GAMMA, 99L), "portfolio 3", ScanRun.Trigger.MANUAL, "pmo",
                false);

        assertThat(report.run().projectsScanned()).isEqualTo(1);
        assertThat(results.latest(GAMMA).orElseThrow()).extracting(ProjectResult::score, ProjectResult::rag)
                .containsExactly(null, RagStatus.GREY);
    }

    @Test
    void aFullScanRemovesTheResultsOfProjectsNoLongerInScope() {
        applicable.apply(ALPHA, OVERDUE).apply(BETA, OVERDUE);
        scanAll();
        applicable.remove(BETA);

        scanAll();

        assertThat(results.projectsWithResults()).containsExactly(ALPHA);
    }

    @Test
    void manyProjectsAreScannedInBatches() {
        Map<Long, String> many = new LinkedHashMap<>();
        for (long id = 1; id <= ComplianceScans.BATCH * 2 + 1; id++) {
            many.put(id, "P" + id);
            applicable.apply(id, OVERDUE);
        }
        ProjectProfiles profiles = id -> Optional.ofNullable(many.get(id))
                .map(key -> new ProjectProfiles.ProjectProfile(id, key, key, null, null, null, List.of()));
        ComplianceScans wide = new ComplianceScans(engine, applicable, profiles, waivers, issueKeys, results, settings,
                locks, clock);

        ScanReport report = wide.scanProjects(many.keySet(), "all", ScanRun.Trigger.MANUAL, "pmo", false);

        assertThat(engine.batchSizes).containsExactly(ComplianceScans.BATCH, ComplianceScans.BATCH, 1);
        assertThat(report.run().projectsScanned()).isEqualTo(ComplianceScans.BATCH * 2 + 1);
    }

    @Test
    void scoresAreBandedWithThePmosThresholdsAndTheOffenderCapReachesTheEngine() {
        settings.save(0, ComplianceSettings.validated(60, 95, 70, 7), "pmo", clock.instant());
        applicable.apply(ALPHA, DATES, OVERDUE).apply(BETA, DATES, OVERDUE);
        engine.offends(ALPHA, OVERDUE, "ALPHA-1");
        engine.offends(BETA, DATES, "BETA-1");

        scanAll();

        assertThat(results.latest(ALPHA).orElseThrow().rag()).isEqualTo(RagStatus.AMBER);
        assertThat(results.latest(BETA).orElseThrow()).extracting(ProjectResult::score, ProjectResult::rag)
                .containsExactly(new BigDecimal("25.0"), RagStatus.RED);
        assertThat(engine.caps).containsOnly(7);
    }

    @Test
    void aPortfolioScoreSumsWeightsRatherThanAveragingScores() {
        applicable.apply(ALPHA, DATES, OVERDUE).apply(BETA, OVERDUE);
        engine.offends(ALPHA, DATES, "ALPHA-1");
        engine.offends(BETA, OVERDUE, "BETA-1");
        scanAll();

        ComplianceScore portfolio = scans().score(List.of(ALPHA, BETA, GAMMA));

        // ALPHA passes 1 of 4, BETA 0 of 1: 1 / 5 = 20 %, not the average of 25 % and 0 %.
        assertThat(portfolio).extracting(ComplianceScore::score, ComplianceScore::rag, ComplianceScore::passedWeight,
                        ComplianceScore::scoredWeight, ComplianceScore::projects)
                .containsExactly(new BigDecimal("20.0"), RagStatus.RED, 1L, 5L, 2);
    }

    @Test
    void aRunLeftRunningByAStoppedNodeIsMarkedFailedByTheNextScan() {
        ScanRun stuck = results.begin(ScanRun.Trigger.SCHEDULED, null, "all", clock.instant());
        clock.advance(Duration.ofHours(1));

        scanAll();

        assertThat(results.run(stuck.id()).orElseThrow()).extracting(ScanRun::status, ScanRun::failure)
                .containsExactly(ScanRun.Status.FAILED, ComplianceScans.ABANDONED);
    }

    @Test
    void theScheduledJobReportsTheScanAndHandsItsReportOn() {
        applicable.apply(ALPHA, OVERDUE);
        engine.offends(ALPHA, OVERDUE, "ALPHA-1");
        List<ScanReport> digests = new ArrayList<>();
        ComplianceScanJob job = new ComplianceScanJob(scans(), digests::add);

        JobOutcome outcome = job.run();

        assertThat(job.id()).isEqualTo("com.pmosuite.compliance.scan");
        assertThat(outcome.result()).isEqualTo(JobOutcome.Result.SUCCEEDED);
        assertThat(outcome.message()).endsWith(": 1 projects, 1 violations, 1 new");
        assertThat(digests).singleElement().extracting(r -> r.newViolations().size()).isEqualTo(1);
    }

    @Test
    void aQueuedScanRunsInTheNameOfWhoAskedAndTheScheduleInTheSchedulersName() {
        applicable.apply(ALPHA, OVERDUE);
        ScanRun queued = scans().queueScanAll("pmo-admin");
        ComplianceScanJob job = new ComplianceScanJob(scans());

        assertThat(job.run().result()).isEqualTo(JobOutcome.Result.SUCCEEDED);
        assertThat(job.run().result()).isEqualTo(JobOutcome.Result.SUCCEEDED);

        assertThat(results.runs(10)).extracting(ScanRun::id, ScanRun::trigger, ScanRun::actorKey, ScanRun::status)
                .containsExactly(tuple(results.runs(1).get(0).id(), ScanRun.Trigger.SCHEDULED, null,
                                ScanRun.Status.SUCCEEDED),
                        tuple(queued.id(), ScanRun.Trigger.MANUAL, "pmo-admin", ScanRun.Status.SUCCEEDED));
    }

    @Test
    void theRunHistoryKeepsTheNewestRunsAsEachScanIsRecorded() {
        applicable.apply(ALPHA, OVERDUE);
        ComplianceScans scans = scans();
        for (int run = 0; run <= ComplianceScans.KEPT_RUNS; run++) {
            clock.advance(Duration.ofMinutes(1));
            scans.scanAll(ScanRun.Trigger.SCHEDULED, null);
        }

        List<ScanRun> kept = results.runs(1000);
        assertThat(kept).hasSize(ComplianceScans.KEPT_RUNS);
        assertThat(kept.get(0).id()).isEqualTo(ComplianceScans.KEPT_RUNS + 1L);
        assertThat(results.run(1)).isEmpty();
    }

    @Test
    void askingAgainWhileAScanIsQueuedJoinsIt() {
        ScanRun first = scans().queueScanAll("pmo-admin");

        assertThat(scans().queueScanAll("other-admin").id()).isEqualTo(first.id());
        assertThat(results.queued()).containsExactly(first);
    }

    @Test
    void theScheduledJobReportsAFailedScanAsFailed() {
        applicable.apply(ALPHA, OVERDUE);
        engine.failOnProject(1, "facts unavailable");
        List<ScanReport> digests = new ArrayList<>();

        JobOutcome outcome = new ComplianceScanJob(scans(), digests::add).run();

        assertThat(outcome.result()).isEqualTo(JobOutcome.Result.FAILED);
        assertThat(outcome.message()).contains("IllegalStateException: facts unavailable");
        assertThat(digests).isEmpty();
    }

    @Test
    void theJobRunsAtTheSettingsInterval() {
        settings.save(0, ComplianceSettings.validated(30, 90, 75, 50), "pmo", clock.instant());

        assertThat(ComplianceScanJob.schedule(scans().settings()).interval()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void settingsChangesAreValidatedVersionedAndAudited() {
        ComplianceSettings saved = scans().changeSettings(0, ComplianceSettings.validated(120, 90, 75, 50), "pmo");

        assertThat(saved.version()).isEqualTo(1);
        assertThat(settings.history()).extracting(e -> e.field()).containsExactly("scanIntervalMinutes");
        assertThatThrownBy(() -> ComplianceSettings.validated(14, 101, -1, 501))
                .isInstanceOfSatisfying(com.pmosuite.shared.ValidationFailed.class, f -> assertThat(f.errors())
                        .extracting(e -> e.field())
                        .containsExactly("scanIntervalMinutes", "greenPercent", "amberPercent", "offenderCap"));
        assertThatThrownBy(() -> ComplianceSettings.validated(10_081, 70, 80, 0))
                .isInstanceOfSatisfying(com.pmosuite.shared.ValidationFailed.class, f -> assertThat(f.errors())
                        .extracting(e -> e.field())
                        .containsExactly("scanIntervalMinutes", "amberPercent", "offenderCap"));
    }

    /** Test double of {@link ScanEngine}: fails a standard for the offenders set per project, honouring waivers. */
    private static final class FakeEngine implements ScanEngine {
        private final FakeIssueKeys issues;
        private final Map<Long, Map<Long, List<String>>> offenders = new HashMap<>();
        final List<ScanTarget> received = new ArrayList<>();
        final List<Integer> batchSizes = new ArrayList<>();
        final Set<Integer> caps = new HashSet<>();
        private int failOn;
        private String failure;
        private CountDownLatch scanning;
        private CountDownLatch release;
        private int scanned;

        FakeEngine(FakeIssueKeys issues) {
            this.issues = issues;
        }

        FakeEngine offends(long projectId, Standard standard, String... keys) {
            offenders.computeIfAbsent(projectId, k -> new HashMap<>()).put(standard.id(), List.of(keys));
            return this;
        }

        /** Throws when it reaches the n-th project (1-based) of the next scans. */
        void failOnProject(int n, String message) {
            failOn = n;
            failure = message;
            scanned = 0;
        }

        void blockOnFirstScan(CountDownLatch scanning, CountDownLatch release) {
            this.scanning = scanning;
            this.release = release;
        }

        @Override
        public List<ProjectScan> scan(List<ScanTarget> targets, LocalDate today, int offenderCap) {
            if (scanning != null) {
                CountDownLatch started = scanning;
                scanning = null;
                started.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            batchSizes.add(targets.size());
            caps.add(offenderCap);
            List<ProjectScan> scans = new ArrayList<>();
            for (ScanTarget target : targets) {
                scanned++;
                if (failOn > 0 && scanned == failOn) {
                    throw new IllegalStateException(failure);
                }
                received.add(target);
                scans.add(scan(target));
            }
            return scans;
        }

        private ProjectScan scan(ScanTarget target) {
            List<StandardResult> found = new ArrayList<>();
            int passed = 0;
            int scored = 0;
            for (Standard standard : target.standards()) {
                List<String> keys = offenders.getOrDefault(target.projectId(), Map.of())
                        .getOrDefault(standard.id(), List.of());
                List<ScanTarget.ActiveWaiver> waivers = target.waivers().stream()
                        .filter(w -> w.standardId() == standard.id()).toList();
                List<String> open = new ArrayList<>();
                long waived = 0;
                for (String key : keys) {
                    long issueId = issues.idOf(key);
                    if (waivers.stream().anyMatch(w -> w.issueIds().isEmpty() || w.issueIds().contains(issueId))) {
                        waived++;
                    } else {
                        open.add(key);
                    }
                }
                Outcome outcome = !open.isEmpty() ? Outcome.FAILED : waived > 0 ? Outcome.WAIVED : Outcome.PASSED;
                List<Long> waiverIds = waived > 0 ? waivers.stream().map(ScanTarget.ActiveWaiver::waiverId).toList()
                        : List.of();
                found.add(new StandardResult(standard.id(), outcome, OffenderKind.ISSUE, open, open.size(), waived,
                        null, waiverIds));
                scored += standard.weight();
                passed += outcome == Outcome.FAILED ? 0 : standard.weight();
            }
            // The engine's own band is ignored by the scans, which band with the PMO's thresholds.
            return new ProjectScan(target.projectId(), target.projectKey(), found, null, RagStatus.GREY, passed,
                    scored);
        }
    }

    /** Test double of {@link ApplicableStandards}: the standards each project is given. */
    private static final class FakeApplicableStandards implements ApplicableStandards {
        private final Map<Long, List<Standard>> byProject = new HashMap<>();

        FakeApplicableStandards apply(long projectId, Standard... standards) {
            byProject.put(projectId, List.of(standards));
            return this;
        }

        void remove(long projectId) {
            byProject.remove(projectId);
        }

        @Override
        public Set<Long> projectsInScope() {
            return new TreeSet<>(byProject.keySet());
        }

        @Override
        public List<Standard> forProject(long projectId) {
            return byProject.getOrDefault(projectId, List.of());
        }
    }

    /** Test double of {@link IssueKeys}: the keys a test makes known, and every look-up it was asked. */
    private static final class FakeIssueKeys implements IssueKeys {
        private final Map<String, Long> known = new HashMap<>();
        final List<Set<String>> calls = new ArrayList<>();

        FakeIssueKeys knows(String key, long id) {
            known.put(key, id);
            return this;
        }

        /** The id the engine double uses for an offending key: the known one, else one no waiver can name. */
        long idOf(String key) {
            return known.getOrDefault(key, -1L - Math.abs((long) key.hashCode()));
        }

        @Override
        public Map<Long, String> keys(Collection<Long> issueIds) {
            throw new UnsupportedOperationException("scans only resolve keys to ids");
        }

        @Override
        public Map<String, Long> ids(Collection<String> issueKeys) {
            calls.add(Set.copyOf(issueKeys));
            Map<String, Long> found = new HashMap<>();
            issueKeys.forEach(key -> {
                if (known.containsKey(key)) {
                    found.put(key, known.get(key));
                }
            });
            return found;
        }
    }

    /** Test double of {@link PmoLocks} whose job locks never wait: "busy" at once instead of after 30 s. */
    private static final class ImpatientLocks implements PmoLocks {
        private final Map<String, ReentrantLock> locks = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public ProjectLocks projects(String capability) {
            throw new UnsupportedOperationException("scans take job locks only");
        }

        @Override
        public <T> T withJobLock(String jobName, Supplier<T> work) {
            ReentrantLock lock = locks.computeIfAbsent(jobName, k -> new ReentrantLock());
            if (!lock.tryLock()) {
                throw new LockBusy(PmoLocks.jobLockName(jobName));
            }
            try {
                return work.get();
            } finally {
                lock.unlock();
            }
        }
    }
}
