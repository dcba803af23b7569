package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.NavigatorQueries;
import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.SetScope;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardSet;
import com.pmosuite.compliance.StandardResult;
import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.engine.ScoreThresholds;
import com.pmosuite.compliance.result.ComplianceScore;
import com.pmosuite.compliance.result.ProjectResult;
import com.pmosuite.compliance.result.RecordedResult;
import com.pmosuite.compliance.result.ScanRun;
import com.pmosuite.compliance.scan.ComplianceSettings;
import com.pmosuite.compliance.standard.ImportPlan;
import com.pmosuite.plugin.compliance.json.CheckJsonText;
import com.pmosuite.plugin.compliance.rest.ComplianceResultJson.OutcomeJson;
import com.pmosuite.plugin.compliance.rest.ComplianceResultJson.StandardRefJson;
import com.pmosuite.plugin.compliance.rest.ComplianceResultJson.ViolationJson;
import com.pmosuite.plugin.compliance.rest.PortfolioComplianceJson.CellJson;
import com.pmosuite.plugin.compliance.rest.PortfolioComplianceJson.CellsJson;
import com.pmosuite.plugin.compliance.rest.PortfolioComplianceJson.WorstStandardJson;
import com.pmosuite.plugin.platform.rest.ErrorJson;
import com.pmosuite.plugin.platform.rest.JsonText;
import com.pmosuite.rollup.RollupNode.RagStatus;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.IssueDirectory;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.Person;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Turns compliance records into their JSON views: standards named beside each result, people's names, and only the
 * issue keys the reader may see. The one place where a recorded offender list is filtered for a reader, so the JSON
 * and the CSV leave out the same keys.
 */
public final class ComplianceViews {
    /** At most this many standards in a portfolio's {@code worstStandards}. */
    public static final int WORST_STANDARDS = 10;

    private final PeopleDirectory people;
    private final IssueDirectory issues;
    private final Supplier<LocalDate> today;

    /**
     * @param issues which issue keys the current reader may see
     * @param today  the server's date, for whether a waiver is in force
     */
    public ComplianceViews(PeopleDirectory people, IssueDirectory issues, Supplier<LocalDate> today) {
        this.people = people;
        this.issues = issues;
        this.today = today;
    }

    /** A project never scanned: no score, grey. */
    public ComplianceResultJson neverScanned(String projectKey, String projectName) {
        return new ComplianceResultJson(projectKey, projectName, null, Names.of(RagStatus.GREY), null, null, null,
                null, false, List.of(), List.of(), List.of());
    }

    /**
     * A recorded (or dry-run) result for the current reader.
     *
     * @param standards the standards by id, for their names; a deleted one is shown by id only
     */
    public ComplianceResultJson result(ProjectResult result, String projectName, Map<Long, Standard> standards,
                                       boolean dryRun) {
        return result(result, projectName, standards, dryRun, null);
    }

    /**
     * The result, each violation of a condition or JQL standard with its issue navigator query.
     *
     * @param navigator {@code null} for no navigator queries
     */
    public ComplianceResultJson result(ProjectResult result, String projectName, Map<Long, Standard> standards,
                                       boolean dryRun, NavigatorQueries navigator) {
        ProjectResult shown = forReader(result);
        List<ViolationJson> violations = new ArrayList<>();
        List<OutcomeJson> passed = new ArrayList<>();
        List<OutcomeJson> notScored = new ArrayList<>();
        for (RecordedResult r : shown.results()) {
            StandardRefJson standard = standardRef(r.standardId(), standards);
            switch (r.outcome()) {
                case FAILED, WAIVED -> violations.add(new ViolationJson(standard, Names.of(r.outcome()),
                        Names.of(r.offenderKind()),
                        r.offenderKind() == OffenderKind.ISSUE ? r.offenders() : List.of(),
                        r.offenderKind() == OffenderKind.ISSUE ? List.of() : r.offenders(),
                        r.total(), r.outcome() == Outcome.WAIVED, r.waivedCount(), r.detail(),
                        instant(r.firstSeen()), instant(r.lastSeen()), r.waiverIds(),
                        navigator(navigator, standards.get(r.standardId()), shown)));
                case PASSED -> passed.add(new OutcomeJson(standard, Names.of(r.outcome()), r.detail()));
                case NOT_APPLICABLE, ERROR -> notScored.add(new OutcomeJson(standard, Names.of(r.outcome()),
                        r.detail()));
            }
        }
        // Heaviest first, so a page shows what costs the most score at the top.
        violations.sort(Comparator.comparing((ViolationJson v) -> v.standard().weight() == null ? 0
                : v.standard().weight()).reversed().thenComparing(v -> v.standard().id()));
        return new ComplianceResultJson(shown.projectKey(), projectName, decimal(shown.score()),
                Names.of(shown.rag()), instant(shown.scannedAt()), dryRun ? null : shown.runId(),
                shown.passedWeight(), shown.scoredWeight(), dryRun, violations, passed, notScored);
    }

