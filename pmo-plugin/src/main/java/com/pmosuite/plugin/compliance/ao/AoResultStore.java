package com.pmosuite.plugin.compliance.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
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
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link ResultStore} on Active Objects: runs in {@link ScanRunEntity}, each project's latest result in
 * {@link ProjectResultEntity} (which also lists the standards that simply passed) with one {@link ViolationEntity}
 * row per other standard result. A run's results are recorded in one
 * AO transaction (the previous rows of the scanned projects deleted, the new ones inserted, the run finished), so a
 * failure anywhere leaves the previous results. Project ids are sent in chunks, as databases bound a statement's
 * parameters. No AO type leaves this class.
 */
public final class AoResultStore implements ResultStore {
    static final String ID = "ID";
    static final String PROJECT_ID = "PROJECT_ID";
    static final String RUN_ID = "RUN_ID";
    static final String STATUS = "STATUS";
    static final String STARTED_AT = "STARTED_AT";
    /** Project ids per IN list. */
    private static final int CHUNK = 500;

    private final ActiveObjects ao;

    public AoResultStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public ScanRun begin(ScanRun.Trigger trigger, String actorKey, String scope, Instant at) {
        return insertRun(trigger, actorKey, scope, at, ScanRun.Status.RUNNING);
    }

    @Override
    public ScanRun queue(ScanRun.Trigger trigger, String actorKey, String scope, Instant at) {
        return insertRun(trigger, actorKey, scope, at, ScanRun.Status.QUEUED);
    }

    @Override
    public Optional<ScanRun> startQueued(Instant at) {
        return ao.executeInTransaction(() -> {
            ScanRunEntity[] oldest = ao.find(ScanRunEntity.class, Query.select()
                    .where(STATUS + " = ?", ScanRun.Status.QUEUED.name()).order(ID + " ASC").limit(1));
            if (oldest.length == 0) {
                return Optional.empty();
            }
            oldest[0].setStatus(ScanRun.Status.RUNNING.name());
            oldest[0].setStartedAt(at.toEpochMilli());
            oldest[0].save();
            return Optional.of(toRun(oldest[0]));
        });
    }

    @Override
    public List<ScanRun> queued() {
        return Arrays.stream(ao.find(ScanRunEntity.class, Query.select()
                        .where(STATUS + " = ?", ScanRun.Status.QUEUED.name()).order(ID + " ASC")))
                .map(AoResultStore::toRun).toList();
    }

