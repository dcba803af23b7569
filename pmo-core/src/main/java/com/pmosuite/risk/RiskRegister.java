package com.pmosuite.risk;

import com.pmosuite.risk.imports.ImportMapping;
import com.pmosuite.risk.imports.ImportTable;
import com.pmosuite.risk.imports.ImportedRow;
import com.pmosuite.risk.imports.MappedImport;
import com.pmosuite.risk.imports.MappedRow;
import com.pmosuite.risk.imports.RowProblem;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.Csv;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.IssueDirectory;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.Page;
import com.pmosuite.shared.PageRequest;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.ProjectLocks;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.shared.ViewerZone;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The risk register's use cases: record, change, remove, list, map and import risks of one project.
 * Who may do what is decided before these are called; this class decides what is valid.
 */
public final class RiskRegister {
    private static final int EXPORT_SLICE = 500;
    // A risk id as a person types it: ASCII digits, at most as many as a long holds, maybe after a '#'.
    private static final Pattern RISK_ID = Pattern.compile("#?[0-9]{1,18}");
    private final RiskStore risks;
    private final RiskSettingsStore settingsStore;
    private final PeopleDirectory people;
    private final Clock clock;
    private final ProjectLocks locks;
    private final ProjectLocks importLocks;
    private final IssueDirectory issues;
    private final ViewerZone viewerZone;

    /** A register whose project locks hold in this JVM only (one node, tests) and that links any issue key. */
    public RiskRegister(RiskStore risks, RiskSettingsStore settingsStore, PeopleDirectory people, Clock clock) {
        this(risks, settingsStore, people, clock, ProjectLocks.inThisJvm(), IssueDirectory.ANY);
    }

    /**
     * @param locks  serialise each project's risk writes with changes to its settings, so that no risk is saved
     *               against a scale that is being replaced
     * @param issues says which linked issue keys name issues the current user can see
     */
    public RiskRegister(RiskStore risks, RiskSettingsStore settingsStore, PeopleDirectory people, Clock clock,
                        ProjectLocks locks, IssueDirectory issues) {
        this(risks, settingsStore, people, clock, locks, ProjectLocks.inThisJvm(), issues,
                ViewerZone.fixed(clock.getZone()));
    }

    /** @param viewerZone the zone of the person being served, whose date is "today" for reviews */
    public RiskRegister(RiskStore risks, RiskSettingsStore settingsStore, PeopleDirectory people, Clock clock,
                        ProjectLocks locks, IssueDirectory issues, ViewerZone viewerZone) {
        this(risks, settingsStore, people, clock, locks, ProjectLocks.inThisJvm(), issues, viewerZone);
    }

    /** A register whose "today" is the clock's own zone. */
    public RiskRegister(RiskStore risks, RiskSettingsStore settingsStore, PeopleDirectory people, Clock clock,
                        ProjectLocks locks, ProjectLocks importLocks, IssueDirectory issues) {
        this(risks, settingsStore, people, clock, locks, importLocks, issues, ViewerZone.fixed(clock.getZone()));
    }

    /**
     * @param locks       serialise each project's risk edits with changes to its settings
     * @param importLocks serialise each project's CSV imports with changes to its settings, so that a long import
     *                    never keeps the project's editors waiting (see {@link #importCsv})
     * @param viewerZone  the zone of the person being served, whose date is "today" for reviews
     */
    public RiskRegister(RiskStore risks, RiskSettingsStore settingsStore, PeopleDirectory people, Clock clock,
                        ProjectLocks locks, ProjectLocks importLocks, IssueDirectory issues, ViewerZone viewerZone) {
        this.viewerZone = viewerZone;
        this.risks = risks;
        this.settingsStore = settingsStore;
        this.people = people;
        this.clock = clock;
        this.locks = locks;
        this.importLocks = importLocks;
        this.issues = issues;
    }

