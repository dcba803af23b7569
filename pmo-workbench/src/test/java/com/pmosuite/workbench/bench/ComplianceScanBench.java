package com.pmosuite.workbench.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.IssueKeys;
import com.pmosuite.compliance.JqlRunner;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectProfiles;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.compliance.ScanEngine;
import com.pmosuite.compliance.ScanTarget;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardResult;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.compliance.SetScope;
import com.pmosuite.compliance.StandardSetDraft;
import com.pmosuite.compliance.ProjectProfiles.ProjectProfile;
import com.pmosuite.compliance.result.ScanRun;
import com.pmosuite.compliance.scan.ComplianceScans;
import com.pmosuite.compliance.scan.ScanReport;
import com.pmosuite.compliance.standard.Standards;
import com.pmosuite.compliance.waiver.Waivers;
import com.pmosuite.plugin.compliance.ao.AoResultStore;
import com.pmosuite.plugin.compliance.ao.AoScanSettingsStore;
import com.pmosuite.plugin.compliance.ao.AoStandardStore;
import com.pmosuite.plugin.compliance.ao.AoWaiverStore;
import com.pmosuite.shared.PmoLocks;
import com.pmosuite.compliance.engine.FactScanEngine;
import com.pmosuite.compliance.engine.PortfolioProjectFigures;
import com.pmosuite.compliance.engine.ScoreThresholds;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.StatusCategory;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.host.ao.EmbeddedPostgres;
import com.pmosuite.plugin.facts.ao.AoIssueFactStore;
import com.pmosuite.plugin.platform.jira.ProjectIdentity;
import com.pmosuite.plugin.portfolio.ao.AoPortfolioStore;
import com.pmosuite.plugin.risk.ao.AoRiskSettingsStore;
import com.pmosuite.plugin.risk.ao.AoRiskStore;
import com.pmosuite.portfolio.PortfolioDraft;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.portfolio.ProjectCatalog;
import com.pmosuite.risk.RiskDraft;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.Severity;
import com.pmosuite.rollup.RollupEngine;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.Person;
import com.pmosuite.workbench.plugin.PluginDescriptor;
import net.java.ao.RawEntity;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Measures a full compliance scan of a generated portfolio (100+ projects × 20 standards) over N issue facts kept in
 * the real Active Objects facts table (HSQLDB file database, or the embedded PostgreSQL with {@code --db postgres}),
 * evaluated by the real {@link FactScanEngine} with the real risk register and portfolios on the same database, and
 * prints the duration and issues per second against a naive baseline measured in the same run; then the same scan
 * as the scheduler runs it, through {@link ComplianceScans} with the standards and results stored in AO. Not a test: it
 * asserts nothing and {@code mvn verify} never runs it. See docs/performance.md, "Compliance scan".
 *
 * <p><b>Baseline</b>: the same engine asked for one standard at a time ({@code projects × standards} targets of one
 * standard each), so every issue standard re-reads the project's facts, every project check re-reads its profile or
 * risks, and the plan and EVM checks roll up once per project — what a scan does that runs one query per standard per
 * project. Both produce the same outcomes, which the bench checks before it prints a ratio.
 *
 * <p>The data directory is kept ({@code --data}, one sub-directory per size and database), so a second run skips
 * the load: 1M facts take minutes to write. Project profiles (lead, description, category, versions) and issue keys
 * are the bench's own in-memory ports: in Jira they come from its project manager's caches and issue index, which
 * the bench does not have; the engine asks each once per project.
 */
public final class ComplianceScanBench {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String PLUGIN_KEY = "com.pmosuite.pmo-plugin";
    private static final String PORTFOLIO = "Compliance bench";
    private static final long FIRST_PROJECT_ID = 20_000;
    private static final long FIRST_ISSUE_ID = 1_000_000;
    private static final int BATCH = 25;
    private static final String EPIC = "10000";
    private static final String STORY = "10001";
    private static final String TASK = "10002";
    private static final String SUB_TASK = "10003";
    private static final String BUG = "10004";

    private final Settings settings;
    private final PrintStream out;

