package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.IssueKeys;
import com.pmosuite.compliance.JqlRunner;
import com.pmosuite.compliance.ProjectProfiles;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.ScanEngine;
import com.pmosuite.compliance.ScanTarget;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardResult;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.facts.FactChanges;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.IssueFactStore;
import com.pmosuite.facts.StatusCategory;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.RiskSettingsStore;
import com.pmosuite.risk.RiskStore;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryIssueFactStore;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import com.pmosuite.testkit.RiskDraftFixture;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The compliance engine over real in-memory stores (issue facts, risks) and small hand-written fakes of the host
 * ports (profiles, issue keys, JQL, plan figures), each counting how it is called. Project ALPHA (id 10000) is
 * scanned on Monday 2 March 2026 unless a test says otherwise; issue {@code n} has key {@code ALPHA-n}.
 */
final class ScanFixture {
    static final long ALPHA = 10_000L;
    static final long BETA = 10_001L;
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String STORY = "10001";
    static final String BUG = "10004";
    static final String EPIC = "10000";

    final CountingFactStore facts = new CountingFactStore();
    final Profiles profiles = new Profiles();
    final Keys keys = new Keys();
    final Jql jql = new Jql();
    /** Every read of the risk and risk-settings stores, as {@code method first-argument}. */
    final List<String> riskReads = new ArrayList<>();
    final RiskRegister risks = new RiskRegister(logged(RiskStore.class, new InMemoryRiskStore(), riskReads),
            logged(RiskSettingsStore.class, new InMemoryRiskSettingsStore(), riskReads),
            InMemoryPeople.withAliceBobAndCarol(), FixedClock.on(TODAY));
    final Figures figures = new Figures();
    ScoreThresholds thresholds = ScoreThresholds.DEFAULTS;

    ScanFixture() {
        profiles.put(new ProjectProfiles.ProjectProfile(ALPHA, "ALPHA", "Apollo Platform", "alice",
                "The platform", 1L, List.of()));
        profiles.put(new ProjectProfiles.ProjectProfile(BETA, "BETA", "Billing Revamp", "bob", "Billing", 1L,
                List.of()));
    }