    private static NavigatorJson navigator(NavigatorQueries navigator, Standard standard, ProjectResult result) {
        if (navigator == null || standard == null
                || !(standard.check() instanceof Check.Condition || standard.check() instanceof Check.Jql)) {
            return null;
        }
        return NavigatorJson.of(navigator.query(standard.check(), result.projectId(), result.projectKey()));
    }

    /** A dry run's scan in the shape of a recorded result, first-seen carried from the recorded one. */
    public static ProjectResult asResult(ProjectScan scan, ProjectResult recorded, Instant scannedAt) {
        Map<Long, RecordedResult> previous = new LinkedHashMap<>();
        if (recorded != null) {
            recorded.results().forEach(r -> previous.put(r.standardId(), r));
        }
        List<RecordedResult> results = new ArrayList<>();
        for (StandardResult r : scan.results()) {
            results.add(RecordedResult.of(r, previous.get(r.standardId()), scannedAt));
        }
        return new ProjectResult(scan.projectId(), scan.projectKey(), scan.score(), scan.rag(), scan.passedWeight(),
                scan.scoredWeight(), scannedAt, 0, results);
    }

    /** The result with the issue offenders the current reader may not see left out; totals unchanged. */
    public ProjectResult forReader(ProjectResult result) {
        List<String> keys = new ArrayList<>();
        for (RecordedResult r : result.results()) {
            if (r.offenderKind() == OffenderKind.ISSUE) {
                keys.addAll(r.offenders());
            }
        }
        if (keys.isEmpty()) {
            return result;
        }
        // One call for every key of the result, so the directory can check each project once.
        Set<String> shown = issues.shownAmong(keys);
        List<RecordedResult> filtered = new ArrayList<>();
        for (RecordedResult r : result.results()) {
            filtered.add(r.offenderKind() != OffenderKind.ISSUE ? r
                    : new RecordedResult(r.standardId(), r.outcome(), r.offenderKind(),
                    r.offenders().stream().filter(shown::contains).toList(), r.total(), r.waivedCount(), r.detail(),
                    r.waiverIds(), r.firstSeen(), r.lastSeen()));
        }
        return new ProjectResult(result.projectId(), result.projectKey(), result.score(), result.rag(),
                result.passedWeight(), result.scoredWeight(), result.scannedAt(), result.runId(), filtered);
    }

    /** One row of a portfolio's table, for a project shown to the reader; {@code result} null when never scanned. */
    public record PortfolioRow(String key, String name, ProjectResult result) {
    }

    /**
     * A portfolio's table over the rows shown; the score sums the shown projects' weights.
     *
     * @param thresholds the PMO's bands now
     */
    public PortfolioComplianceJson portfolio(long portfolioId, String name, List<PortfolioRow> rows, int hidden,
                                             Map<Long, Standard> standards, ScoreThresholds thresholds,
                                             boolean dryRun) {
        List<ProjectResult> scanned = rows.stream().map(PortfolioRow::result).filter(r -> r != null).toList();
        ComplianceScore score = ComplianceScore.ofProjects(scanned, thresholds);
        Map<Long, StandardRefJson> used = new TreeMap<>();
        Map<Long, int[]> failing = new TreeMap<>();
        Map<Long, long[]> offenders = new TreeMap<>();
        List<PortfolioComplianceJson.ProjectJson> projects = new ArrayList<>();
        for (PortfolioRow row : rows) {
            ProjectResult result = row.result();
            if (result == null) {
                projects.add(new PortfolioComplianceJson.ProjectJson(row.key(), row.name(), null,
                        Names.of(RagStatus.GREY), null, new CellsJson(List.of())));
                continue;
            }
            List<CellJson> cells = new ArrayList<>();
            for (RecordedResult r : result.results()) {
                used.computeIfAbsent(r.standardId(), id -> standardRef(id, standards));
                cells.add(new CellJson(r.standardId(), Names.of(r.outcome()), r.total()));
                if (r.outcome() == Outcome.FAILED) {
                    failing.computeIfAbsent(r.standardId(), id -> new int[1])[0]++;
                    offenders.computeIfAbsent(r.standardId(), id -> new long[1])[0] += r.total();
                }
            }
            projects.add(new PortfolioComplianceJson.ProjectJson(row.key(), row.name(), decimal(result.score()),
                    Names.of(result.rag()), instant(result.scannedAt()), new CellsJson(cells)));
        }
        List<WorstStandardJson> worst = failing.entrySet().stream()
                .map(e -> new WorstStandardJson(used.get(e.getKey()), e.getValue()[0], offenders.get(e.getKey())[0]))
                .sorted(Comparator.comparingInt(WorstStandardJson::failingProjects).reversed()
                        .thenComparing(Comparator.comparingLong(WorstStandardJson::total).reversed())
                        .thenComparingLong(w -> w.standard().id()))
                .limit(WORST_STANDARDS)
                .toList();
        return new PortfolioComplianceJson(portfolioId, name, decimal(score.score()), Names.of(score.rag()), hidden,
                dryRun, List.copyOf(used.values()), projects, worst);
    }