    private ScanRun insertRun(ScanRun.Trigger trigger, String actorKey, String scope, Instant at,
                              ScanRun.Status status) {
        ScanRun draft = new ScanRun(0, trigger, actorKey, scope, at, null, status, null, 0, 0);
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam("TRIGGER_KIND", trigger.name()),
                new DBParam("SCOPE", draft.scope()),
                new DBParam(STARTED_AT, at.toEpochMilli()),
                new DBParam(STATUS, status.name()),
                new DBParam("PROJECTS_SCANNED", 0),
                new DBParam("VIOLATIONS_FOUND", 0)));
        if (actorKey != null) {
            params.add(new DBParam("ACTOR_KEY", actorKey));
        }
        return toRun(ao.create(ScanRunEntity.class, params.toArray(DBParam[]::new)));
    }

    @Override
    public ScanRun record(long runId, List<ProjectScan> scans, Set<Long> dropProjects, Instant finishedAt) {
        return ao.executeInTransaction(() -> {
            ScanRunEntity run = running(runId);
            Instant scannedAt = Instant.ofEpochMilli(run.getStartedAt());
            List<Long> scanned = scans.stream().map(ProjectScan::projectId).toList();
            Map<Long, Map<Long, RecordedResult>> previous = new HashMap<>();
            for (ViolationEntity row : violationRows(scanned)) {
                previous.computeIfAbsent(row.getProjectId(), k -> new HashMap<>())
                        .put(row.getStandardId(), toResult(row));
            }
            Set<Long> replaced = new TreeSet<>(scanned);
            replaced.addAll(dropProjects);
            for (List<Long> chunk : chunks(replaced)) {
                ao.deleteWithSQL(ViolationEntity.class, PROJECT_ID + " IN (" + placeholders(chunk) + ")",
                        chunk.toArray());
                ao.deleteWithSQL(ProjectResultEntity.class, PROJECT_ID + " IN (" + placeholders(chunk) + ")",
                        chunk.toArray());
            }
            int violations = 0;
            for (ProjectScan scan : scans) {
                List<DBParam> project = new ArrayList<>(List.of(
                        new DBParam(PROJECT_ID, scan.projectId()),
                        new DBParam("PROJECT_KEY", scan.projectKey()),
                        new DBParam("RAG", scan.rag().name()),
                        new DBParam("PASSED_WEIGHT", scan.passedWeight()),
                        new DBParam("SCORED_WEIGHT", scan.scoredWeight()),
                        new DBParam("SCANNED_AT", scannedAt.toEpochMilli()),
                        new DBParam(RUN_ID, runId)));
                if (scan.score() != null) {
                    project.add(new DBParam("SCORE", scan.score().toPlainString()));
                }
                Map<Long, RecordedResult> before = previous.getOrDefault(scan.projectId(), Map.of());
                List<String> passed = new ArrayList<>();
                for (StandardResult result : scan.results()) {
                    RecordedResult row = RecordedResult.of(result, before.get(result.standardId()), scannedAt);
                    if (plainPass(row)) {
                        passed.add(row.standardId() + ":" + row.offenderKind().name());
                    } else {
                        insert(scan.projectId(), row);
                    }
                    if (row.violation()) {
                        violations++;
                    }
                }
                if (!passed.isEmpty()) {
                    project.add(new DBParam("PASSED_STANDARDS", String.join(",", passed)));
                }
                ao.create(ProjectResultEntity.class, project.toArray(DBParam[]::new));
            }
            run.setStatus(ScanRun.Status.SUCCEEDED.name());
            run.setFinishedAt(finishedAt.toEpochMilli());
            run.setProjectsScanned(scans.size());
            run.setViolationsFound(violations);
            run.save();
            return toRun(run);
        });
    }

    @Override
    public ScanRun fail(long runId, String reason, Instant finishedAt) {
        return ao.executeInTransaction(() -> {
            ScanRunEntity run = running(runId);
            finishFailed(run, reason, finishedAt);
            return toRun(run);
        });
    }

    @Override
    public int abandonRunning(String reason, Instant at) {
        return ao.executeInTransaction(() -> {
            ScanRunEntity[] running = ao.find(ScanRunEntity.class, Query.select()
                    .where(STATUS + " = ?", ScanRun.Status.RUNNING.name()));
            for (ScanRunEntity run : running) {
                finishFailed(run, reason, at);
            }
            return running.length;
        });
    }

    @Override
    public int pruneRuns(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one run: " + keep);
        }
        return ao.executeInTransaction(() -> {
            Set<Long> named = new HashSet<>();
            for (ProjectResultEntity row : ao.find(ProjectResultEntity.class, Query.select(ID + ", " + RUN_ID))) {
                named.add(row.getRunId());
            }
            List<Long> old = new ArrayList<>();
            for (ScanRunEntity row : ao.find(ScanRunEntity.class, Query.select(ID + ", " + STATUS)
                    .order(STARTED_AT + " DESC, " + ID + " DESC").offset(keep))) {
                boolean finished = ScanRun.Status.SUCCEEDED.name().equals(row.getStatus())
                        || ScanRun.Status.FAILED.name().equals(row.getStatus());
                if (finished && !named.contains((long) row.getID())) {
                    old.add((long) row.getID());
                }
            }
            for (List<Long> chunk : chunks(old)) {
                ao.deleteWithSQL(ScanRunEntity.class, ID + " IN (" + placeholders(chunk) + ")",
                        chunk.stream().map(Long::intValue).toArray());
            }
            return old.size();
        });
    }

    @Override
    public Optional<ScanRun> run(long runId) {
        return load(runId).map(AoResultStore::toRun);
    }

    @Override
    public List<ScanRun> runs(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit outside 1..1000: " + limit);
        }
        return Arrays.stream(ao.find(ScanRunEntity.class, Query.select()
                        .order(STARTED_AT + " DESC, " + ID + " DESC").limit(limit)))
                .map(AoResultStore::toRun).toList();
    }

    @Override
    public Optional<ProjectResult> latest(long projectId) {
        return Optional.ofNullable(latest(List.of(projectId)).get(projectId));
    }

    @Override
    public Map<Long, ProjectResult> latest(Collection<Long> projectIds) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(projectIds));
        Map<Long, ProjectResultEntity> projects = new TreeMap<>();
        for (List<Long> chunk : chunks(ids)) {
            for (ProjectResultEntity row : ao.find(ProjectResultEntity.class, Query.select()
                    .where(PROJECT_ID + " IN (" + placeholders(chunk) + ")", chunk.toArray()))) {
                projects.put(row.getProjectId(), row);
            }
        }
        return assemble(projects);
    }

    @Override
    public Set<Long> projectsWithResults() {
        Set<Long> ids = new HashSet<>();
        for (ProjectResultEntity row : ao.find(ProjectResultEntity.class, Query.select(ID + ", " + PROJECT_ID))) {
            ids.add(row.getProjectId());
        }
        return Set.copyOf(ids);
    }

    @Override
    public List<NewViolation> newViolations(long runId) {
        Map<Long, ProjectResultEntity> projects = new TreeMap<>();
        for (ProjectResultEntity row : ao.find(ProjectResultEntity.class, Query.select()
                .where(RUN_ID + " = ?", runId))) {
            projects.put(row.getProjectId(), row);
        }
        List<NewViolation> found = new ArrayList<>();
        for (ProjectResult project : assemble(projects).values()) {
            for (RecordedResult result : project.results()) {
                if (result.violation() && project.scannedAt().equals(result.firstSeen())) {
                    found.add(new NewViolation(project.projectId(), project.projectKey(), result));
                }
            }
        }
        return found;
    }

    /** Project results with their standards' rows, read with one query per chunk of projects. */
    private Map<Long, ProjectResult> assemble(Map<Long, ProjectResultEntity> projects) {
        Map<Long, List<RecordedResult>> results = new HashMap<>();
        for (ViolationEntity row : violationRows(projects.keySet())) {
            results.computeIfAbsent(row.getProjectId(), k -> new ArrayList<>()).add(toResult(row));
        }
        Map<Long, ProjectResult> assembled = new TreeMap<>();
        projects.forEach((projectId, row) -> {
            List<RecordedResult> rows = new ArrayList<>(results.getOrDefault(projectId, List.of()));
            rows.addAll(plainPasses(row.getPassedStandards()));
            rows.sort(Comparator.comparingLong(RecordedResult::standardId));
            assembled.put(projectId, new ProjectResult(projectId, row.getProjectKey(),
                    row.getScore() == null ? null : new BigDecimal(row.getScore()), RagStatus.valueOf(row.getRag()),
                    row.getPassedWeight(), row.getScoredWeight(), Instant.ofEpochMilli(row.getScannedAt()),
                    row.getRunId(), rows));
        });
        return assembled;
    }

    /** A pass with nothing to show: kept as an id and kind on the project's row instead of a row of its own. */
    private static boolean plainPass(RecordedResult result) {
        return result.outcome() == Outcome.PASSED && result.offenders().isEmpty() && result.total() == 0
                && result.waivedCount() == 0 && result.detail() == null && result.waiverIds().isEmpty();
    }

    private static List<RecordedResult> plainPasses(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<RecordedResult> passes = new ArrayList<>();
        for (String pair : text.split(",")) {
            int colon = pair.indexOf(':');
            passes.add(new RecordedResult(Long.parseLong(pair.substring(0, colon)), Outcome.PASSED,
                    OffenderKind.valueOf(pair.substring(colon + 1)), List.of(), 0, 0, null, List.of(), null, null));
        }
        return passes;
    }

    private List<ViolationEntity> violationRows(Collection<Long> projectIds) {
        List<ViolationEntity> rows = new ArrayList<>();
        for (List<Long> chunk : chunks(projectIds)) {
            rows.addAll(Arrays.asList(ao.find(ViolationEntity.class, Query.select()
                    .where(PROJECT_ID + " IN (" + placeholders(chunk) + ")", chunk.toArray()))));
        }
        return rows;
    }

    private void insert(long projectId, RecordedResult result) {
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam(PROJECT_ID, projectId),
                new DBParam("STANDARD_ID", result.standardId()),
                new DBParam("OUTCOME", result.outcome().name()),
                new DBParam("OFFENDER_KIND", result.offenderKind().name()),
                new DBParam("TOTAL", result.total()),
                new DBParam("WAIVED_COUNT", result.waivedCount())));
        // Absent values stay NULL rather than being sent as typed nulls, which not every driver accepts.
        if (!result.offenders().isEmpty()) {
            params.add(new DBParam("OFFENDERS", OffenderText.join(result.offenders())));
        }
        if (result.detail() != null) {
            params.add(new DBParam("DETAIL", result.detail()));
        }
        if (!result.waiverIds().isEmpty()) {
            params.add(new DBParam("WAIVER_IDS", String.join(",", result.waiverIds().stream().map(String::valueOf)
                    .toList())));
        }
        if (result.firstSeen() != null) {
            params.add(new DBParam("FIRST_SEEN", result.firstSeen().toEpochMilli()));
        }
        if (result.lastSeen() != null) {
            params.add(new DBParam("LAST_SEEN", result.lastSeen().toEpochMilli()));
        }
        ao.create(ViolationEntity.class, params.toArray(DBParam[]::new));
    }

    private static RecordedResult toResult(ViolationEntity row) {
        String waivers = row.getWaiverIds();
        List<Long> waiverIds = waivers == null || waivers.isEmpty() ? List.of()
                : Arrays.stream(waivers.split(",")).map(Long::valueOf).toList();
        return new RecordedResult(row.getStandardId(), Outcome.valueOf(row.getOutcome()),
                OffenderKind.valueOf(row.getOffenderKind()), OffenderText.split(row.getOffenders()), row.getTotal(),
                row.getWaivedCount(), row.getDetail(), waiverIds, instant(row.getFirstSeen()),
                instant(row.getLastSeen()));
    }

    private ScanRunEntity running(long runId) {
        ScanRunEntity run = load(runId).orElse(null);
        if (run == null || !ScanRun.Status.RUNNING.name().equals(run.getStatus())) {
            throw new IllegalStateException("Scan run " + runId + " is not running");
        }
        return run;
    }

    private static void finishFailed(ScanRunEntity run, String reason, Instant at) {
        ScanRun failed = new ScanRun(run.getID(), ScanRun.Trigger.valueOf(run.getTriggerKind()), run.getActorKey(),
                run.getScope(), Instant.ofEpochMilli(run.getStartedAt()), at, ScanRun.Status.FAILED,
                reason == null ? "" : reason, 0, 0);
        run.setStatus(ScanRun.Status.FAILED.name());
        run.setFinishedAt(at.toEpochMilli());
        run.setFailure(failed.failure());
        run.save();
    }

    private Optional<ScanRunEntity> load(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        ScanRunEntity[] rows = ao.find(ScanRunEntity.class, Query.select().where(ID + " = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static ScanRun toRun(ScanRunEntity row) {
        return new ScanRun(row.getID(), ScanRun.Trigger.valueOf(row.getTriggerKind()), row.getActorKey(),
                row.getScope(), Instant.ofEpochMilli(row.getStartedAt()), instant(row.getFinishedAt()),
                ScanRun.Status.valueOf(row.getStatus()), row.getFailure(), row.getProjectsScanned(),
                row.getViolationsFound());
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static String placeholders(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    /** Offenders as one text: one per line, with backslashes and line breaks inside an offender escaped. */
    static final class OffenderText {
        private OffenderText() {
        }

        static String join(List<String> offenders) {
            StringBuilder out = new StringBuilder();
            for (String offender : offenders) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                for (int i = 0; i < offender.length(); i++) {
                    char c = offender.charAt(i);
                    switch (c) {
                        case '\\' -> out.append("\\\\");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(c);
                    }
                }
            }
            return out.toString();
        }

        static List<String> split(String text) {
            if (text == null || text.isEmpty()) {
                return List.of();
            }
            List<String> offenders = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    offenders.add(current.toString());
                    current.setLength(0);
                } else if (c == '\\' && i + 1 < text.length()) {
                    char next = text.charAt(++i);
                    current.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
                } else {
                    current.append(c);
                }
            }
            offenders.add(current.toString());
            return offenders;
        }
    }
}
