package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.IssueKeys;
import com.pmosuite.compliance.JqlRunner;
import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectProfiles;
import com.pmosuite.compliance.ProjectProfiles.ProjectProfile;
import com.pmosuite.compliance.ProjectProfiles.VersionInfo;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.ScanEngine;
import com.pmosuite.compliance.ScanTarget;
import com.pmosuite.compliance.ScanTarget.ActiveWaiver;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardResult;
import com.pmosuite.compliance.engine.ProjectFigures.Figures;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.IssueFactStore;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.Severity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The compliance engine: evaluates each target's standards over its issue facts and PMO data and scores the project.
 *
 * <p>Per project it reads, at most once each: the issue facts, in pages of {@value #PAGE_SIZE} by ascending id, each
 * fact tested by every issue check of the project in the same pass (issue dates, overdue, field set, stale work,
 * condition rules); the project's profile (details, versions); its risks and risk settings; one
 * {@link JqlRunner#matches} per JQL standard; and one {@link IssueKeys#keys} call for all the offending issues it
 * lists. Plan figures and indices of every scanned project come from one {@link ProjectFigures#of} call per scan.
 * Checks are compiled once per project and scan (dates, relative dates, numbers and lists parsed then), so testing a
 * fact allocates nothing. Pure: it records nothing.
 *
 * <p>Offenders: issue keys (lowest issue id first; an issue deleted since its facts were read is counted but not
 * listed), version names (in the profile's order), or risk references {@code RISK-<risk id>} (by risk id). A waiver
 * naming issues removes those offenders (counted in {@code waivedCount}); one naming none waives the whole standard.
 * A check that cannot be evaluated (JQL this runtime cannot run, an invalid rule) gives ERROR with the reason and never
 * stops the scan; so does every project-level check (details, versions, plan, indices, risks) of a project whose
 * profile is gone (deleted since the targets were chosen). The engine keeps no state between scans: scans may run
 * at the same time.
 */
public final class FactScanEngine implements ScanEngine {
    /**
     * Facts read per page. Large because a store answers a page of one project by collecting and sorting the
     * project's facts after the last id (HSQLDB, with no index on project and id together): every page costs about
     * the rest of the project. Measured on 1M facts in 120 projects, reading all of them took 15–27 s in pages of
     * 1,000 and 5 s in pages of 10,000; a page of 10,000 facts is a few MB.
     */
    public static final int PAGE_SIZE = 10_000;
    /** How a risk is named among offenders: this prefix and the risk's id. */
    public static final String RISK_REFERENCE_PREFIX = "RISK-";

    private final IssueFactStore facts;
    private final ProjectProfiles profiles;
    private final IssueKeys issueKeys;
    private final JqlRunner jql;
    private final RiskRegister risks;
    private final ProjectFigures figures;
    private final Supplier<ScoreThresholds> thresholds;
    private final ZoneId zone;

    /**
     * @param thresholds the PMO's score thresholds, read once per scan
     * @param zone       the zone whose calendar gives a date-time fact (created, updated, resolved) its day, for
     *                   staleness and rules; Jira's default time zone
     */
    public FactScanEngine(IssueFactStore facts, ProjectProfiles profiles, IssueKeys issueKeys, JqlRunner jql,
                          RiskRegister risks, ProjectFigures figures, Supplier<ScoreThresholds> thresholds,
                          ZoneId zone) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.issueKeys = Objects.requireNonNull(issueKeys, "issueKeys");
        this.jql = Objects.requireNonNull(jql, "jql");
        this.risks = Objects.requireNonNull(risks, "risks");
        this.figures = Objects.requireNonNull(figures, "figures");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public List<ProjectScan> scan(List<ScanTarget> targets, LocalDate today, int offenderCap) {
        Objects.requireNonNull(today, "today");
        if (offenderCap < 0) {
            throw new IllegalArgumentException("offender cap below 0: " + offenderCap);
        }
        ScoreThresholds scoreThresholds = Objects.requireNonNull(thresholds.get(), "score thresholds");
        Set<Long> planned = new LinkedHashSet<>();
        for (ScanTarget target : targets) {
            if (target.standards().stream().anyMatch(s -> s.check() instanceof Check.PlanBaseline
                    || s.check() instanceof Check.EvmIndices)) {
                planned.add(target.projectId());
            }
        }
        Map<Long, Figures> plans = planned.isEmpty() ? Map.of() : figures.of(planned, today);
        List<ProjectScan> scans = new ArrayList<>(targets.size());
        for (ScanTarget target : targets) {
            scans.add(new ProjectRun(target, today, offenderCap,
                    plans.getOrDefault(target.projectId(), Figures.NONE)).scan(scoreThresholds));
        }
        return scans;
    }

    /** One standard's result before issue ids become keys and the whole-standard waiver is applied. */
    private static final class Pending {
        final Standard standard;
        Outcome outcome;
        final OffenderKind kind;
        long[] issueIds = new long[0];
        List<String> offenders = List.of();
        long total;
        long waivedCount;
        String detail;
        final List<Long> waiverIds = new ArrayList<>();

        Pending(Standard standard, Outcome outcome, OffenderKind kind, String detail) {
            this.standard = standard;
            this.outcome = outcome;
            this.kind = kind;
            this.detail = detail;
        }

        StandardResult toResult(Map<Long, String> keys) {
            List<String> listed = offenders;
            if (kind == OffenderKind.ISSUE) {
                listed = new ArrayList<>(issueIds.length);
                for (long id : issueIds) {
                    String key = keys.get(id);
                    if (key != null) {
                        listed.add(key);
                    }
                }
            }
            return new StandardResult(standard.id(), outcome, kind, listed, total, waivedCount, detail, waiverIds);
        }
    }

    /** One target's scan: its standards, waivers and the data read for it, each at most once. */
    private final class ProjectRun {
        private final ScanTarget target;
        private final LocalDate today;
        private final int cap;
        private final Figures plan;
        private final Map<Long, List<ActiveWaiver>> waivers = new HashMap<>();
        private Optional<ProjectProfile> profile;
        private List<Risk> projectRisks;
        private RiskSettings projectRiskSettings;

        ProjectRun(ScanTarget target, LocalDate today, int cap, Figures plan) {
            this.target = target;
            this.today = today;
            this.cap = cap;
            this.plan = plan;
            for (ActiveWaiver waiver : target.waivers()) {
                waivers.computeIfAbsent(waiver.standardId(), id -> new ArrayList<>()).add(waiver);
            }
        }

        ProjectScan scan(ScoreThresholds scoreThresholds) {
            List<Standard> standards = target.standards();
            Pending[] pending = new Pending[standards.size()];
            OffenderTally[] tallies = new OffenderTally[standards.size()];
            List<OffenderTally> issueChecks = new ArrayList<>();
            for (int i = 0; i < pending.length; i++) {
                Standard standard = standards.get(i);
                if (IssueChecks.isIssueCheck(standard.check())) {
                    try {
                        tallies[i] = new OffenderTally(IssueChecks.offends(standard.check(), today, zone),
                                waivedIssues(standard.id()), cap);
                        issueChecks.add(tallies[i]);
                    } catch (InvalidCheck invalid) {
                        pending[i] = new Pending(standard, Outcome.ERROR, OffenderKind.ISSUE, invalid.getMessage());
                    }
                } else {
                    pending[i] = evaluate(standard);
                }
            }
            if (!issueChecks.isEmpty()) {
                readFactsOnce(issueChecks.toArray(new OffenderTally[0]));
            }
            Set<Long> listedIds = new LinkedHashSet<>();
            for (int i = 0; i < pending.length; i++) {
                if (tallies[i] != null) {
                    pending[i] = fromTally(standards.get(i), tallies[i]);
                }
                applyWholeStandardWaivers(pending[i]);
                for (long id : pending[i].issueIds) {
                    listedIds.add(id);
                }
            }
            Map<Long, String> keys = listedIds.isEmpty() ? Map.of() : issueKeys.keys(listedIds);
            List<StandardResult> results = new ArrayList<>(pending.length);
            long passedWeight = 0;
            long scoredWeight = 0;
            for (Pending p : pending) {
                results.add(p.toResult(keys));
                if (Scores.scored(p.outcome)) {
                    scoredWeight += p.standard.weight();
                    if (Scores.passing(p.outcome)) {
                        passedWeight += p.standard.weight();
                    }
                }
            }
            BigDecimal score = Scores.percent(passedWeight, scoredWeight);
            return new ProjectScan(target.projectId(), target.projectKey(), results, score,
                    scoreThresholds.rag(score), Math.toIntExact(passedWeight), Math.toIntExact(scoredWeight));
        }

        /** Every fact of the project once, each tested by every issue check: the one pass over the facts. */
        private void readFactsOnce(OffenderTally[] checks) {
            List<Long> project = List.of(target.projectId());
            long after = 0;
            List<IssueFact> page;
            do {
                page = facts.page(project, after, PAGE_SIZE);
                for (int f = 0, n = page.size(); f < n; f++) {
                    IssueFact fact = page.get(f);
                    for (OffenderTally check : checks) {
                        check.accept(fact);
                    }
                }
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1).issueId();
                }
            } while (page.size() == PAGE_SIZE);
        }

        private Pending fromTally(Standard standard, OffenderTally tally) {
            long total = tally.total();
            long[] waived = tally.waived();
            Pending p = new Pending(standard, total > 0 ? Outcome.FAILED
                    : waived.length > 0 ? Outcome.WAIVED : Outcome.PASSED, OffenderKind.ISSUE,
                    total > 0 ? IssueChecks.describe(standard.check(), total) : null);
            p.issueIds = tally.listed();
            p.total = total;
            p.waivedCount = waived.length;
            p.waiverIds.addAll(issueWaiversCovering(standard.id(), waived));
            return p;
        }

        private Pending evaluate(Standard standard) {
            if (standard.check() instanceof Check.Jql query) {
                return jql(standard, query);
            }
            // What is left of a deleted project (its plan, its risks) says nothing true about it any more.
            if (profile().isEmpty()) {
                return projectGone(standard);
            }
            return switch (standard.check()) {
                case Check.ProjectDetails details -> projectDetails(standard, details);
                case Check.VersionDates versions -> versionDates(standard);
                case Check.PlanBaseline baseline -> planBaseline(standard);
                case Check.EvmIndices indices -> evmIndices(standard, indices);
                case Check.RiskReview review -> riskReview(standard, review);
                case Check.RiskCare care -> riskCare(standard, care);
                default -> throw new IllegalStateException("an issue check: " + standard.check().type());
            };
        }

        private Pending jql(Standard standard, Check.Jql query) {
            long[] waived = waivedIssues(standard.id());
            // Asking for as many more ids as are waived keeps the list full when waived issues are among the first.
            int keyCap = (int) Math.min(Integer.MAX_VALUE, (long) cap + waived.length);
            JqlRunner.Match match;
            try {
                match = jql.matches(target.projectId(), query.jql(), keyCap);
            } catch (JqlRunner.UnrunnableJql unrunnable) {
                return new Pending(standard, Outcome.ERROR, OffenderKind.ISSUE,
                        String.join("; ", unrunnable.problems()));
            }
            long[] listed = new long[Math.min(cap, match.issueIds().size())];
            int listedCount = 0;
            long[] seen = new long[match.issueIds().size()];
            int seenCount = 0;
            for (long id : match.issueIds()) {
                if (Arrays.binarySearch(waived, id) >= 0) {
                    seen[seenCount++] = id;
                } else if (listedCount < cap) {
                    listed[listedCount++] = id;
                }
            }
            long total = Math.max(0, match.total() - seenCount);
            Pending p = new Pending(standard, total > 0 ? Outcome.FAILED
                    : seenCount > 0 ? Outcome.WAIVED : Outcome.PASSED, OffenderKind.ISSUE,
                    total > 0 ? (total == 1 ? "1 issue" : total + " issues") + " matching the JQL" : null);
            p.issueIds = Arrays.copyOf(listed, listedCount);
            p.total = total;
            p.waivedCount = seenCount;
            p.waiverIds.addAll(issueWaiversCovering(standard.id(), Arrays.copyOf(seen, seenCount)));
            return p;
        }

        private Pending projectDetails(Standard standard, Check.ProjectDetails details) {
            ProjectProfile p = profile().orElseThrow();
            List<String> missing = new ArrayList<>();
            if (details.lead() && blank(p.leadKey())) {
                missing.add("no lead");
            }
            if (details.description() && blank(p.description())) {
                missing.add("no description");
            }
            if (details.category() && p.categoryId() == null) {
                missing.add("no category");
            }
            return projectOutcome(standard, missing);
        }

        private Pending versionDates(Standard standard) {
            List<String> offenders = new ArrayList<>();
            long total = 0;
            for (VersionInfo version : profile().orElseThrow().versions()) {
                // A version whose start date has passed (before today) is under way and needs its release date.
                boolean due = version.released()
                        || version.startDate() != null && version.startDate().isBefore(today);
                if (!version.archived() && due && version.releaseDate() == null) {
                    total++;
                    if (offenders.size() < cap) {
                        offenders.add(version.name());
                    }
                }
            }
            Pending p = new Pending(standard, total > 0 ? Outcome.FAILED : Outcome.PASSED, OffenderKind.VERSION,
                    total == 0 ? null : (total == 1 ? "1 version" : total + " versions") + " without a release date");
            p.offenders = offenders;
            p.total = total;
            return p;
        }

        private Pending planBaseline(Standard standard) {
            List<String> missing = new ArrayList<>();
            if (plan.budget().isEmpty()) {
                missing.add("no budget");
            }
            if (plan.baselineStart().isEmpty()) {
                missing.add("no baseline start");
            }
            if (plan.baselineFinish().isEmpty()) {
                missing.add("no baseline finish");
            }
            return projectOutcome(standard, missing);
        }

        private Pending evmIndices(Standard standard, Check.EvmIndices indices) {
            List<String> below = new ArrayList<>();
            boolean judged = judge("SPI", plan.spi(), indices.minSpi(), below)
                    | judge("CPI", plan.cpi(), indices.minCpi(), below);
            if (!judged) {
                return new Pending(standard, Outcome.NOT_APPLICABLE, OffenderKind.PROJECT,
                        indices.minSpi() == null && indices.minCpi() == null ? "no threshold set"
                                : "the indices checked are not defined");
            }
            return projectOutcome(standard, below);
        }

        /** Whether the index could be judged; adds why it fails. An undefined index or no threshold cannot fail. */
        private static boolean judge(String name, Optional<BigDecimal> index, BigDecimal minimum, List<String> below) {
            if (minimum == null || index.isEmpty()) {
                return false;
            }
            if (index.get().compareTo(minimum) < 0) {
                below.add(name + " " + index.get().toPlainString() + " below " + minimum.toPlainString());
            }
            return true;
        }

        private Pending riskReview(Standard standard, Check.RiskReview review) {
            List<Risk> open = risks().stream().filter(r -> r.fields().status().isLive()).toList();
            if (open.isEmpty()) {
                return new Pending(standard, Outcome.NOT_APPLICABLE, OffenderKind.PROJECT, "no open risks");
            }
            if (review.days() < 0) {
                return new Pending(standard, Outcome.ERROR, OffenderKind.PROJECT,
                        "days must not be negative: " + review.days());
            }
            LocalDate latest = open.stream().map(r -> r.fields().lastReviewDate()).filter(Objects::nonNull)
                    .max(LocalDate::compareTo).orElse(null);
            if (latest == null) {
                return projectOutcome(standard, List.of("no open risk was ever reviewed"));
            }
            long ago = ChronoUnit.DAYS.between(latest, today);
            return projectOutcome(standard, ago <= review.days() ? List.of()
                    : List.of("last reviewed on " + latest + ", " + IssueChecks.days(ago) + " ago (at most "
                    + IssueChecks.days(review.days()) + ")"));
        }

        private Pending riskCare(Standard standard, Check.RiskCare care) {
            List<Risk> all = risks();
            RiskSettings settings = all.isEmpty() ? null : riskSettings();
            List<String> offenders = new ArrayList<>();
            long total = 0;
            for (Risk risk : all) {
                if (!risk.fields().status().isLive()) {
                    continue;
                }
                Severity severity = risks.assess(risk, settings).severity();
                if (severity.compareTo(care.minimum()) < 0) {
                    continue;
                }
                LocalDate next = risk.fields().nextReviewDate();
                if (blank(risk.fields().ownerKey()) || blank(risk.fields().responsePlan())
                        || next == null || next.isBefore(today)) {
                    total++;
                    if (offenders.size() < cap) {
                        offenders.add(RISK_REFERENCE_PREFIX + risk.id());
                    }
                }
            }
            Pending p = new Pending(standard, total > 0 ? Outcome.FAILED : Outcome.PASSED, OffenderKind.RISK,
                    total == 0 ? null : (total == 1 ? "1 risk" : total + " risks") + " at or above "
                            + care.minimum().name().toLowerCase(Locale.ROOT)
                            + " without an owner, a response plan or a next review date not in the past");
            p.offenders = offenders;
            p.total = total;
            return p;
        }

        private Pending projectOutcome(Standard standard, List<String> problems) {
            Pending p = new Pending(standard, problems.isEmpty() ? Outcome.PASSED : Outcome.FAILED,
                    OffenderKind.PROJECT, problems.isEmpty() ? null : String.join(", ", problems));
            p.total = problems.isEmpty() ? 0 : 1;
            return p;
        }

        private Pending projectGone(Standard standard) {
            return new Pending(standard, Outcome.ERROR, OffenderKind.PROJECT, "the project no longer exists");
        }

        /** A waiver naming no issues turns a failure into WAIVED: nothing left to show, every offender waived. */
        private void applyWholeStandardWaivers(Pending p) {
            if (p.outcome != Outcome.FAILED) {
                return;
            }
            List<ActiveWaiver> whole = waivers.getOrDefault(p.standard.id(), List.of()).stream()
                    .filter(w -> w.issueIds().isEmpty()).toList();
            if (whole.isEmpty()) {
                return;
            }
            p.outcome = Outcome.WAIVED;
            p.waivedCount += p.total;
            p.total = 0;
            p.issueIds = new long[0];
            p.offenders = List.of();
            whole.forEach(w -> p.waiverIds.add(w.waiverId()));
        }

        /** The issues this standard's waivers name, sorted, for binary search on the per-fact path. */
        private long[] waivedIssues(long standardId) {
            return waivers.getOrDefault(standardId, List.of()).stream()
                    .flatMap(w -> w.issueIds().stream()).mapToLong(Long::longValue).distinct().sorted().toArray();
        }

        private List<Long> issueWaiversCovering(long standardId, long[] waivedOffenders) {
            if (waivedOffenders.length == 0) {
                return List.of();
            }
            List<Long> applied = new ArrayList<>();
            for (ActiveWaiver waiver : waivers.getOrDefault(standardId, List.of())) {
                for (long id : waivedOffenders) {
                    if (waiver.issueIds().contains(id)) {
                        applied.add(waiver.waiverId());
                        break;
                    }
                }
            }
            return applied;
        }

        private Optional<ProjectProfile> profile() {
            if (profile == null) {
                profile = profiles.profile(target.projectId());
            }
            return profile;
        }

        private RiskSettings riskSettings() {
            if (projectRiskSettings == null) {
                projectRiskSettings = risks.settings(target.projectKey());
            }
            return projectRiskSettings;
        }

        private List<Risk> risks() {
            if (projectRisks == null) {
                projectRisks = risks.all(target.projectKey());
            }
            return projectRisks;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