    public ScanRunJson run(ScanRun run) {
        return new ScanRunJson(run.id(), Names.of(run.trigger()), run.actorKey(), nameOf(run.actorKey()), run.scope(),
                instant(run.startedAt()), instant(run.finishedAt()), run.durationMillis(), Names.of(run.status()),
                run.failure(), run.projectsScanned(), run.violationsFound());
    }

    public static ComplianceSettingsJson settings(ComplianceSettings settings) {
        return new ComplianceSettingsJson(settings.scanIntervalMinutes(), settings.greenPercent(),
                settings.amberPercent(), settings.offenderCap(), settings.version());
    }

    /**
     * A waiver as read.
     *
     * @param projectKey the project's key now
     */
    public WaiverJson waiver(Waiver waiver, String projectKey, Map<Long, Standard> standards) {
        Standard standard = standards.get(waiver.standardId());
        return new WaiverJson(waiver.id(), waiver.standardId(), standard == null ? null : standard.name(), projectKey,
                waiver.issueKeys().stream().sorted().toList(), waiver.justification(), waiver.expires().toString(),
                Names.of(waiver.status()), waiver.activeOn(today.get()), waiver.requestedBy(),
                nameOf(waiver.requestedBy()), instant(waiver.requestedAt()), waiver.decidedBy(),
                nameOf(waiver.decidedBy()), instant(waiver.decidedAt()), waiver.decisionNote(), waiver.version());
    }

    public StandardJson standard(Standard standard) {
        return new StandardJson(standard.id(), standard.name(), standard.rationale(), Names.of(standard.severity()),
                standard.weight(), standard.enabled(), new JsonText(CheckJsonText.write(standard.check())),
                standard.version(), standard.updatedBy(), nameOf(standard.updatedBy()), instant(standard.updatedAt()));
    }

    public StandardSetJson set(StandardSet set) {
        SetScope scope = set.scope();
        return new StandardSetJson(set.id(), set.name(), set.description(), set.standardIds(),
                new StandardSetJson.ScopeJson(sorted(scope.portfolioIds()), sorted(scope.categoryIds()),
                        sorted(scope.projectIds())),
                set.version(), set.updatedBy(), nameOf(set.updatedBy()), instant(set.updatedAt()));
    }

    /** An import's plan: sets after standards within each list, in the file's order. */
    public static ImportJson plan(ImportPlan plan) {
        List<ImportJson.ItemJson> created = new ArrayList<>();
        List<ImportJson.ItemJson> changed = new ArrayList<>();
        List<ImportJson.ItemJson> unchanged = new ArrayList<>();
        addItems("standard", plan.standards(), created, changed, unchanged);
        addItems("set", plan.sets(), created, changed, unchanged);
        return new ImportJson(plan.fingerprint(), plan.isApplicable(), created, changed, unchanged,
                plan.problems().stream().map(p -> new ErrorJson.FieldErrorJson(p.field(), p.message())).toList());
    }

    private static void addItems(String kind, List<ImportPlan.Item> items, List<ImportJson.ItemJson> created,
                                 List<ImportJson.ItemJson> changed, List<ImportJson.ItemJson> unchanged) {
        for (ImportPlan.Item item : items) {
            ImportJson.ItemJson json = new ImportJson.ItemJson(kind, item.name(), item.id() == 0 ? null : item.id(),
                    item.changedFields());
            switch (item.action()) {
                case CREATE -> created.add(json);
                case CHANGE -> changed.add(json);
                case UNCHANGED -> unchanged.add(json);
            }
        }
    }

    /** What one standard finds in one project now, the offending issues the caller may not see left out. */
    /** @param navigator the navigator's query for the check; {@code null} for checks that are not issue searches */
    public PreviewJson preview(String projectKey, StandardResult result, NavigatorQueries.NavigatorQuery navigator) {
        boolean issues = result.offenderKind() == OffenderKind.ISSUE;
        List<String> keys = issues && !result.offenders().isEmpty()
                ? List.copyOf(this.issues.shownAmong(result.offenders())) : List.of();
        return new PreviewJson(projectKey, Names.of(result.outcome()), Names.of(result.offenderKind()),
                result.total(), keys, issues ? List.of() : result.offenders(), result.detail(),
                navigator == null ? null : NavigatorJson.of(navigator));
    }

    private static List<Long> sorted(Set<Long> ids) {
        return ids.stream().sorted().toList();
    }

    public List<ComplianceHistoryJson> history(List<AuditEntry> entries) {
        return entries.stream().map(e -> new ComplianceHistoryJson(e.version(), e.actorKey(), nameOf(e.actorKey()),
                instant(e.at()), e.field(), e.oldValue(), e.newValue())).toList();
    }

    public static StandardRefJson standardRef(long id, Map<Long, Standard> standards) {
        Standard standard = standards.get(id);
        return standard == null ? new StandardRefJson(id, null, null, null, null)
                : new StandardRefJson(id, standard.name(), Names.of(standard.severity()), standard.weight(),
                standard.rationale());
    }

    public String nameOf(String userKey) {
        return userKey == null ? null : people.byKey(userKey).map(Person::displayName).orElse(userKey);
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String instant(Instant at) {
        return at == null ? null : at.toString();
    }
}