    /**
     * Validates a draft and checks that the issues it newly links exist and can be seen, reporting every problem
     * at once; links the user was shown are kept as they are, so nobody is blocked by a link someone else made
     * (to an issue since deleted, say). An issue the user may not see is reported like a missing one, also when
     * the risk already links it, so neither links nor edits can probe for issues. Links are stored under the
     * issue's current key.
     *
     * @param shownLinks the risk's stored links the user was shown
     */
    private RiskFields validate(RiskDraft draft, RiskSettings settings, LocalDate today,
                                Collection<String> shownLinks) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> currentKeys = new HashMap<>();
        List<String> keys = draft.linkedIssueKeys() == null ? List.of() : draft.linkedIssueKeys().stream()
                .filter(RiskDraft::isIssueKey)
                .map(key -> key.strip().toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
        // Over the limit the draft itself is refused; looking each key up first would only cost time.
        if (keys.size() <= RiskDraft.LINKED_ISSUES_MAX) {
            for (String key : keys) {
                if (shownLinks.contains(key)) {
                    continue;
                }
                Optional<String> visible = issues.visibleKey(key);
                if (visible.isEmpty()) {
                    errors.add(new FieldError("linkedIssueKeys", "no issue " + key + " that you can see"));
                } else {
                    currentKeys.put(key, visible.get());
                }
            }
        }
        RiskFields fields = null;
        try {
            fields = draft.validate(settings, today, people);
        } catch (ValidationFailed invalid) {
            errors.addAll(0, invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return fields.withLinkedIssueKeys(fields.linkedIssueKeys().stream()
                .map(key -> currentKeys.getOrDefault(key, key)).distinct().toList());
    }

    /**
     * Validates outside the project lock (people and issue look-ups can be slow), then writes under it; if the
     * project's settings changed meanwhile, validates again under the lock, so no risk is written against a
     * scale that no longer holds.
     */
    private <T> T validatedThenLocked(String projectKey, RiskDraft draft, Collection<String> shownLinks,
                                      Function<RiskFields, T> write) {
        RiskSettings before = settings(projectKey);
        RiskFields fields = validate(draft, before, today(), shownLinks);
        return locks.withLock(projectKey, () -> {
            RiskSettings now = settings(projectKey);
            return write.apply(now.equals(before) ? fields : validate(draft, now, today(), shownLinks));
        });
    }

    public Risk create(String projectKey, RiskDraft draft, String actorKey) {
        return validatedThenLocked(projectKey, draft, List.of(),
                fields -> risks.create(projectKey, fields, actorKey, clock.instant()));
    }

    /**
     * Replaces a risk's fields. Nothing is written when nothing changed.
     *
     * @throws com.pmosuite.shared.StaleVersion when someone saved since {@code expectedVersion}
     */
    public Risk update(long id, int expectedVersion, RiskDraft draft, String actorKey) {
        Risk before = get(id);
        String projectKey = before.projectKey();
        List<String> linked = before.fields().linkedIssueKeys();
        Set<String> unseen = Set.copyOf(VisibleLinks.of(issues, List.of(before)).hidden(linked));
        List<String> shown = linked.stream().filter(key -> !unseen.contains(key)).toList();
        return validatedThenLocked(projectKey, draft, shown, validated -> {
            Risk current = get(id);
            // A link the editor could not see was never shown to them, so leaving it out of the draft keeps it.
            // One that appeared since the look-up is kept too: whether they may see it is unknown here.
            RiskFields fields = keepingUnseenLinks(validated, current.fields().linkedIssueKeys(),
                    key -> unseen.contains(key) || !linked.contains(key));
            List<FieldChange> changes = RiskChanges.between(current.fields(), fields);
            if (changes.isEmpty() && current.version() == expectedVersion) {
                return current;
            }
            return risks.update(id, expectedVersion, fields, changes, actorKey, clock.instant());
        });
    }

    /**
     * The draft's links plus the stored links the editor cannot see. The stored order is kept when the visible links
     * are unchanged, so saving without touching the links records no change to them.
     */
    private static RiskFields keepingUnseenLinks(RiskFields fields, List<String> stored, Predicate<String> unseen) {
        List<String> sent = fields.linkedIssueKeys();
        List<String> kept = stored.stream().filter(key -> unseen.test(key) && !sent.contains(key)).toList();
        if (kept.isEmpty()) {
            return fields;
        }
        if (stored.stream().filter(key -> !kept.contains(key)).toList().equals(sent)) {
            return fields.withLinkedIssueKeys(stored);
        }
        List<String> links = new ArrayList<>(sent);
        links.addAll(kept);
        if (links.size() > RiskDraft.LINKED_ISSUES_MAX) {
            throw ValidationFailed.of("linkedIssueKeys", "at most " + RiskDraft.LINKED_ISSUES_MAX
                    + " linked issues, counting those this risk links that you cannot see");
        }
        return fields.withLinkedIssueKeys(links);
    }

    public void delete(long id, OptionalInt expectedVersion, String actorKey) {
        String projectKey = get(id).projectKey();
        locks.withLock(projectKey, () -> {
            risks.delete(id, expectedVersion, actorKey, clock.instant());
            return null;
        });
    }

    public Risk get(long id) {
        return find(id).orElseThrow(() -> new NotFound("Risk " + id));
    }

    public Optional<Risk> find(long id) {
        return risks.find(id);
    }

    /** The project a risk belongs or belonged to, so its history stays reachable after deletion. */
    public Optional<String> projectOf(long id) {
        return risks.find(id).map(Risk::projectKey).or(() -> risks.projectOf(id));
    }

    /**
     * A page of the project's risks. An issue filter naming an issue the current user cannot see matches nothing,
     * as if no risk linked it: which risks link an issue is not shown to those who cannot see it.
     */
    public Page<Risk> list(String projectKey, RiskFilter filter, PageRequest page) {
        if (filter.issueKey() != null && !issues.shownAmong(List.of(filter.issueKey())).contains(filter.issueKey())) {
            return new Page<>(List.of(), page.offset(), page.limit(), 0);
        }
        RiskSettings settings = settings(projectKey);
        List<ScoreRange> ranges = filter.severities().stream()
                .sorted()
                .map(s -> settings.bands().rangeOf(s, settings.matrix()))
                .toList();
        return risks.search(new RiskQuery(projectKey, filter.statuses(), ranges, filter.ownerKey(), filter.sort(),
                filter.descending(), page, filter.cell(), filter.issueKey()));
    }

    /** Every risk of the project, ordered by id: for exports. */
    public List<Risk> all(String projectKey) {
        return risks.findByProject(projectKey, Set.of());
    }

    public RiskHeatMap heatMap(String projectKey) {
        return RiskHeatMap.ofCounts(risks.countByCell(projectKey, liveStatuses()), settings(projectKey));
    }

    /**
     * The heat maps of these projects added up, one map per matrix size, each project's risks classified by its own
     * bands: two small aggregate queries per project (its settings, its counts by cell), never the risks themselves.
     */
    public CombinedHeatMap combinedHeatMap(Collection<String> projectKeys, boolean residual) {
        Map<String, RiskHeatMap> byProject = new LinkedHashMap<>();
        projectKeys.forEach(key -> byProject.put(key, heatMap(key)));
        return CombinedHeatMap.of(byProject, residual);
    }

    /** Live risks counted and valued by project and inherent severity, for views over many projects. */
    public RiskTotals totals(Set<String> projectKeys) {
        Map<String, RiskSettings> settings = new HashMap<>();
        return RiskTotals.of(risks.totalsByProject(projectKeys, liveStatuses()),
                key -> settings.computeIfAbsent(key, this::settings));
    }

    /**
     * What the live risks of these projects put at stake, threats and opportunities apart, by project key; projects
     * without valued risks are absent. For rollups, which show it beside progress and earned value.
     */
    public Map<String, RiskExposure> exposure(Set<String> projectKeys) {
        Map<String, RiskSettings> settings = new HashMap<>();
        return RiskExposure.byProject(risks.totalsByProject(projectKeys, liveStatuses()),
                key -> settings.computeIfAbsent(key, this::settings));
    }

    /** A risk's history as the current user may see it: no keys of linked issues they cannot see. */
    public List<RiskHistoryEntry> history(long id) {
        return VisibleLinks.shownHistory(issues, risks.history(id));
    }

    /** The risk as the current user may see it: without links to issues they cannot see. */
    public Risk shown(Risk risk) {
        return VisibleLinks.of(issues, List.of(risk)).shown(risk);
    }

    /** Risks as the current user may see them, with one look-up of all their links. */
    public List<Risk> shown(List<Risk> risks) {
        return VisibleLinks.of(issues, risks).shown(risks);
    }

    public List<Risk> linkedTo(String issueKey) {
        return risks.findLinkedTo(issueKey);
    }

    /**
     * The first {@code limit} of a project's risks a picker offers for some typed text: the risk whose id it is (with
     * or without a leading {@code #}) first, then those whose title contains it ignoring case, by title; counted.
     */
    public Page<Risk> lookUp(String projectKey, String text, int limit) {
        String query = text.strip();
        Page<Risk> titled = risks.findByTitle(projectKey, query, PageRequest.first(limit));
        Optional<Risk> named = RISK_ID.matcher(query).matches()
                ? risks.find(Long.parseLong(query.replace("#", ""))).filter(r -> r.projectKey().equals(projectKey))
                : Optional.empty();
        if (named.isEmpty()) {
            return titled;
        }
        long id = named.get().id();
        List<Risk> items = new ArrayList<>(limit);
        items.add(named.get());
        titled.items().stream().filter(r -> r.id() != id).limit(limit - 1L).forEach(items::add);
        boolean alsoTitled = RiskOrdering.titleKey(named.get().fields().title()).contains(RiskOrdering.titleKey(query));
        return new Page<>(items, 0, limit, titled.total() + (alsoTitled ? 0 : 1));
    }

    public RiskAssessment assess(Risk risk) {
        return assess(risk, settings(risk.projectKey()));
    }

    public RiskAssessment assess(Risk risk, RiskSettings settings) {
        return RiskAssessment.of(risk.fields(), settings, today());
    }

    /** The project's register as CSV, as the current user may see it (see {@link #shown(List)}). */
    public String exportCsv(String projectKey) {
        StringWriter out = new StringWriter();
        try {
            exportCsv(projectKey, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the register as CSV, reading it in slices of {@value #EXPORT_SLICE} risks by id, so that a large
     * register never sits in memory whole (only its ids do). A risk deleted during a long export is left out; one
     * created during it is not included.
     */
    public void exportCsv(String projectKey, Writer out) throws IOException {
        RiskSettings settings = settings(projectKey);
        LocalDate today = today();
        StringBuilder lines = new StringBuilder();
        RiskCsv.appendHeader(lines);
        List<Long> ids = risks.idsOf(projectKey);
        for (int start = 0; start < ids.size(); start += EXPORT_SLICE) {
            RiskCsv.appendRows(lines,
                    shown(risks.findAll(ids.subList(start, Math.min(ids.size(), start + EXPORT_SLICE)))),
                    settings, today);
            out.write(lines.toString());
            lines.setLength(0);
        }
        out.write(lines.toString());
    }

    /**
     * Imports all rows of a CSV file (its records, header first) as new risks, or none of them when any row has a
     * problem.
     * <p>
     * The rows are written in one transaction, so nobody ever sees part of an import and a failure leaves nothing
     * behind. That write takes a while for thousands of rows, so it holds the project's <em>import</em> lock, not
     * the edit lock: editing other risks of the project goes on meanwhile (new rows cannot conflict with them), and
     * only a settings change, which takes both locks, waits for it, because the scale rule spans the new rows too.
     */
    public RiskImport importCsv(String projectKey, List<Csv.Row> csv, String actorKey) {
        // Parsing and validating a large file happens outside any lock.
        RiskSettings before = settings(projectKey);
        CheckedImport checked = checkImport(csv, before);
        if (!checked.errors().isEmpty()) {
            return new RiskImport(checked.rowsRead(), List.of(), checked.errors());
        }
        return importLocks.withLock(projectKey, () -> {
            RiskSettings now = settings(projectKey);
            CheckedImport valid = now.equals(before) ? checked : checkImport(csv, now);
            if (!valid.errors().isEmpty()) {
                return new RiskImport(valid.rowsRead(), List.of(), valid.errors());
            }
            return new RiskImport(valid.rowsRead(),
                    risks.createAll(projectKey, valid.rows(), actorKey, clock.instant()), List.of());
        });
    }

    /** An import file read and validated, not yet stored: the valid rows, or every problem by line. */
    private record CheckedImport(int rowsRead, List<RiskFields> rows, List<RiskImport.RowError> errors) {
    }

    private CheckedImport checkImport(List<Csv.Row> csv, RiskSettings settings) {
        List<RiskImport.RowError> errors = new ArrayList<>();
        List<RiskCsv.DraftRow> drafts = RiskCsv.read(csv, errors);
        LocalDate today = today();
        List<RiskFields> valid = new ArrayList<>();
        for (RiskCsv.DraftRow row : drafts) {
            // Cells that could not even be read were reported already; validate the rest of the line too, so one
            // round of fixes is enough.
            Set<String> reported = errors.stream().filter(e -> e.line() == row.line())
                    .map(RiskImport.RowError::field).collect(Collectors.toSet());
            try {
                RiskFields fields = validate(row.draft(), settings, today, List.of());
                if (reported.isEmpty()) {
                    valid.add(fields);
                }
            } catch (ValidationFailed e) {
                for (FieldError error : e.errors()) {
                    if (!reported.contains(error.field())) {
                        errors.add(new RiskImport.RowError(row.line(), error.field(), error.message()));
                    }
                }
            }
        }
        errors.sort(Comparator.comparingInt(RiskImport.RowError::line));
        if (!errors.isEmpty() || valid.isEmpty()) {
            if (errors.isEmpty()) {
                errors.add(new RiskImport.RowError(1, "file", "has a header but no risks"));
            }
            return new CheckedImport(drafts.size(), List.of(), errors);
        }
        return new CheckedImport(drafts.size(), valid, List.of());
    }

    /**
     * What importing the first {@code limit} rows of a file through a mapping would save, row by row, with every
     * problem; nothing is written.
     */
    public List<ImportedRow> previewImport(String projectKey, ImportTable table, ImportMapping mapping, int limit) {
        RiskSettings settings = settings(projectKey);
        ImportMapping.Valid valid = mapping.validate(table, settings, "mapping.");
        List<Csv.Row> rows = table.rows().subList(0, Math.min(limit, table.rows().size()));
        return checkMapped(projectKey, rows, valid, settings).rows();
    }

    /**
     * Imports a file through a mapping: rows with an id update that risk at the version they carry (a stale one
     * refuses the row with the reason a PUT's 409 gives, and never overwrites), the others create risks. Without
     * {@code skipRefused} nothing is written when any row is refused; with it the valid rows are. All writes are
     * one transaction, with each risk's history. A dry run checks every row and writes nothing.
     * <p>
     * Creating only, it holds the import lock as {@link #importCsv} does; updating, it also takes the edit lock
     * (import lock first, as {@link #updateSettings} does), so no edit can slip between the version check and the
     * write.
     */
    public MappedImport importMapped(String projectKey, ImportTable table, ImportMapping mapping, boolean dryRun,
                                     boolean skipRefused, String actorKey) {
        RiskSettings before = settings(projectKey);
        ImportMapping.Valid valid = mapping.validate(table, before, "mapping.");
        MappedCheck checked = checkMapped(projectKey, table.rows(), valid, before);
        if (dryRun || !writable(checked.rows(), skipRefused)) {
            return new MappedImport(checked.rows(), false);
        }
        boolean updates = checked.rows().stream().anyMatch(r -> r.action() == ImportedRow.Action.UPDATE);
        return importLocks.withLock(projectKey, () -> updates
                ? locks.withLock(projectKey, () -> writeMapped(projectKey, table, valid, before, checked, skipRefused,
                actorKey))
                : writeMapped(projectKey, table, valid, before, checked, skipRefused, actorKey));
    }

    private static boolean writable(List<ImportedRow> rows, boolean skipRefused) {
        boolean refused = rows.stream().anyMatch(r -> r.action() == ImportedRow.Action.REFUSED);
        return (skipRefused || !refused) && rows.stream().anyMatch(r -> r.action() == ImportedRow.Action.CREATE
                || r.action() == ImportedRow.Action.UPDATE);
    }

    /** Under the locks: checks again if the settings or any updated risk moved since the check, then writes. */
    private MappedImport writeMapped(String projectKey, ImportTable table, ImportMapping.Valid valid,
                                     RiskSettings before, MappedCheck checked, boolean skipRefused,
                                     String actorKey) {
        RiskSettings now = settings(projectKey);
        List<ImportedRow> rows = checked.rows();
        if (!now.equals(before) || movedSinceCheck(checked)) {
            rows = checkMapped(projectKey, table.rows(), valid, now).rows();
            if (!writable(rows, skipRefused)) {
                return new MappedImport(rows, false);
            }
        }
        List<RiskFields> creates = new ArrayList<>();
        List<RiskUpdate> updates = new ArrayList<>();
        Map<Long, Risk> current = new HashMap<>();
        risks.findAll(rows.stream().filter(r -> r.action() == ImportedRow.Action.UPDATE)
                .map(ImportedRow::riskId).toList()).forEach(r -> current.put(r.id(), r));
        for (ImportedRow row : rows) {
            if (row.action() == ImportedRow.Action.CREATE) {
                creates.add(row.fields());
            } else if (row.action() == ImportedRow.Action.UPDATE) {
                Risk risk = current.get(row.riskId());
                updates.add(new RiskUpdate(risk.id(), risk.version(), row.fields(),
                        RiskChanges.between(risk.fields(), row.fields())));
            }
        }
        List<Risk> written = risks.writeAll(projectKey, creates, updates, actorKey, clock.instant());
        List<ImportedRow> result = new ArrayList<>(rows.size());
        int nextCreated = 0;
        for (ImportedRow row : rows) {
            if (row.action() == ImportedRow.Action.CREATE) {
                Risk risk = written.get(nextCreated++);
                result.add(new ImportedRow(row.line(), row.action(), risk.id(), risk.fields(), row.problems()));
            } else {
                result.add(row);
            }
        }
        return new MappedImport(result, true);
    }

    /** Rows as checked, with the version each stored risk they name had then. */
    private record MappedCheck(List<ImportedRow> rows, Map<Long, Integer> versions) {
    }

    /** Whether a risk the check read was changed or deleted since. */
    private boolean movedSinceCheck(MappedCheck checked) {
        if (checked.versions().isEmpty()) {
            return false;
        }
        List<Risk> now = risks.findAll(checked.versions().keySet());
        return now.size() != checked.versions().size()
                || now.stream().anyMatch(r -> r.version() != checked.versions().get(r.id()));
    }

    private MappedCheck checkMapped(String projectKey, List<Csv.Row> rows, ImportMapping.Valid mapping,
                                          RiskSettings settings) {
        LocalDate today = today();
        List<MappedRow> mapped = rows.stream().map(row -> MappedRow.read(row, mapping)).toList();
        Map<Long, Risk> stored = new HashMap<>();
        List<Long> ids = mapped.stream().map(MappedRow::id).filter(java.util.Objects::nonNull).distinct().toList();
        risks.findAll(ids).forEach(r -> stored.put(r.id(), r));
        Map<Long, Integer> versions = new HashMap<>();
        stored.values().forEach(r -> versions.put(r.id(), r.version()));
        // One look-up of every key the named risks link, not one per row.
        VisibleLinks visible = VisibleLinks.of(issues, stored.values());
        Map<Long, Integer> firstLine = new HashMap<>();
        List<ImportedRow> result = new ArrayList<>(mapped.size());
        for (MappedRow row : mapped) {
            List<RowProblem> problems = new ArrayList<>(row.problems());
            Risk current = null;
            if (row.id() != null) {
                Risk risk = stored.get(row.id());
                Integer earlier = firstLine.putIfAbsent(row.id(), row.line());
                if (risk == null || !risk.projectKey().equals(projectKey)) {
                    // Another project's risk is reported like a missing one: an import cannot probe for risks.
                    problems.add(RowProblem.of("id", "no risk " + row.id() + " in this project"));
                } else if (earlier != null) {
                    problems.add(RowProblem.of("id", "risk " + row.id() + " is updated in line " + earlier
                            + " already"));
                } else if (row.version() != null && row.version() != risk.version()) {
                    problems.add(new RowProblem("version", "risk " + row.id() + " was changed by someone else since"
                            + " version " + row.version() + " (it is at version " + risk.version() + " now):"
                            + " export the register again and re-apply this row's changes", true));
                } else {
                    current = risk;
                }
            }
            RiskDraft draft = row.over(current == null ? MappedRow.EMPTY : RiskDraft.of(current.fields()));
            List<String> linked = current == null ? List.of() : current.fields().linkedIssueKeys();
            Set<String> unseen = current == null ? Set.of()
                    : Set.copyOf(visible.hidden(linked));
            RiskFields fields = null;
            try {
                // A row naming no risk of ours has nothing to validate against: its id is its one problem.
                if (row.id() == null || current != null) {
                    fields = validate(draft, settings, today,
                            linked.stream().filter(k -> !unseen.contains(k)).toList());
                }
            } catch (ValidationFailed invalid) {
                Set<String> reported = problems.stream().map(RowProblem::field).collect(Collectors.toSet());
                for (FieldError error : invalid.errors()) {
                    if (!reported.contains(error.field())) {
                        problems.add(RowProblem.of(error.field(), error.message()));
                    }
                }
            }
            if (!problems.isEmpty()) {
                result.add(new ImportedRow(row.line(), ImportedRow.Action.REFUSED, row.id(), null, problems));
            } else if (current == null) {
                result.add(new ImportedRow(row.line(), ImportedRow.Action.CREATE, null, fields, List.of()));
            } else {
                RiskFields kept = keepingUnseenLinks(fields, linked, unseen::contains);
                boolean unchanged = RiskChanges.between(current.fields(), kept).isEmpty();
                result.add(new ImportedRow(row.line(), unchanged ? ImportedRow.Action.UNCHANGED
                        : ImportedRow.Action.UPDATE, current.id(), kept, List.of()));
            }
        }
        return new MappedCheck(result, versions);
    }

    public RiskSettings settings(String projectKey) {
        return versionedSettings(projectKey).settings();
    }

    /** The project's settings with the version a change must be based on (0 while it uses the defaults). */
    public VersionedRiskSettings versionedSettings(String projectKey) {
        return settingsStore.find(projectKey).orElse(VersionedRiskSettings.NEVER_SAVED);
    }

    /** Every saved change of the project's scoring settings, oldest first. */
    public List<AuditEntry> settingsHistory(String projectKey) {
        return settingsStore.history(projectKey);
    }

    /**
     * Changes a project's scale or thresholds if nobody saved them since {@code expectedVersion}; nothing is written
     * when nothing changed. Shrinking 5x5 to 3x3 is refused while any risk still uses a level above 3: rescoring
     * someone's assessment silently would lose information.
     *
     * @throws com.pmosuite.shared.StaleVersion carrying the current settings, when someone saved meanwhile
     */
    public VersionedRiskSettings updateSettings(String projectKey, int expectedVersion, RiskSettings settings,
                                                String actorKey) {
        // Always the import lock first, then the edit lock: the one order that cannot deadlock.
        return importLocks.withLock(projectKey, () -> locks.withLock(projectKey,
                () -> updateSettingsLocked(projectKey, expectedVersion, settings, actorKey)));
    }

    private VersionedRiskSettings updateSettingsLocked(String projectKey, int expectedVersion, RiskSettings settings,
                                                       String actorKey) {
        VersionedRiskSettings current = versionedSettings(projectKey);
        if (current.version() != expectedVersion) {
            throw new StaleVersion("Risk settings of " + projectKey, expectedVersion, current);
        }
        List<FieldChange> changes = RiskChanges.between(current.settings(), settings);
        if (changes.isEmpty()) {
            return current;
        }
        int size = settings.matrix().size();
        int outside = risks.countUsingLevelsAbove(projectKey, size);
        if (outside > 0) {
            throw ValidationFailed.of("scale", outside + " risk(s) use levels above " + size
                    + "; rescore them before changing the scale");
        }
        return settingsStore.save(projectKey, expectedVersion, settings, changes, actorKey, clock.instant());
    }

    /** Today in the viewer's time zone: reviews fall due, and dates lie ahead, by the viewer's calendar. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), viewerZone.zone());
    }

    private static Set<RiskStatus> liveStatuses() {
        return Set.of(RiskStatus.OPEN, RiskStatus.RESPONDING, RiskStatus.MONITORING);
    }
}
