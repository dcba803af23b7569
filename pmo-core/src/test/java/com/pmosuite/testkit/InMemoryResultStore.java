package com.pmosuite.testkit;

import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.StandardResult;
import com.pmosuite.compliance.result.NewViolation;
import com.pmosuite.compliance.result.ProjectResult;
import com.pmosuite.compliance.result.RecordedResult;
import com.pmosuite.compliance.result.ResultStore;
import com.pmosuite.compliance.result.ScanRun;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A {@link ResultStore} in memory that keeps every promise of the port (it passes {@code ResultStoreContract}). */
public final class InMemoryResultStore implements ResultStore {
    private final Map<Long, ScanRun> runs = new TreeMap<>();
    private final Map<Long, ProjectResult> latest = new TreeMap<>();
    private long lastRunId;
    /** When set, {@link #record} fails after this many projects, as a database refusing a row would. */
    private int failRecordingAfter = -1;

    /** Makes the next {@link #record} fail part-way, after writing {@code projects} projects. */
    public synchronized InMemoryResultStore failRecordingAfter(int projects) {
        failRecordingAfter = projects;
        return this;
    }

    @Override
    public synchronized ScanRun begin(ScanRun.Trigger trigger, String actorKey, String scope, Instant at) {
        return stored(trigger, actorKey, scope, at, ScanRun.Status.RUNNING);
    }

    @Override
    public synchronized ScanRun queue(ScanRun.Trigger trigger, String actorKey, String scope, Instant at) {
        return stored(trigger, actorKey, scope, at, ScanRun.Status.QUEUED);
    }

    private ScanRun stored(ScanRun.Trigger trigger, String actorKey, String scope, Instant at, ScanRun.Status status) {
        ScanRun run = new ScanRun(++lastRunId, trigger, actorKey, scope, ms(at), null, status, null, 0, 0);
        runs.put(run.id(), run);
        return run;
    }

    @Override
    public synchronized Optional<ScanRun> startQueued(Instant at) {
        Optional<ScanRun> oldest = runs.values().stream().filter(r -> r.status() == ScanRun.Status.QUEUED)
                .findFirst();
        oldest.ifPresent(run -> runs.put(run.id(), new ScanRun(run.id(), run.trigger(), run.actorKey(), run.scope(),
                ms(at), null, ScanRun.Status.RUNNING, null, 0, 0)));
        return oldest.map(run -> runs.get(run.id()));
    }

    @Override
    public synchronized List<ScanRun> queued() {
        return runs.values().stream().filter(r -> r.status() == ScanRun.Status.QUEUED).toList();
    }

    @Override
    public synchronized ScanRun record(long runId, List<ProjectScan> scans, Set<Long> dropProjects,
                                       Instant finishedAt) {
        ScanRun run = running(runId);
        // Written into a copy, swapped in at the end: all or nothing, as one transaction.
        Map<Long, ProjectResult> next = new TreeMap<>(latest);
        int violations = 0;
        int written = 0;
        for (ProjectScan scan : scans) {
            if (failRecordingAfter >= 0 && written == failRecordingAfter) {
                failRecordingAfter = -1;
                throw new IllegalStateException("the database refused project " + scan.projectId());
            }
            ProjectResult previous = latest.get(scan.projectId());
            Map<Long, RecordedResult> before = new HashMap<>();
            if (previous != null) {
                previous.results().forEach(r -> before.put(r.standardId(), r));
            }
            List<RecordedResult> rows = new ArrayList<>();
            for (StandardResult result : scan.results()) {
                RecordedResult row = RecordedResult.of(result, before.get(result.standardId()), run.startedAt());
                rows.add(row);
                if (row.outcome() == Outcome.FAILED) {
                    violations++;
                }
            }
            rows.sort(Comparator.comparingLong(RecordedResult::standardId));
            next.put(scan.projectId(), new ProjectResult(scan.projectId(), scan.projectKey(), scan.score(), scan.rag(),
                    scan.passedWeight(), scan.scoredWeight(), run.startedAt(), runId, rows));
            written++;
        }
        dropProjects.forEach(next::remove);
        latest.clear();
        latest.putAll(next);
        ScanRun done = new ScanRun(runId, run.trigger(), run.actorKey(), run.scope(), run.startedAt(), ms(finishedAt),
                ScanRun.Status.SUCCEEDED, null, scans.size(), violations);
        runs.put(runId, done);
        return done;
    }

    @Override
    public synchronized ScanRun fail(long runId, String reason, Instant finishedAt) {
        ScanRun run = running(runId);
        ScanRun failed = new ScanRun(runId, run.trigger(), run.actorKey(), run.scope(), run.startedAt(),
                ms(finishedAt), ScanRun.Status.FAILED, reason == null ? "" : reason, 0, 0);
        runs.put(runId, failed);
        return failed;
    }

    @Override
    public synchronized int abandonRunning(String reason, Instant at) {
        List<Long> running = runs.values().stream().filter(r -> r.status() == ScanRun.Status.RUNNING)
                .map(ScanRun::id).toList();
        running.forEach(id -> fail(id, reason, at));
        return running.size();
    }

    @Override
    public synchronized int pruneRuns(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one run: " + keep);
        }
        Set<Long> named = new java.util.HashSet<>();
        latest.values().forEach(result -> named.add(result.runId()));
        List<Long> old = runs.values().stream()
                .sorted(Comparator.comparing(ScanRun::startedAt).thenComparingLong(ScanRun::id).reversed())
                .skip(keep)
                .filter(r -> r.status() == ScanRun.Status.SUCCEEDED || r.status() == ScanRun.Status.FAILED)
                .map(ScanRun::id).filter(id -> !named.contains(id)).toList();
        old.forEach(runs::remove);
        return old.size();
    }

    @Override
    public synchronized Optional<ScanRun> run(long runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public synchronized List<ScanRun> runs(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit outside 1..1000: " + limit);
        }
        return runs.values().stream()
                .sorted(Comparator.comparing(ScanRun::startedAt).thenComparingLong(ScanRun::id).reversed())
                .limit(limit).toList();
    }

    @Override
    public synchronized Optional<ProjectResult> latest(long projectId) {
        return Optional.ofNullable(latest.get(projectId));
    }

    @Override
    public synchronized Map<Long, ProjectResult> latest(Collection<Long> projectIds) {
        Map<Long, ProjectResult> found = new TreeMap<>();
        projectIds.forEach(id -> {
            ProjectResult result = latest.get(id);
            if (result != null) {
                found.put(id, result);
            }
        });
        return found;
    }

    @Override
    public synchronized Set<Long> projectsWithResults() {
        return Set.copyOf(latest.keySet());
    }

    @Override
    public synchronized List<NewViolation> newViolations(long runId) {
        List<NewViolation> found = new ArrayList<>();
        for (ProjectResult project : latest.values()) {
            if (project.runId() != runId) {
                continue;
            }
            for (RecordedResult result : project.results()) {
                if (result.violation() && project.scannedAt().equals(result.firstSeen())) {
                    found.add(new NewViolation(project.projectId(), project.projectKey(), result));
                }
            }
        }
        return found;
    }

    private ScanRun running(long runId) {
        ScanRun run = runs.get(runId);
        if (run == null || run.status() != ScanRun.Status.RUNNING) {
            throw new IllegalStateException("Scan run " + runId + " is not running");
        }
        return run;
    }

    private static Instant ms(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
    }
}
