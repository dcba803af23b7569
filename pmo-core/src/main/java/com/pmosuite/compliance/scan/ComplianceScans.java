package com.pmosuite.compliance.scan;

import com.pmosuite.compliance.ApplicableStandards;
import com.pmosuite.compliance.IssueKeys;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectProfiles;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.ScanEngine;
import com.pmosuite.compliance.ScanTarget;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.result.ComplianceScore;
import com.pmosuite.compliance.result.NewViolation;
import com.pmosuite.compliance.result.ProjectResult;
import com.pmosuite.compliance.result.ResultStore;
import com.pmosuite.compliance.result.ScanRun;
import com.pmosuite.compliance.engine.ScoreThresholds;
import com.pmosuite.compliance.waiver.Waivers;
import com.pmosuite.shared.LockBusy;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.PmoLocks;
import com.pmosuite.shared.StaleVersion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Compliance scans: every applicable standard evaluated for every project in scope (on a schedule, or on demand for a
 * project or a portfolio), scored with the PMO's thresholds and recorded; the read side of what was recorded.
 *
 * <p>A scan builds each project's {@link ScanTarget} from {@link ApplicableStandards} and the waivers in force on the
 * scan's day (the server's date: {@code clock}'s zone), resolving every waiver's issue keys with <b>one</b>
 * {@link IssueKeys#ids} call, runs the engine {@value #BATCH} projects at a time, and records every project's result
 * with {@link ResultStore#record} in one transaction. A dry run does the same but records nothing, not even the run,
 * and takes no lock (it writes nothing, so it never waits for a scheduled scan).
 *
 * <p>A recording scan holds the global job lock {@code jobs.}{@value #JOB}: a second one started meanwhile waits at
 * most {@link com.pmosuite.shared.ProjectLocks#WAIT_SECONDS} and then gets {@link LockBusy} (409 in the REST API).
 *
 * <p><b>Failures are reported, not thrown</b>: when the engine or the store throws part-way, the run is recorded as
 * FAILED with the exception's class and message (cut to {@link ScanRun#MAX_FAILURE}), every project's previous result
 * stays as it was (nothing is recorded before the engine has scanned every project, and the recording is one
 * transaction), and the {@link ScanReport} says {@link ScanReport#failed()}. Only a failure to record the failure
 * itself (the database gone) is thrown.
 */
public final class ComplianceScans {
    /** The scans' job name: their lock is {@code jobs.compliance-scan}. */
    public static final String JOB = "compliance-scan";
    /** The settings' lock, so two PMO admins' saves are checked against each other's version on every database. */
    public static final String SETTINGS_JOB = "compliance-settings";
    /** Projects per engine call: bounds what one batch of targets holds in memory. */
    public static final int BATCH = 25;
    /**
     * The run history keeps this many runs: each recorded scan deletes older finished runs, except those a project's
     * latest result still names. Ten scans a day for 50 days; the audit history is not affected.
     */
    public static final int KEPT_RUNS = 500;
    /** The scope of a scan of every project in scope, in the run history. */
    public static final String SCOPE_ALL = "all";
    static final String ABANDONED = "Interrupted: the node running it stopped before it ended";

    private final ScanEngine engine;
    private final ApplicableStandards applicable;
    private final ProjectProfiles projects;
    private final Waivers waivers;
    private final IssueKeys issueKeys;
    private final ResultStore results;
    private final ComplianceSettingsStore settings;
    private final PmoLocks locks;
    private final Clock clock;
    private final List<Consumer<ScanReport>> whenRecorded = new CopyOnWriteArrayList<>();

    public ComplianceScans(ScanEngine engine, ApplicableStandards applicable, ProjectProfiles projects,
                           Waivers waivers, IssueKeys issueKeys, ResultStore results,
                           ComplianceSettingsStore settings, PmoLocks locks, Clock clock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.applicable = Objects.requireNonNull(applicable, "applicable");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.waivers = Objects.requireNonNull(waivers, "waivers");
        this.issueKeys = Objects.requireNonNull(issueKeys, "issueKeys");
        this.results = Objects.requireNonNull(results, "results");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Scans every project a standard set applies to ({@link ApplicableStandards#projectsInScope()}) and records the
     * results; the results of projects no longer in scope are removed in the same transaction. Scope {@code all}.
     *
     * @param actorKey who asked; {@code null} for the scheduler
     * @throws LockBusy when another recording scan holds the lock past the bounded wait
     */
    public ScanReport scanAll(ScanRun.Trigger trigger, String actorKey) {
        return recorded(locks.withJobLock(JOB, () -> {
            ScanRun run = beginRun(trigger, actorKey, SCOPE_ALL);
            return recording(run, new TreeSet<>(applicable.projectsInScope()), true);
        }));
    }

    /**
     * A person's "scan every project now", for the scheduler to run in the background ({@link #scanQueuedOrAll}):
     * stores a QUEUED run naming who asked, without waiting for the lock, so the run history says who started it
     * even though the scheduler runs it. While one such run is still queued, asking again joins it.
     */
    public ScanRun queueScanAll(String actorKey) {
        Objects.requireNonNull(actorKey, "actorKey");
        return results.queued().stream().filter(run -> run.scope().equals(SCOPE_ALL)).findFirst()
                .orElseGet(() -> results.queue(ScanRun.Trigger.MANUAL, actorKey, SCOPE_ALL, clock.instant()));
    }

    /**
     * The scheduled job's scan: every queued request ({@link #queueScanAll}) in turn, each recorded as the person who
     * asked for it; when none is queued, a scheduled scan of every project. All under one hold of the lock.
     *
     * @return the reports, in the order run (never empty)
     * @throws LockBusy when another recording scan holds the lock past the bounded wait (the queue stays for the next)
     */
    public List<ScanReport> scanQueuedOrAll() {
        List<ScanReport> reports = locks.withJobLock(JOB, () -> {
            List<ScanReport> done = new ArrayList<>();
            abandonRunning();
            for (Optional<ScanRun> queued = results.startQueued(clock.instant()); queued.isPresent();
                 queued = results.startQueued(clock.instant())) {
                done.add(recording(queued.get(), new TreeSet<>(applicable.projectsInScope()), true));
            }
            if (done.isEmpty()) {
                ScanRun run = results.begin(ScanRun.Trigger.SCHEDULED, null, SCOPE_ALL, clock.instant());
                done.add(recording(run, new TreeSet<>(applicable.projectsInScope()), true));
            }
            return done;
        });
        reports.forEach(this::recorded);
        return reports;
    }

    /**
     * Scans these projects (one project, or a portfolio's members) whatever their sets' scopes: a project no set
     * applies to gets an empty result (no score, grey). Projects that do not exist are left out. Other projects'
     * results are untouched.
     *
     * @param scope    what was asked for, in words, for the run history: {@code project ALPHA}, {@code portfolio 3}
     * @param actorKey who asked; {@code null} for the scheduler
     * @param dryRun   evaluate and report only: nothing is recorded, no lock is taken
     * @throws LockBusy when (not a dry run) another recording scan holds the lock past the bounded wait
     */
    public ScanReport scanProjects(Set<Long> projectIds, String scope, ScanRun.Trigger trigger, String actorKey,
                                   boolean dryRun) {
        Set<Long> ids = new TreeSet<>(projectIds);
        if (dryRun) {
            return dry(ids, scope, trigger, actorKey);
        }
        return recorded(locks.withJobLock(JOB, () -> recording(beginRun(trigger, actorKey, scope), ids, false)));
    }

    /**
     * Calls {@code listener} with the report of every scan recorded from now on (scheduled or on demand; not dry runs,
     * not failed runs), after the lock is released: the notification digests of new violations. The listener runs in
     * the scan's thread and must not throw.
     */
    public void whenRecorded(Consumer<ScanReport> listener) {
        whenRecorded.add(Objects.requireNonNull(listener, "listener"));
    }

    private ScanReport recorded(ScanReport report) {
        if (!report.failed()) {
            whenRecorded.forEach(listener -> listener.accept(report));
        }
        return report;
    }

    /**
     * A person's scan of one project (scope {@code project KEY}, trigger MANUAL); see {@link #scanProjects}.
     *
     * @throws NotFound when the project does not exist
     */
    public ScanReport scanProject(long projectId, String actorKey, boolean dryRun) {
        String key = projects.profile(projectId).map(ProjectProfiles.ProjectProfile::key)
                .orElseThrow(() -> new NotFound("Project " + projectId));
        return scanProjects(Set.of(projectId), "project " + key, ScanRun.Trigger.MANUAL, actorKey, dryRun);
    }

    /** The compliance settings now. */
    public ComplianceSettings settings() {
        return settings.current();
    }

    /**
     * Saves validated settings ({@link ComplianceSettings#validated}); the scheduled scan's interval is the wiring's
     * to apply (reschedule the job with {@link ComplianceScanJob#schedule}).
     *
     * @throws StaleVersion when someone saved since {@code expectedVersion}
     */
    public ComplianceSettings changeSettings(int expectedVersion, ComplianceSettings values, String actorKey) {
        return locks.withJobLock(SETTINGS_JOB,
                () -> settings.save(expectedVersion, values, actorKey, clock.instant()));
    }

    public Optional<ProjectResult> latest(long projectId) {
        return results.latest(projectId);
    }

    public Map<Long, ProjectResult> latest(Collection<Long> projectIds) {
        return results.latest(projectIds);
    }

    /**
     * The aggregate score of these projects' latest results (a portfolio's), banded with the current thresholds;
     * projects never scanned are not in it ({@link ComplianceScore#projects()} says how many are).
     */
    public ComplianceScore score(Collection<Long> projectIds) {
        return ComplianceScore.ofProjects(results.latest(projectIds).values(), settings.current().thresholds());
    }

    /** The latest runs, newest first. */
    public List<ScanRun> runs(int limit) {
        return results.runs(limit);
    }

    /** Begins a run, holding the lock: any run still RUNNING lost its node, and is said to have. */
    private ScanRun beginRun(ScanRun.Trigger trigger, String actorKey, String scope) {
        abandonRunning();
        return results.begin(trigger, actorKey, scope, clock.instant());
    }

    private void abandonRunning() {
        // Holding the lock, any run still RUNNING lost its node: say so rather than leave it running for ever.
        results.abandonRunning(ABANDONED, clock.instant());
    }

    private ScanReport recording(ScanRun run, Set<Long> ids, boolean dropOthers) {
        Instant start = run.startedAt();
        try {
            List<ProjectScan> scans = evaluate(ids, start);
            Set<Long> drop = new HashSet<>();
            if (dropOthers) {
                drop.addAll(results.projectsWithResults());
                scans.forEach(scan -> drop.remove(scan.projectId()));
            }
            ScanRun recorded = results.record(run.id(), scans, drop, clock.instant());
            List<NewViolation> found = results.newViolations(run.id());
            pruneRuns();
            return new ScanReport(recorded, scans, found, false);
        } catch (RuntimeException failure) {
            ScanRun failed;
            try {
                failed = results.fail(run.id(), reason(failure), clock.instant());
            } catch (RuntimeException cannotRecord) {
                cannotRecord.addSuppressed(failure);
                throw cannotRecord;
            }
            return new ScanReport(failed, List.of(), List.of(), false);
        }
    }

    /**
     * Keeps the run history to {@link #KEPT_RUNS}. The scan is recorded already, so a failure here must not report it
     * failed: the runs stay, and the next recorded scan deletes them.
     */
    private void pruneRuns() {
        try {
            results.pruneRuns(KEPT_RUNS);
        } catch (RuntimeException keptForTheNextScan) {
            // Nothing is lost: old runs are kept one scan longer.
        }
    }

    private ScanReport dry(Set<Long> ids, String scope, ScanRun.Trigger trigger, String actorKey) {
        Instant start = clock.instant();
        try {
            List<ProjectScan> scans = evaluate(ids, start);
            int violations = (int) scans.stream().flatMap(s -> s.results().stream())
                    .filter(r -> r.outcome() == Outcome.FAILED).count();
            return new ScanReport(new ScanRun(0, trigger, actorKey, scope, start, clock.instant(),
                    ScanRun.Status.SUCCEEDED, null, scans.size(), violations), scans, List.of(), true);
        } catch (RuntimeException failure) {
            return new ScanReport(new ScanRun(0, trigger, actorKey, scope, start, clock.instant(),
                    ScanRun.Status.FAILED, reason(failure), 0, 0), List.of(), List.of(), true);
        }
    }

    /** Every existing project's scan, batch by batch, scored with the current thresholds. */
    private List<ProjectScan> evaluate(Set<Long> ids, Instant start) {
        LocalDate today = LocalDate.ofInstant(start, clock.getZone());
        ComplianceSettings current = settings.current();
        Map<Long, List<ScanTarget.ActiveWaiver>> inForce = activeWaivers(ids, today);
        List<ProjectScan> scans = new ArrayList<>();
        List<ScanTarget> batch = new ArrayList<>();
        for (long projectId : ids) {
            Optional<ProjectProfiles.ProjectProfile> profile = projects.profile(projectId);
            if (profile.isEmpty()) {
                continue;
            }
            List<Standard> standards = applicable.forProject(projectId);
            Set<Long> standardIds = new HashSet<>();
            standards.forEach(s -> standardIds.add(s.id()));
            List<ScanTarget.ActiveWaiver> waived = inForce.getOrDefault(projectId, List.of()).stream()
                    .filter(w -> standardIds.contains(w.standardId())).toList();
            batch.add(new ScanTarget(projectId, profile.get().key(), standards, waived));
            if (batch.size() == BATCH) {
                scans.addAll(scanBatch(batch, today, current));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            scans.addAll(scanBatch(batch, today, current));
        }
        return scans;
    }

    private List<ProjectScan> scanBatch(List<ScanTarget> batch, LocalDate today, ComplianceSettings current) {
        List<ProjectScan> found = engine.scan(List.copyOf(batch), today, current.offenderCap());
        if (found.size() != batch.size()) {
            throw new IllegalStateException("The scan engine answered " + found.size() + " projects for "
                    + batch.size());
        }
        List<ProjectScan> scored = new ArrayList<>();
        ScoreThresholds thresholds = current.thresholds();
        for (int i = 0; i < found.size(); i++) {
            ProjectScan scan = found.get(i);
            if (scan.projectId() != batch.get(i).projectId()) {
                throw new IllegalStateException("The scan engine answered project " + scan.projectId()
                        + " in place of " + batch.get(i).projectId());
            }
            BigDecimal score = ComplianceScore.percent(scan.passedWeight(), scan.scoredWeight());
            scored.add(new ProjectScan(scan.projectId(), scan.projectKey(), scan.results(), score,
                    thresholds.rag(score), scan.passedWeight(), scan.scoredWeight()));
        }
        return scored;
    }

    /**
     * The waivers in force on {@code today} for these projects, their issue keys resolved with one look-up. A waiver
     * that names issues of which none exists any more covers nothing (it must not widen to the whole standard).
     */
    private Map<Long, List<ScanTarget.ActiveWaiver>> activeWaivers(Set<Long> ids, LocalDate today) {
        List<Waiver> active = waivers.activeOn(today).stream().filter(w -> ids.contains(w.projectId())).toList();
        Set<String> keys = new TreeSet<>();
        active.forEach(w -> keys.addAll(w.issueKeys()));
        Map<String, Long> resolved = keys.isEmpty() ? Map.of() : issueKeys.ids(keys);
        Map<Long, List<ScanTarget.ActiveWaiver>> byProject = new HashMap<>();
        for (Waiver waiver : active) {
            Set<Long> issueIds = new HashSet<>();
            for (String key : waiver.issueKeys()) {
                Long id = resolved.get(key);
                if (id != null) {
                    issueIds.add(id);
                }
            }
            if (!waiver.issueKeys().isEmpty() && issueIds.isEmpty()) {
                continue;
            }
            byProject.computeIfAbsent(waiver.projectId(), k -> new ArrayList<>())
                    .add(new ScanTarget.ActiveWaiver(waiver.id(), waiver.standardId(), issueIds));
        }
        return byProject;
    }

    private static String reason(RuntimeException failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