    /** The command line's options. */
    record Settings(List<Integer> sizes, int projects, String database, Path data, int rounds, boolean baseline) {
        static Settings parse(String[] args) {
            return new Settings(Arrays.stream(option(args, "--issues", "100000").split(",")).map(String::strip)
                    .map(Integer::parseInt).toList(),
                    Integer.parseInt(option(args, "--projects", "120")), option(args, "--db", "hsqldb"),
                    Path.of(option(args, "--data", "target/compliance-bench")),
                    Integer.parseInt(option(args, "--rounds", "3")),
                    Boolean.parseBoolean(option(args, "--baseline", "true")));
        }
    }

    ComplianceScanBench(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        RollupBench.machine(System.out);
        System.out.printf(Locale.ROOT, "jvm max heap: %,d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
        for (int size : settings.sizes()) {
            new ComplianceScanBench(settings, System.out).run(size);
        }
    }

    void run(int size) throws Exception {
        Path dir = settings.data().resolve(settings.database() + "-" + size + "-" + settings.projects());
        Files.createDirectories(dir);
        out.printf(Locale.ROOT, "%n== %,d issue facts, %d projects, %d standards, %s (data in %s) ==%n", size,
                settings.projects(), standards().size(), settings.database(), dir.toAbsolutePath());
        EmbeddedPostgres postgres = settings.database().equals("postgres")
                ? EmbeddedPostgres.durable(dir.resolve("postgres")) : null;
        try (AoDatabase database = postgres != null
                ? AoDatabase.open(postgres.jdbcUrl("postgres"), postgres.user(), postgres.password(), PLUGIN_KEY,
                AoDatabase.Isolation.READ_COMMITTED)
                : AoDatabase.open(AoDatabase.hsqldbFileUrl(dir.resolve("db")), "SA", "", PLUGIN_KEY,
                AoDatabase.Isolation.READ_COMMITTED)) {
            ActiveObjects ao = database.activeObjects();
            ao.migrate(entities());
            Fixture fixture = new Fixture(settings.projects());
            AoIssueFactStore facts = new AoIssueFactStore(ao);
            load(dir, facts, fixture, size);
            Clock clock = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            RiskRegister risks = new RiskRegister(new AoRiskStore(ao, fixture), new AoRiskSettingsStore(ao, fixture),
                    fixture, clock);
            Portfolios portfolios = new Portfolios(new AoPortfolioStore(ao), fixture, fixture, clock);
            seedPlansAndRisks(portfolios, risks, fixture);

            RollupEngine rollups = new RollupEngine(facts);
            long start = System.nanoTime();
            rollups.refresh();
            out.printf(Locale.ROOT, "rollup engine load (once per node, at start): %,d facts in %.1f s%n",
                    rollups.size(), seconds(start));
            ScanEngine engine = new FactScanEngine(facts, fixture, fixture, fixture, risks,
                    new PortfolioProjectFigures(portfolios, rollups), () -> ScoreThresholds.DEFAULTS,
                    ZoneOffset.UTC);
            List<Standard> standards = standards();
            List<ScanTarget> targets = fixture.targets(standards);

            List<ProjectScan> scans = null;
            double best = Double.MAX_VALUE;
            for (int round = 1; round <= settings.rounds(); round++) {
                System.gc();
                long allocatedBefore = allocated();
                long cpuBefore = cpu();
                start = System.nanoTime();
                scans = scanInBatches(engine, targets);
                double took = seconds(start);
                best = Math.min(best, took);
                out.printf(Locale.ROOT, "scan, round %d: %.2f s, %,.0f issues/s (CPU of this thread, the database's"
                                + " work included: %.2f s), %,d MiB allocated%n", round, took, size / took,
                        (cpu() - cpuBefore) / 1e9, (allocated() - allocatedBefore) >> 20);
            }
            summary(scans, standards);
            System.gc();
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            out.printf(Locale.ROOT, "heap used after a full GC (rollup engine's %,d B of facts included): %,d MiB%n",
                    rollups.bytesUsed(), heap.getUsed() >> 20);
            recorded(ao, engine, portfolios, fixture, clock, size);
            if (settings.baseline()) {
                System.gc();
                long cpuBefore = cpu();
                start = System.nanoTime();
                List<ProjectScan> naive = baseline(engine, targets);
                double took = seconds(start);
                check(scans, naive);
                out.printf(Locale.ROOT, "baseline (one standard per engine call: facts re-read per standard and "
                        + "project): %.2f s, %,.0f issues/s (CPU %.2f s)%n", took, size / took,
                        (cpu() - cpuBefore) / 1e9);
                out.printf(Locale.ROOT, "ratio baseline / scan (best round): %.1f×%n", took / best);
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /**
     * The whole path of a scheduled scan: the same standards stored through the standards use case in AO, a set
     * applying them to the bench portfolio, and {@link ComplianceScans#scanAll} resolving what applies, scanning and
     * recording every project's results and violations in one transaction (AO result store).
     */
    private void recorded(ActiveObjects ao, ScanEngine engine, Portfolios portfolios, Fixture fixture, Clock clock,
                          int size) {
        Standards standards = new Standards(new AoStandardStore(ao), portfolios, fixture, clock);
        if (standards.allSets().stream().noneMatch(set -> set.name().equals(PORTFOLIO))) {
            List<Long> ids = new ArrayList<>();
            for (Standard standard : standards()) {
                ids.add(standards.create(standard.draft(), "pmo").id());
            }
            long portfolio = portfolios.all().stream().filter(p -> p.name().equals(PORTFOLIO)).findFirst()
                    .orElseThrow().id();
            standards.createSet(new StandardSetDraft(PORTFOLIO, null, ids,
                    new SetScope(Set.of(portfolio), Set.of(), Set.of())), "pmo");
        }
        Waivers waivers = new Waivers(new AoWaiverStore(ao), standards::find,
                id -> fixture.profile(id).map(ProjectProfile::key), clock);
        // A clock that moves from the bench's noon: each run starts at its own instant, as "new" violations need.
        Clock running = Clock.offset(Clock.systemUTC(), java.time.Duration.between(Instant.now(), clock.instant()));
        ComplianceScans scans = new ComplianceScans(engine, standards, fixture, waivers, fixture,
                new AoResultStore(ao), new AoScanSettingsStore(ao), PmoLocks.inThisJvm(), running);
        for (int round = 1; round <= 2; round++) {
            System.gc();
            long cpuBefore = cpu();
            long start = System.nanoTime();
            ScanReport report = scans.scanAll(ScanRun.Trigger.SCHEDULED, null);
            double took = seconds(start);
            if (report.failed()) {
                throw new IllegalStateException("the recorded scan failed: " + report.run().failure());
            }
            out.printf(Locale.ROOT, "recorded scan (ComplianceScans.scanAll into the AO result store), round %d:"
                            + " %.2f s, %,.0f issues/s (CPU %.2f s); %d projects, %d violations recorded, %d new%n",
                    round, took, size / took, (cpu() - cpuBefore) / 1e9, report.run().projectsScanned(),
                    report.run().violationsFound(), report.newViolations().size());
        }
    }

    private static List<ProjectScan> scanInBatches(ScanEngine engine, List<ScanTarget> targets) {
        // As the recording scan does: a batch of projects per engine call bounds what one call holds.
        List<ProjectScan> scans = new ArrayList<>(targets.size());
        for (int from = 0; from < targets.size(); from += BATCH) {
            scans.addAll(engine.scan(targets.subList(from, Math.min(targets.size(), from + BATCH)), TODAY,
                    ScanEngine.DEFAULT_OFFENDER_CAP));
        }
        return scans;
    }

    private static List<ProjectScan> baseline(ScanEngine engine, List<ScanTarget> targets) {
        List<ProjectScan> scans = new ArrayList<>(targets.size());
        for (ScanTarget target : targets) {
            List<StandardResult> results = new ArrayList<>();
            for (Standard standard : target.standards()) {
                ScanTarget one = new ScanTarget(target.projectId(), target.projectKey(), List.of(standard),
                        target.waivers());
                results.addAll(engine.scan(List.of(one), TODAY, ScanEngine.DEFAULT_OFFENDER_CAP).get(0).results());
            }
            scans.add(new ProjectScan(target.projectId(), target.projectKey(), results, null,
                    com.pmosuite.rollup.RollupNode.RagStatus.GREY, 0, 0));
        }
        return scans;
    }

    /** The baseline must find what the scan found, or its time means nothing. */
    private static void check(List<ProjectScan> scans, List<ProjectScan> naive) {
        for (int p = 0; p < scans.size(); p++) {
            List<StandardResult> a = scans.get(p).results();
            List<StandardResult> b = naive.get(p).results();
            for (int s = 0; s < a.size(); s++) {
                if (a.get(s).outcome() != b.get(s).outcome() || a.get(s).total() != b.get(s).total()) {
                    throw new IllegalStateException("baseline differs in " + scans.get(p).projectKey()
                            + ", standard " + a.get(s).standardId() + ": " + a.get(s) + " vs " + b.get(s));
                }
            }
        }
    }

    private void summary(List<ProjectScan> scans, List<Standard> standards) {
        Map<Outcome, Integer> outcomes = new java.util.EnumMap<>(Outcome.class);
        long offenders = 0;
        for (ProjectScan scan : scans) {
            for (StandardResult result : scan.results()) {
                outcomes.merge(result.outcome(), 1, Integer::sum);
                offenders += result.total();
            }
        }
        double mean = scans.stream().filter(s -> s.score() != null).mapToDouble(s -> s.score().doubleValue())
                .average().orElse(Double.NaN);
        out.printf(Locale.ROOT, "results: %d projects × %d standards: %s, %,d offenders in all, mean score %.1f%n",
                scans.size(), standards.size(), outcomes, offenders, mean);
    }

    // ---- data --------------------------------------------------------------------------------------------------

    /** Writes the facts once per data directory; a marker file says they are complete. */
    private void load(Path dir, AoIssueFactStore facts, Fixture fixture, int size) throws IOException {
        Path marker = dir.resolve("facts-loaded");
        if (Files.exists(marker) && Files.readString(marker).strip().equals(Integer.toString(size))) {
            out.printf(Locale.ROOT, "facts: %,d already loaded (remove %s to reload)%n", size, marker);
            return;
        }
        long start = System.nanoTime();
        List<IssueFact> chunk = new ArrayList<>(1000);
        int[] written = {0};
        new FactGenerator(fixture, size).generate(fact -> {
            chunk.add(fact);
            if (chunk.size() == 1000) {
                facts.upsert(chunk);
                written[0] += chunk.size();
                chunk.clear();
                if (written[0] % (size / 10 == 0 ? 1000 : Math.max(1000, size / 10 / 1000 * 1000)) == 0) {
                    out.printf(Locale.ROOT, "facts: %,d written in %.0f s%n", written[0], seconds(start));
                }
            }
        });
        if (!chunk.isEmpty()) {
            facts.upsert(chunk);
        }
        Files.writeString(marker, Integer.toString(size));
        out.printf(Locale.ROOT, "facts: %,d loaded through AoIssueFactStore.upsert in %.1f s%n", size,
                seconds(start));
    }

    /**
     * One portfolio of every project in four programs, a budget and baseline for most (not all: the plan check must
     * find some), and 0–5 risks per project, some reviewed long ago, some high ones without owner or plan.
     */
    private void seedPlansAndRisks(Portfolios portfolios, RiskRegister risks, Fixture fixture) {
        if (portfolios.all().stream().anyMatch(p -> p.name().equals(PORTFOLIO))) {
            return;
        }
        SplittableRandom random = new SplittableRandom(7);
        List<PortfolioDraft.ProgramDraft> programs = new ArrayList<>();
        int perProgram = (fixture.projects.size() + 3) / 4;
        for (int g = 0; g < 4; g++) {
            List<PortfolioDraft.Entry> entries = new ArrayList<>();
            for (ProjectCatalog.Project project : fixture.projects.subList(g * perProgram,
                    Math.min(fixture.projects.size(), (g + 1) * perProgram))) {
                boolean planned = random.nextInt(100) < 85;
                entries.add(new PortfolioDraft.Entry(project.id(), planned
                        ? new PortfolioDraft.Plan((20 + random.nextInt(200)) + "000.00", null,
                        TODAY.minusDays(60 + random.nextInt(300)).toString(),
                        TODAY.plusDays(30 + random.nextInt(300)).toString(), null, null)
                        : new PortfolioDraft.Plan(null, null, null, null, null, null)));
            }
            programs.add(new PortfolioDraft.ProgramDraft(null, "Program " + (g + 1), null, "pmo",
                    new PortfolioDraft.Plan(null, null, null, null, null, null), entries));
        }
        int created = 0;
        for (ProjectCatalog.Project project : fixture.projects) {
            int count = random.nextInt(6);
            for (int r = 0; r < count; r++) {
                boolean cared = random.nextInt(100) < 80;
                int reviewedAgo = random.nextInt(100) < 75 ? random.nextInt(25) : 40 + random.nextInt(200);
                risks.create(project.key(), new RiskDraft("Risk " + (r + 1) + " of " + project.key(), null, null,
                        null, null, "threat", 1 + random.nextInt(5), 1 + random.nextInt(5),
                        cared ? "owner" + random.nextInt(10) : null, "open", cared ? "mitigate" : null,
                        cared ? "Agree a fallback with the supplier." : null, null, null, null,
                        TODAY.minusDays(reviewedAgo).toString(),
                        (cared ? TODAY.plusDays(5 + random.nextInt(60))
                                : TODAY.minusDays(reviewedAgo - reviewedAgo / 2)).toString(), null, null, null,
                        List.of()),
                        "pmo");
                created++;
            }
        }
        // Last: the portfolio marks the seeding as complete for a rerun.
        portfolios.create(new PortfolioDraft(PORTFOLIO, "Every bench project.", "pmo", "#0052cc",
                new PortfolioDraft.Plan(null, "EUR", null, null, "80.00", null), programs, List.of(), List.of()),
                "pmo");
        out.printf(Locale.ROOT, "seeded: portfolio \"%s\" with %d projects, %d risks%n", PORTFOLIO,
                fixture.projects.size(), created);
    }

    /**
     * Twenty standards a PMO might hold: thirteen over issues (dates, overdue, fields, staleness, four condition
     * rules) and seven over the project (details, category, versions, risk review and care, plan, EVM).
     */
    static List<Standard> standards() {
        Rule.Clause bug = new Rule.Clause(FactField.ISSUE_TYPE, RuleOperator.EQUALS, BUG);
        List<Check> checks = List.of(
                new Check.IssueDates(Set.of(), true, true),
                new Check.IssueDates(Set.of(STORY), false, true),
                new Check.NoOverdue(14),
                new Check.NoOverdue(60),
                new Check.FieldSet(Set.of(STORY), FactField.STORY_POINTS),
                new Check.FieldSet(Set.of(), FactField.ORIGINAL_ESTIMATE),
                new Check.FieldSet(Set.of(STORY, BUG, TASK), FactField.ASSIGNEE),
                new Check.NoStaleWork(30),
                new Check.NoStaleWork(90),
                new Check.Condition(new Rule.All(List.of(bug,
                        new Rule.Clause(FactField.STATUS_CATEGORY, RuleOperator.EQUALS, "IN_PROGRESS"),
                        new Rule.Clause(FactField.ASSIGNEE, RuleOperator.IS_EMPTY, null)))),
                new Check.Condition(new Rule.All(List.of(
                        new Rule.Clause(FactField.STATUS_CATEGORY, RuleOperator.EQUALS, "DONE"),
                        new Rule.Clause(FactField.REMAINING_ESTIMATE, RuleOperator.GREATER_THAN, "0")))),
                new Check.Condition(new Rule.All(List.of(
                        new Rule.Clause(FactField.CREATED, RuleOperator.LESS_THAN, "-26w"),
                        new Rule.Clause(FactField.STATUS_CATEGORY, RuleOperator.EQUALS, "TODO")))),
                new Check.Condition(new Rule.Any(List.of(
                        new Rule.All(List.of(new Rule.Clause(FactField.HIERARCHY_LEVEL, RuleOperator.EQUALS, "epic"),
                                new Rule.Clause(FactField.STORY_POINTS, RuleOperator.IS_NOT_EMPTY, null))),
                        new Rule.All(List.of(new Rule.Clause(FactField.SECURITY_LEVEL, RuleOperator.IS_NOT_EMPTY, null),
                                new Rule.Clause(FactField.ASSIGNEE, RuleOperator.IS_EMPTY, null)))))),
                new Check.ProjectDetails(true, true, false),
                new Check.ProjectDetails(false, false, true),
                new Check.VersionDates(),
                new Check.RiskReview(30),
                new Check.RiskCare(Severity.HIGH),
                new Check.PlanBaseline(),
                new Check.EvmIndices(new BigDecimal("0.80"), new BigDecimal("0.80")));
        StandardSeverity[] severities = StandardSeverity.values();
        List<Standard> standards = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            standards.add(new Standard(i + 1, "Standard " + (i + 1) + ": " + checks.get(i).type(), null,
                    severities[i % severities.length], 1 + i % 10, true, checks.get(i), "pmo", Instant.EPOCH, 1));
        }
        return standards;
    }

    /** The bench's projects, people, profiles and issue keys (see the class comment for why these are in memory). */
    static final class Fixture implements ProjectCatalog, PeopleDirectory, ProjectProfiles, IssueKeys, JqlRunner,
            ProjectIdentity {
        final List<Project> projects = new ArrayList<>();
        private final List<Category> categories = List.of(new Category(1, "Platform"), new Category(2, "Customer"),
                new Category(3, "Data"), new Category(4, "Operations"));
        private final Map<Long, ProjectProfile> profiles = new HashMap<>();
        private final Map<String, Long> ids = new HashMap<>();

        Fixture(int count) {
            SplittableRandom random = new SplittableRandom(3);
            for (int i = 0; i < count; i++) {
                long id = FIRST_PROJECT_ID + i;
                String key = String.format(Locale.ROOT, "PRJ%03d", i + 1);
                Long category = random.nextInt(100) < 90 ? (long) (1 + i % 4) : null;
                projects.add(new Project(id, key, "Project " + (i + 1), category));
                ids.put(key, id);
                List<VersionInfo> versions = new ArrayList<>();
                for (int v = 0; v < 2 + random.nextInt(5); v++) {
                    LocalDate startDate = TODAY.minusDays(200).plusDays(60L * v);
                    boolean released = startDate.plusDays(50).isBefore(TODAY);
                    versions.add(new VersionInfo(key + " " + (v + 1) + ".0", released, false, startDate,
                            random.nextInt(100) < 85 ? startDate.plusDays(50) : null));
                }
                profiles.put(id, new ProjectProfile(id, key, "Project " + (i + 1),
                        random.nextInt(100) < 92 ? "lead" + i % 17 : null,
                        random.nextInt(100) < 85 ? "What project " + (i + 1) + " delivers." : null, category,
                        versions));
            }
        }

        List<ScanTarget> targets(List<Standard> standards) {
            return projects.stream().map(p -> new ScanTarget(p.id(), p.key(), standards, List.of())).toList();
        }

        @Override
        public List<Project> projects() {
            return projects;
        }

        @Override
        public List<Category> categories() {
            return categories;
        }

        @Override
        public Optional<Person> byKey(String userKey) {
            return Optional.of(new Person(userKey, userKey, userKey));
        }

        @Override
        public Optional<Person> byUsername(String username) {
            return byKey(username);
        }

        @Override
        public Optional<ProjectProfile> profile(long projectId) {
            return Optional.ofNullable(profiles.get(projectId));
        }

        /** A key made from the id: the bench has no issue table, and the engine asks once per project. */
        @Override
        public Map<Long, String> keys(Collection<Long> issueIds) {
            Map<Long, String> keys = new HashMap<>();
            issueIds.forEach(id -> keys.put(id, "ISSUE-" + id));
            return keys;
        }

        @Override
        public Map<String, Long> ids(Collection<String> issueKeys) {
            Map<String, Long> found = new HashMap<>();
            issueKeys.forEach(key -> found.put(key, Long.parseLong(key.substring("ISSUE-".length()))));
            return found;
        }

        @Override
        public List<String> problems(String jql) {
            return List.of("the bench runs no JQL");
        }

        @Override
        public Match matches(long projectId, String jql, int keyCap) throws UnrunnableJql {
            throw new UnrunnableJql(problems(jql));
        }

        @Override
        public long idOf(String projectKey) {
            Long id = ids.get(projectKey);
            if (id == null) {
                throw new IllegalArgumentException("No project " + projectKey);
            }
            return id;
        }

        @Override
        public String currentKeyOf(long projectId, String storedKey) {
            return storedKey;
        }
    }

    /**
     * Varied facts spread over the projects by weight (the largest ten times the smallest), in families as Jira
     * holds them: an epic, 5–40 stories, bugs and tasks, a third with 1–3 sub-tasks; with the gaps a real portfolio
     * has, so every issue standard finds some offenders.
     */
    static final class FactGenerator {
        private final Fixture fixture;
        private final int size;

        FactGenerator(Fixture fixture, int size) {
            this.fixture = fixture;
            this.size = size;
        }

        void generate(java.util.function.Consumer<IssueFact> sink) {
            SplittableRandom random = new SplittableRandom(20261201L);
            int[] weights = new int[fixture.projects.size()];
            int total = 0;
            for (int i = 0; i < weights.length; i++) {
                weights[i] = 1 + (i * 7) % 10;
                total += weights[i];
            }
            long id = FIRST_ISSUE_ID;
            int written = 0;
            while (written < size) {
                int pick = random.nextInt(total);
                int project = 0;
                while (pick >= weights[project]) {
                    pick -= weights[project++];
                }
                long projectId = fixture.projects.get(project).id();
                int stories = Math.min(5 + random.nextInt(36), size - written - 1);
                long epicId = id++;
                sink.accept(fact(random, epicId, projectId, EPIC, IssueFact.EPIC, null, null));
                written++;
                for (int s = 0; s < stories && written < size; s++) {
                    int roll = random.nextInt(10);
                    String type = roll < 7 ? STORY : roll < 9 ? BUG : TASK;
                    long storyId = id++;
                    sink.accept(fact(random, storyId, projectId, type, IssueFact.STANDARD, epicId, epicId));
                    written++;
                    if (random.nextInt(3) == 0) {
                        for (int t = 0; t < 1 + random.nextInt(3) && written < size; t++) {
                            sink.accept(fact(random, id++, projectId, SUB_TASK, IssueFact.SUB_TASK, storyId,
                                    epicId));
                            written++;
                        }
                    }
                }
            }
        }

        private static IssueFact fact(SplittableRandom random, long id, long projectId, String type, int level,
                                      Long parent, Long epic) {
            int roll = random.nextInt(100);
            StatusCategory status = roll < 45 ? StatusCategory.DONE
                    : roll < 65 ? StatusCategory.IN_PROGRESS : StatusCategory.TODO;
            Instant created = TODAY.minusDays(10 + random.nextInt(400)).atStartOfDay().toInstant(ZoneOffset.UTC)
                    .plusSeconds(random.nextInt(86_400));
            Instant resolved = status == StatusCategory.DONE ? created.plusSeconds(86_400L * random.nextInt(1, 60))
                    : null;
            int staleRoll = random.nextInt(100);
            Instant updated = status == StatusCategory.IN_PROGRESS
                    ? TODAY.atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(86_400L
                    * (staleRoll < 6 ? 100 + random.nextInt(100) : staleRoll < 14 ? 31 + random.nextInt(50)
                    : random.nextInt(14)))
                    : resolved != null ? resolved : created.plusSeconds(random.nextInt(1_000_000));
            boolean epicLevel = level == IssueFact.EPIC;
            LocalDate start = random.nextInt(100) < (epicLevel ? 90 : 60)
                    ? TODAY.minusDays(random.nextInt(200)) : null;
            int dueRoll = random.nextInt(100);
            LocalDate due = dueRoll < (epicLevel ? 88 : 70)
                    ? (status != StatusCategory.DONE && dueRoll < 6 ? TODAY.minusDays(15 + random.nextInt(90))
                    : TODAY.plusDays(random.nextInt(-10, 200)))
                    : null;
            Double points = STORY.equals(type) && random.nextInt(100) < 85
                    ? Double.valueOf(new int[]{1, 2, 3, 5, 8, 13}[random.nextInt(6)])
                    : epicLevel && random.nextInt(100) < 3 ? Double.valueOf(20) : null;
            Long original = random.nextInt(100) < 80 ? 3_600L * random.nextInt(1, 40) : null;
            Long remaining = original == null ? null
                    : status == StatusCategory.DONE ? (random.nextInt(100) < 4 ? 3_600L : 0L)
                    : original / 2;
            Long spent = status == StatusCategory.TODO ? null : 3_600L * random.nextInt(0, 30);
            String assignee = random.nextInt(100) < 90 ? "user" + random.nextInt(300) : null;
            Long security = random.nextInt(100) < 5 ? 10_100L : null;
            BigDecimal cost = random.nextInt(10) == 0 ? new BigDecimal(random.nextInt(10_000) + ".50") : null;
            return new IssueFact(id, projectId, type, level, parent, epic, status, created, resolved, start, due,
                    points, original, remaining, spent, cost, assignee, security, updated);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities() {
        return PluginDescriptor.load(ComplianceScanBench.class.getClassLoader()).entityClasses().stream()
                .map(name -> {
                    try {
                        return (Class<? extends RawEntity<?>>) Class.forName(name);
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }).toArray(Class[]::new);
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** This thread's CPU time: HSQLDB runs in it, so the database's work is in it too; other processes' is not. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
