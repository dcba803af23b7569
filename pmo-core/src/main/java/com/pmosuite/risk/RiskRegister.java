package com.pmosuite.risk;

import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.IssueDirectory;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.Page;
import com.pmosuite.shared.PageRequest;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.ProjectLocks;
import com.pmosuite.shared.ValidationFailed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The risk register's use cases: record, change, remove, list, map and import risks of one project.
 * Who may do what is decided before these are called; this class decides what is valid.
 */
public final class RiskRegister {
    private final RiskStore risks;
    private final RiskSettingsStore settingsStore;
    private final PeopleDirectory people;
    private final Clock clock;
    private final ProjectLocks locks;
    private final IssueDirectory issues;

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
        this.risks = risks;
        this.settingsStore = settingsStore;
        this.people = people;
        this.clock = clock;
        this.locks = locks;
        this.issues = issues;
    }

    /**
     * Validates a draft and checks that its linked issues exist and can be seen, reporting every problem at once.
     * An issue the user may not see is reported like a missing one, so links cannot probe for issues.
     */
    private RiskFields validate(RiskDraft draft, RiskSettings settings, LocalDate today) {
        List<FieldError> linkErrors = new ArrayList<>();
        // Malformed keys are the draft's own errors; only well-formed ones are looked up.
        if (draft.linkedIssueKeys() != null) {
            draft.linkedIssueKeys().stream()
                    .filter(key -> key != null && RiskDraft.isIssueKey(key))
                    .map(key -> key.strip().toUpperCase(Locale.ROOT))
                    .distinct()
                    .filter(key -> !issues.isVisible(key))
                    .forEach(key -> linkErrors.add(new FieldError("linkedIssueKeys",
                            "no issue " + key + " that you can see")));
        }
        List<FieldError> errors = new ArrayList<>();
        RiskFields fields = null;
        try {
            fields = draft.validate(settings, today, people);
        } catch (ValidationFailed invalid) {
            errors.addAll(invalid.errors());
        }
        errors.addAll(linkErrors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return fields;
    }

    public Risk create(String projectKey, RiskDraft draft, String actorKey) {
        return locks.withLock(projectKey, () -> {
            RiskFields fields = validate(draft, settings(projectKey), today());
            return risks.create(projectKey, fields, actorKey, clock.instant());
        });
    }

    /**
     * Replaces a risk's fields. Nothing is written when nothing changed.
     *
     * @throws com.pmosuite.shared.StaleVersion when someone saved since {@code expectedVersion}
     */
    public Risk update(long id, int expectedVersion, RiskDraft draft, String actorKey) {
        String projectKey = get(id).projectKey();
        return locks.withLock(projectKey, () -> {
            Risk current = get(id);
            RiskFields fields = validate(draft, settings(projectKey), today());
            List<FieldChange> changes = RiskChanges.between(current.fields(), fields);
            if (changes.isEmpty() && current.version() == expectedVersion) {
                return current;
            }
            return risks.update(id, expectedVersion, fields, changes, actorKey, clock.instant());
        });
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

    public Page<Risk> list(String projectKey, RiskFilter filter, PageRequest page) {
        RiskSettings settings = settings(projectKey);
        List<ScoreRange> ranges = filter.severities().stream()
                .sorted()
                .map(s -> settings.bands().rangeOf(s, settings.matrix()))
                .toList();
        return risks.search(new RiskQuery(projectKey, filter.statuses(), ranges, filter.ownerKey(), filter.sort(),
                filter.descending(), page));
    }

    /** Every risk of the project, ordered by id: for exports. */
    public List<Risk> all(String projectKey) {
        return risks.findByProject(projectKey, Set.of());
    }

    public RiskHeatMap heatMap(String projectKey) {
        List<RiskFields> live = risks.findByProject(projectKey, liveStatuses()).stream().map(Risk::fields).toList();
        return RiskHeatMap.of(live, settings(projectKey));
    }

    public List<RiskHistoryEntry> history(long id) {
        return risks.history(id);
    }

    public List<Risk> linkedTo(String issueKey) {
        return risks.findLinkedTo(issueKey);
    }

    public RiskAssessment assess(Risk risk) {
        return assess(risk, settings(risk.projectKey()));
    }

    public RiskAssessment assess(Risk risk, RiskSettings settings) {
        return RiskAssessment.of(risk.fields(), settings, today());
    }

    public String exportCsv(String projectKey) {
        return RiskCsv.write(all(projectKey), settings(projectKey), today());
    }

    /** Imports all rows of a CSV file as new risks, or none of them when any row has a problem. */
    public RiskImport importCsv(String projectKey, String csv, String actorKey) {
        return locks.withLock(projectKey, () -> importLocked(projectKey, csv, actorKey));
    }

    private RiskImport importLocked(String projectKey, String csv, String actorKey) {
        List<RiskImport.RowError> errors = new ArrayList<>();
        List<RiskCsv.DraftRow> drafts = RiskCsv.read(csv, errors);
        RiskSettings settings = settings(projectKey);
        LocalDate today = today();
        List<RiskFields> valid = new ArrayList<>();
        for (RiskCsv.DraftRow row : drafts) {
            // Cells that could not even be read were reported already; validate the rest of the line too, so one
            // round of fixes is enough.
            Set<String> reported = errors.stream().filter(e -> e.line() == row.line())
                    .map(RiskImport.RowError::field).collect(Collectors.toSet());
            try {
                RiskFields fields = validate(row.draft(), settings, today);
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
            return new RiskImport(drafts.size(), List.of(), errors);
        }
        return new RiskImport(drafts.size(), risks.createAll(projectKey, valid, actorKey, clock.instant()), List.of());
    }

    public RiskSettings settings(String projectKey) {
        return settingsStore.find(projectKey).orElse(RiskSettings.DEFAULT);
    }

    /**
     * Changes a project's scale or thresholds. Shrinking 5x5 to 3x3 is refused while any risk still uses a level
     * above 3: rescoring someone's assessment silently would lose information.
     */
    public RiskSettings updateSettings(String projectKey, RiskSettings settings) {
        return locks.withLock(projectKey, () -> updateSettingsLocked(projectKey, settings));
    }

    private RiskSettings updateSettingsLocked(String projectKey, RiskSettings settings) {
        int size = settings.matrix().size();
        long outside = all(projectKey).stream().map(Risk::fields)
                .filter(f -> f.probability() > size || f.impact() > size
                        || (f.hasResidualAssessment() && (f.residualProbability() > size || f.residualImpact() > size)))
                .count();
        if (outside > 0) {
            throw ValidationFailed.of("scale", outside + " risk(s) use levels above " + size
                    + "; rescore them before changing the scale");
        }
        settingsStore.save(projectKey, settings);
        return settings;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Set<RiskStatus> liveStatuses() {
        return Set.of(RiskStatus.OPEN, RiskStatus.RESPONDING, RiskStatus.MONITORING);
    }
}
