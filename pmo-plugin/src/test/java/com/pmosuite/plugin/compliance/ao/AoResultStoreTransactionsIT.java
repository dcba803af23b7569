package com.pmosuite.plugin.compliance.ao;

import com.pmosuite.compliance.ApplicableStandards;
import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.IssueKeys;
import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectProfiles;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.ScanEngine;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardResult;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.compliance.result.ProjectResult;
import com.pmosuite.compliance.result.ScanRun;
import com.pmosuite.compliance.scan.ComplianceScans;
import com.pmosuite.compliance.scan.ScanReport;
import com.pmosuite.compliance.waiver.Waivers;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.rollup.RollupNode.RagStatus;
import com.pmosuite.shared.PmoLocks;
import com.pmosuite.testkit.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.pmosuite.testkit.ScanFixtures.failed;
import static com.pmosuite.testkit.ScanFixtures.passed;
import static com.pmosuite.testkit.ScanFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A scan's results are recorded all or nothing on a real database: when the database refuses a row part-way (here a
 * project key longer than its 255-character column, which Jira never hands out), every project's previous result
 * stays, and through {@link ComplianceScans} the run is recorded as FAILED with the database's reason. The engine,
 * the applicable standards, the profiles and the issue keys are test doubles of those ports; the stores are the
 * real AO ones on HSQLDB.
 */
class AoResultStoreTransactionsIT {
    private static final long ALPHA = 10_000;
    private static final long BETA = 10_001;
    private static final long GAMMA = 10_002;
    private static final String REFUSED_KEY = "G".repeat(300);
    private static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");
    private static final Standard OVERDUE = new Standard(2, "Nothing overdue", null, StandardSeverity.MAJOR, 1, true,
            new Check.NoOverdue(0), "pmo", Instant.EPOCH, 1);

    private AoDatabase database;
    private AoResultStore store;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.hsqldb();
        store = new AoResultStore(database.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aRecordingRefusedHalfWayLeavesEveryPreviousResultAndTheRunRunning() {
        ScanRun first = store.begin(ScanRun.Trigger.SCHEDULED, null, "all", MONDAY);
        store.record(first.id(), List.of(scan(ALPHA, "ALPHA", passed(1)), scan(BETA, "BETA", passed(1)),
                scan(GAMMA, "GAMMA", failed(1, "GAMMA-1"))), Set.of(), MONDAY.plusSeconds(5));
        Map<Long, ProjectResult> before = store.latest(List.of(ALPHA, BETA, GAMMA));
        ScanRun second = store.begin(ScanRun.Trigger.MANUAL, "pmo", "all", MONDAY.plusSeconds(3600));

        assertThatThrownBy(() -> store.record(second.id(), List.of(scan(ALPHA, "ALPHA", failed(1, "ALPHA-1")),
                scan(BETA, "BETA", failed(1, "BETA-1")), scan(GAMMA, REFUSED_KEY, passed(1))), Set.of(ALPHA),
                MONDAY.plusSeconds(3700))).isInstanceOf(RuntimeException.class);

        assertThat(store.latest(List.of(ALPHA, BETA, GAMMA))).isEqualTo(before);
        assertThat(store.run(second.id()).orElseThrow().status()).isEqualTo(ScanRun.Status.RUNNING);
    }

    @Test
    void aScanWhoseRecordingTheDatabaseRefusesIsAFailedRunWithTheReason() {
        FixedClock clock = FixedClock.at(MONDAY);
        Map<Long, String> keys = new java.util.HashMap<>(Map.of(ALPHA, "ALPHA", BETA, "BETA", GAMMA, "GAMMA"));
        ProjectProfiles profiles = id -> Optional.ofNullable(keys.get(id))
                .map(key -> new ProjectProfiles.ProjectProfile(id, key, key, null, null, null, List.of()));
        ApplicableStandards applicable = new ApplicableStandards() {
            @Override
            public Set<Long> projectsInScope() {
                return Set.of(ALPHA, BETA, GAMMA);
            }

            @Override
            public List<Standard> forProject(long projectId) {
                return List.of(OVERDUE);
            }
        };
        List<String> offending = new ArrayList<>();
        ScanEngine engine = (targets, today, cap) -> targets.stream().map(target -> {
            boolean fails = offending.contains(target.projectKey());
            StandardResult result = new StandardResult(OVERDUE.id(), fails ? Outcome.FAILED : Outcome.PASSED,
                    OffenderKind.ISSUE, fails ? List.of(target.projectKey() + "-1") : List.of(), fails ? 1 : 0, 0,
                    null, List.of());
            return new ProjectScan(target.projectId(), target.projectKey(), List.of(result), null, RagStatus.GREY,
                    fails ? 0 : 1, 1);
        }).toList();
        IssueKeys noIssues = new IssueKeys() {
            @Override
            public Map<Long, String> keys(java.util.Collection<Long> issueIds) {
                return Map.of();
            }

            @Override
            public Map<String, Long> ids(java.util.Collection<String> issueKeys) {
                return Map.of();
            }
        };
        Waivers waivers = new Waivers(new AoWaiverStore(database.activeObjects()), id -> Optional.empty(),
                id -> Optional.ofNullable(keys.get(id)), clock);
        ComplianceScans scans = new ComplianceScans(engine, applicable, profiles, waivers, noIssues, store,
                new AoScanSettingsStore(database.activeObjects()), PmoLocks.inThisJvm(), clock);
        offending.add("GAMMA");
        ScanReport first = scans.scanAll(ScanRun.Trigger.SCHEDULED, null);
        Map<Long, ProjectResult> before = store.latest(List.of(ALPHA, BETA, GAMMA));

        offending.addAll(List.of("ALPHA", "BETA"));
        keys.put(GAMMA, REFUSED_KEY);
        clock.advance(Duration.ofDays(1));
        ScanReport second = scans.scanAll(ScanRun.Trigger.SCHEDULED, null);

        assertThat(first.failed()).isFalse();
        assertThat(second.failed()).isTrue();
        ScanRun failed = store.run(second.run().id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ScanRun.Status.FAILED);
        assertThat(failed.failure()).isNotBlank().hasSizeLessThanOrEqualTo(ScanRun.MAX_FAILURE);
        assertThat(store.latest(List.of(ALPHA, BETA, GAMMA))).isEqualTo(before);
        assertThat(before.get(GAMMA).violations()).hasSize(1);
    }
}