    /** The store, logging each call of a method whose name starts with find. */
    private static <T> T logged(Class<T> port, T store, List<String> log) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getName().startsWith("find")) {
                log.add(method.getName() + " " + args[0]);
            }
            try {
                return method.invoke(store, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    FactScanEngine engine() {
        return new FactScanEngine(facts, profiles, keys, jql, risks, figures, () -> thresholds, ZoneOffset.UTC);
    }

    static Standard standard(long id, Check check) {
        return standard(id, 10, check);
    }

    static Standard standard(long id, int weight, Check check) {
        return new Standard(id, "Standard " + id, null, StandardSeverity.MAJOR, weight, true, check, "pmo",
                Instant.parse("2026-01-01T00:00:00Z"), 1);
    }

    /** ALPHA scanned today with these standards, no waivers, the default offender cap. */
    ProjectScan scan(Standard... standards) {
        return scan(new ScanTarget(ALPHA, "ALPHA", List.of(standards), List.of()));
    }

    ProjectScan scan(ScanTarget target) {
        return engine().scan(List.of(target), TODAY, ScanEngine.DEFAULT_OFFENDER_CAP).get(0);
    }

    /** The one result of a scan of ALPHA with this check as standard 1. */
    StandardResult result(Check check) {
        return scan(standard(1, check)).results().get(0);
    }

    StandardResult result(Check check, LocalDate today) {
        return engine().scan(List.of(new ScanTarget(ALPHA, "ALPHA", List.of(standard(1, check)), List.of())),
                today, ScanEngine.DEFAULT_OFFENDER_CAP).get(0).results().get(0);
    }

    /** A to-do story of ALPHA with nothing optional set, created and updated on 5 January 2026. */
    Issue issue(long id) {
        return new Issue(id);
    }

    Risk risk(RiskDraftFixture draft) {
        return risks.create("ALPHA", draft.build(), "alice");
    }

    /** Builds an issue fact one field at a time; {@link #save()} stores it. */
    final class Issue {
        long id;
        long project = ALPHA;
        String type = STORY;
        int level = IssueFact.STANDARD;
        StatusCategory status = StatusCategory.TODO;
        Instant created = Instant.parse("2026-01-05T08:00:00Z");
        Instant updated = created;
        Instant resolved;
        LocalDate start;
        LocalDate due;
        Double points;
        Long original;
        Long remaining;
        Long spent;
        BigDecimal cost;
        String assignee;
        Long securityLevel;

        Issue(long id) {
            this.id = id;
        }

        Issue project(long value) {
            project = value;
            return this;
        }

        Issue epic() {
            type = EPIC;
            level = IssueFact.EPIC;
            return this;
        }

        Issue subTask() {
            type = "10003";
            level = IssueFact.SUB_TASK;
            return this;
        }

        Issue type(String value) {
            type = value;
            return this;
        }

        Issue inProgress() {
            status = StatusCategory.IN_PROGRESS;
            return this;
        }

        Issue done(LocalDate on) {
            status = StatusCategory.DONE;
            resolved = on.atTime(12, 0).toInstant(ZoneOffset.UTC);
            return this;
        }

        /** In a done status without a resolution, as some Jira workflows leave issues. */
        Issue doneUnresolved() {
            status = StatusCategory.DONE;
            resolved = null;
            return this;
        }

        /** Resolved while its status is still in progress, as a misconfigured workflow can leave it. */
        Issue resolvedInProgress(LocalDate on) {
            status = StatusCategory.IN_PROGRESS;
            resolved = on.atTime(12, 0).toInstant(ZoneOffset.UTC);
            return this;
        }

        Issue created(Instant value) {
            created = value;
            return this;
        }

        Issue updated(Instant value) {
            updated = value;
            return this;
        }

        Issue start(LocalDate value) {
            start = value;
            return this;
        }

        Issue due(LocalDate value) {
            due = value;
            return this;
        }

        Issue points(double value) {
            points = value;
            return this;
        }

        Issue estimate(long originalSeconds, long remainingSeconds, long spentSeconds) {
            original = originalSeconds;
            remaining = remainingSeconds;
            spent = spentSeconds;
            return this;
        }

        Issue cost(String value) {
            cost = new BigDecimal(value);
            return this;
        }

        Issue assignee(String value) {
            assignee = value;
            return this;
        }

        Issue securityLevel(long value) {
            securityLevel = value;
            return this;
        }

        IssueFact fact() {
            return new IssueFact(id, project, type, level, null, null, status, created, resolved, start, due, points,
                    original, remaining, spent, cost, assignee, securityLevel, updated);
        }

        IssueFact save() {
            IssueFact fact = fact();
            facts.upsert(List.of(fact));
            return fact;
        }
    }

    /** The in-memory issue-facts store, counting how it is read. */
    static final class CountingFactStore implements IssueFactStore {
        final InMemoryIssueFactStore store = new InMemoryIssueFactStore();
        final List<String> reads = new ArrayList<>();

        @Override
        public void upsert(Collection<IssueFact> facts) {
            store.upsert(facts);
        }

        @Override
        public void delete(Collection<Long> issueIds) {
            store.delete(issueIds);
        }

        @Override
        public Optional<IssueFact> find(long issueId) {
            reads.add("find " + issueId);
            return store.find(issueId);
        }

        @Override
        public List<IssueFact> page(Collection<Long> projectIds, long afterIssueId, int limit) {
            reads.add("page " + projectIds + " after " + afterIssueId + " limit " + limit);
            return store.page(projectIds, afterIssueId, limit);
        }

        @Override
        public long stamp() {
            return store.stamp();
        }

        @Override
        public FactChanges changesSince(long since, int limit) {
            reads.add("changes since " + since);
            return store.changesSince(since, limit);
        }
    }

    /** Project profiles by id; a project not put here no longer exists. */
    static final class Profiles implements ProjectProfiles {
        final Map<Long, ProjectProfile> byId = new HashMap<>();
        int calls;

        void put(ProjectProfile profile) {
            byId.put(profile.id(), profile);
        }

        void remove(long projectId) {
            byId.remove(projectId);
        }

        void versions(long projectId, VersionInfo... versions) {
            ProjectProfile p = byId.get(projectId);
            put(new ProjectProfile(p.id(), p.key(), p.name(), p.leadKey(), p.description(), p.categoryId(),
                    List.of(versions)));
        }

        @Override
        public Optional<ProjectProfile> profile(long projectId) {
            calls++;
            return Optional.ofNullable(byId.get(projectId));
        }
    }

    /** Keys {@code ALPHA-<id>} (or the project's key) for every id except those deleted; records each call. */
    final class Keys implements IssueKeys {
        final List<List<Long>> calls = new ArrayList<>();
        final List<Long> deleted = new ArrayList<>();

        @Override
        public Map<Long, String> keys(Collection<Long> issueIds) {
            calls.add(List.copyOf(issueIds));
            Map<Long, String> found = new HashMap<>();
            for (long id : issueIds) {
                if (!deleted.contains(id)) {
                    String project = facts.store.find(id).map(f -> f.projectId() == BETA ? "BETA" : "ALPHA")
                            .orElse("ALPHA");
                    found.put(id, project + "-" + id);
                }
            }
            return found;
        }

        @Override
        public Map<String, Long> ids(Collection<String> issueKeys) {
            throw new UnsupportedOperationException("the engine never looks keys up");
        }
    }

    /** JQL answered by a function of (project, jql); records each call. */
    static final class Jql implements JqlRunner {
        final List<String> calls = new ArrayList<>();
        Function<String, Match> answers = jql -> new Match(List.of(), 0);
        Map<String, List<String>> unrunnable = new HashMap<>();

        @Override
        public List<String> problems(String jql) {
            return unrunnable.getOrDefault(jql, List.of());
        }

        @Override
        public Match matches(long projectId, String jql, int keyCap) throws UnrunnableJql {
            calls.add(projectId + ": " + jql + " (cap " + keyCap + ")");
            if (unrunnable.containsKey(jql)) {
                throw new UnrunnableJql(unrunnable.get(jql));
            }
            Match all = answers.apply(jql);
            return new Match(all.issueIds().subList(0, Math.min(keyCap, all.issueIds().size())), all.total());
        }
    }

    /** Plan figures by project; records each call. */
    static final class Figures implements ProjectFigures {
        final Map<Long, ProjectFigures.Figures> byProject = new HashMap<>();
        final List<Collection<Long>> calls = new ArrayList<>();

        void put(long projectId, String budget, String start, String finish, String spi, String cpi) {
            byProject.put(projectId, new ProjectFigures.Figures(
                    Optional.ofNullable(budget).map(BigDecimal::new),
                    Optional.ofNullable(start).map(LocalDate::parse), Optional.ofNullable(finish).map(LocalDate::parse),
                    Optional.ofNullable(spi).map(BigDecimal::new), Optional.ofNullable(cpi).map(BigDecimal::new)));
        }

        @Override
        public Map<Long, ProjectFigures.Figures> of(Collection<Long> projectIds, LocalDate today) {
            calls.add(List.copyOf(projectIds));
            Map<Long, ProjectFigures.Figures> found = new HashMap<>();
            projectIds.forEach(id -> found.put(id, byProject.getOrDefault(id, ProjectFigures.Figures.NONE)));
            return found;
        }
    }
}
