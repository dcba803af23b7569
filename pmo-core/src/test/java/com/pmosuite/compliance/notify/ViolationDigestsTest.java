package com.pmosuite.compliance.notify;

import com.pmosuite.compliance.ApplicableStandards;
import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.IssueKeys;
import com.pmosuite.compliance.JqlRunner;
import com.pmosuite.compliance.ProjectProfiles;
import com.pmosuite.compliance.ProjectProfiles.ProjectProfile;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.compliance.engine.FactScanEngine;
import com.pmosuite.compliance.engine.ProjectFigures;
import com.pmosuite.compliance.engine.ScoreThresholds;
import com.pmosuite.compliance.result.ScanRun;
import com.pmosuite.compliance.scan.ComplianceScans;
import com.pmosuite.compliance.scan.ScanReport;
import com.pmosuite.compliance.waiver.Waivers;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.StatusCategory;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.shared.PmoLocks;
import com.pmosuite.shared.mail.Mailer;
import com.pmosuite.shared.mail.OutgoingMail;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryComplianceSettingsStore;
import com.pmosuite.testkit.InMemoryIssueFactStore;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryResultStore;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import com.pmosuite.testkit.InMemoryWaiverStore;
import com.pmosuite.testkit.RecordingMailer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Violation digests over real scans: the compliance engine over the in-memory facts store, the scan orchestration
 * recording into the in-memory result store (which decides what is new), and a mailer that records what it is
 * given. ALPHA and BETA are led by alice, GAMMA by bob, DELTA by carol (who has no mail address), EPSILON by nobody.
 */
class ViolationDigestsTest {
    private static final String SELECTED = "com.pmosuite.pmo-plugin:project-compliance-sidebar-link";
    private static final Standard EPIC_DATES = standard(1, "Epics have start and due dates", StandardSeverity.MAJOR,
            new Check.IssueDates(Set.of(), true, true));
    private static final Standard POINTS = standard(2, "Stories are estimated", StandardSeverity.MINOR,
            new Check.FieldSet(Set.of("10001"), FactField.STORY_POINTS));
    private static final Standard DESCRIBED = standard(3, "The project is described", StandardSeverity.CRITICAL,
            new Check.ProjectDetails(false, true, false));
    private static final List<Standard> ALL = List.of(EPIC_DATES, POINTS, DESCRIBED);

    private final FixedClock clock = FixedClock.atStart();
    private final InMemoryIssueFactStore facts = new InMemoryIssueFactStore();
    private final Map<Long, ProjectProfile> profiles = new LinkedHashMap<>();
    private final Map<Long, String> keysById = new HashMap<>();
    private final RecordingMailer mailer = new RecordingMailer();
    private final Map<String, String> addresses = new HashMap<>(Map.of("alice", "alice@example.com",
            "bob", "bob@example.com"));
    private final InMemoryResultStore results = new InMemoryResultStore();
    private long nextIssueId = 1;
    /** Issue keys each user may not see, as issue security would hide them. */
    private final Map<String, Set<String>> hidden = new HashMap<>();
    private final IssueVisibility visibility = (user, keys) -> keys.stream()
            .filter(key -> !hidden.getOrDefault(user, Set.of()).contains(key))
            .collect(java.util.stream.Collectors.toSet());

    ViolationDigestsTest() {
        project(10_000, "ALPHA", "Apollo Platform", "alice");
        project(10_001, "BETA", "Billing Revamp", "alice");
        project(10_002, "GAMMA", "Customer Portal", "bob");
        project(10_003, "DELTA", "Data Warehouse", "carol");
        project(10_004, "EPSILON", "Edge Services", null);
    }

    private void project(long id, String key, String name, String lead) {
        profiles.put(id, new ProjectProfile(id, key, name, lead, "What " + name + " delivers", 1L, List.of()));
    }

    private void undescribed(long id) {
        ProjectProfile p = profiles.get(id);
        profiles.put(id, new ProjectProfile(p.id(), p.key(), p.name(), p.leadKey(), null, p.categoryId(),
                p.versions()));
    }

    private static Standard standard(long id, String name, StandardSeverity severity, Check check) {
        return new Standard(id, name, null, severity, 5, true, check, "pmo", Instant.EPOCH, 1);
    }

    /** An epic without dates in the project: offends EPIC_DATES. */
    private String undatedEpic(long projectId) {
        return save(projectId, "10000", IssueFact.EPIC, null);
    }

    /** A story without points: offends POINTS. */
    private String unestimatedStory(long projectId) {
        return save(projectId, "10001", IssueFact.STANDARD, null);
    }

    private String save(long projectId, String type, int level, Double points) {
        long id = nextIssueId++;
        Instant created = Instant.parse("2026-02-01T09:00:00Z");
        facts.upsert(List.of(new IssueFact(id, projectId, type, level, null, null, StatusCategory.TODO, created, null,
                null, null, points, null, null, null, null, null, null, created)));
        String key = profiles.get(projectId).key() + "-" + id;
        keysById.put(id, key);
        return key;
    }

    private ComplianceScans scans() {
        ProjectProfiles projectProfiles = id -> Optional.ofNullable(profiles.get(id));
        IssueKeys issueKeys = new IssueKeys() {
            @Override
            public Map<Long, String> keys(Collection<Long> issueIds) {
                Map<Long, String> found = new HashMap<>();
                issueIds.forEach(id -> found.put(id, keysById.get(id)));
                return found;
            }

            @Override
            public Map<String, Long> ids(Collection<String> issueKeys) {
                Map<String, Long> found = new HashMap<>();
                keysById.forEach((id, key) -> {
                    if (issueKeys.contains(key)) {
                        found.put(key, id);
                    }
                });
                return found;
            }
        };
        JqlRunner noJql = new JqlRunner() {
            @Override
            public List<String> problems(String jql) {
                return List.of("no JQL here");
            }

            @Override
            public Match matches(long projectId, String jql, int keyCap) throws UnrunnableJql {
                throw new UnrunnableJql(List.of("no JQL here"));
            }
        };
        ProjectFigures noPlans = (ids, today) -> {
            Map<Long, ProjectFigures.Figures> none = new HashMap<>();
            ids.forEach(id -> none.put(id, ProjectFigures.Figures.NONE));
            return none;
        };
        FactScanEngine engine = new FactScanEngine(facts, projectProfiles, issueKeys, noJql,
                new RiskRegister(new InMemoryRiskStore(), new InMemoryRiskSettingsStore(),
                        InMemoryPeople.withAliceBobAndCarol(), clock),
                noPlans, () -> ScoreThresholds.DEFAULTS, ZoneOffset.UTC);
        ApplicableStandards everyProject = new ApplicableStandards() {
            @Override
            public Set<Long> projectsInScope() {
                return profiles.keySet();
            }

            @Override
            public List<Standard> forProject(long projectId) {
                return ALL;
            }
        };
        Waivers waivers = new Waivers(new InMemoryWaiverStore(), this::standard,
                id -> Optional.ofNullable(profiles.get(id)).map(ProjectProfile::key), clock);
        return new ComplianceScans(engine, everyProject, projectProfiles, waivers, issueKeys, results,
                new InMemoryComplianceSettingsStore(), PmoLocks.inThisJvm(), clock);
    }

    private Optional<Standard> standard(long id) {
        return ALL.stream().filter(s -> s.id() == id).findFirst();
    }

    private ViolationDigests digests(int maxListed) {
        return new ViolationDigests(id -> Optional.ofNullable(profiles.get(id)), this::standard, visibility,
                InMemoryPeople.withAliceBobAndCarol(), lead -> Optional.ofNullable(addresses.get(lead)), mailer,
                () -> "https://jira.example.com/", SELECTED, maxListed);
    }

    private ViolationDigests.Outcome scanAndNotify() {
        return scanAndNotify(ViolationDigests.DEFAULT_MAX_LISTED);
    }

    private ViolationDigests.Outcome scanAndNotify(int maxListed) {
        ScanReport report = scans().scanAll(ScanRun.Trigger.SCHEDULED, null);
        clock.advance(java.time.Duration.ofHours(1));
        return digests(maxListed).send(report);
    }

    private OutgoingMail mailTo(String address) {
        return mailer.sent().stream().filter(m -> m.to().equals(address)).findFirst().orElseThrow();
    }

    @Test
    void aLeadGetsOneDigestListingTheNewViolationsOfEachProjectTheyLeadWithItsCompliancePage() {
        String alphaEpic = undatedEpic(10_000);
        String betaEpic = undatedEpic(10_001);
        undescribed(10_002);

        ViolationDigests.Outcome outcome = scanAndNotify();

        assertThat(outcome.sent()).isEqualTo(2);
        assertThat(mailer.sent()).extracting(OutgoingMail::to)
                .containsExactlyInAnyOrder("alice@example.com", "bob@example.com");
        OutgoingMail alice = mailTo("alice@example.com");
        assertThat(alice.subject()).isEqualTo("2 new compliance violations in ALPHA, BETA");
        assertThat(alice.body())
                .startsWith("Hello Alice Archer,\n\nThe compliance scan of 2026-03-02 09:30 UTC found 2 violations")
                .contains("ALPHA (Apollo Platform)\n- [major] Epics have start and due dates: 1 issue ("
                        + alphaEpic + ")\n  Compliance page: https://jira.example.com/projects/ALPHA?selectedItem="
                        + "com.pmosuite.pmo-plugin%3Aproject-compliance-sidebar-link\n")
                .contains("BETA (Billing Revamp)\n- [major] Epics have start and due dates: 1 issue (" + betaEpic
                        + ")\n  Compliance page: https://jira.example.com/projects/BETA?selectedItem=")
                .doesNotContain("GAMMA");
        assertThat(mailTo("bob@example.com").body())
                .contains("GAMMA (Customer Portal)\n- [critical] The project is described: no description\n");
    }

    @Test
    void aViolationThatStaysIsNotMailedAgainAndOnlyTheNewOneIsWhenAnotherAppears() {
        undatedEpic(10_000);
        scanAndNotify();
        assertThat(mailer.sent()).hasSize(1);

        ViolationDigests.Outcome unchanged = scanAndNotify();

        assertThat(unchanged).isEqualTo(ViolationDigests.Outcome.NOTHING);
        assertThat(mailer.sent()).hasSize(1);

        String story = unestimatedStory(10_000);
        scanAndNotify();

        assertThat(mailer.sent()).hasSize(2);
        OutgoingMail second = mailer.sent().get(1);
        assertThat(second.subject()).isEqualTo("1 new compliance violation in ALPHA");
        assertThat(second.body()).contains("- [minor] Stories are estimated: 1 issue (" + story + ")")
                .doesNotContain("Epics have start and due dates");
    }

    @Test
    void aViolationThatWasFixedAndCameBackIsNewAgain() {
        undatedEpic(10_000);
        scanAndNotify();
        facts.delete(List.of(1L));
        scanAndNotify();
        undatedEpic(10_000);

        scanAndNotify();

        assertThat(mailer.sent()).hasSize(2);
    }

    @Test
    void nothingNewSendsNoMail() {
        ViolationDigests.Outcome outcome = scanAndNotify();

        assertThat(outcome).isEqualTo(ViolationDigests.Outcome.NOTHING);
        assertThat(mailer.sent()).isEmpty();
    }

    @Test
    void aDryRunSendsNoMail() {
        undatedEpic(10_000);

        ScanReport dry = scans().scanProjects(Set.of(10_000L), "project ALPHA", ScanRun.Trigger.MANUAL, "alice",
                true);

        assertThat(dry.projects()).isNotEmpty();
        assertThat(digests(50).send(dry)).isEqualTo(ViolationDigests.Outcome.NOTHING);
        assertThat(mailer.sent()).isEmpty();
    }

    @Test
    void aLeadWithoutAMailAddressAndAProjectWithoutALeadAreSkippedWhileOthersAreMailed() {
        undatedEpic(10_000);
        undatedEpic(10_003);
        undatedEpic(10_004);

        ViolationDigests.Outcome outcome = scanAndNotify();

        assertThat(outcome.sent()).isEqualTo(1);
        assertThat(outcome.leadsWithoutAddress()).isEqualTo(1);
        assertThat(outcome.projectsWithoutLead()).isEqualTo(1);
        assertThat(mailer.sent()).extracting(OutgoingMail::to).containsExactly("alice@example.com");
    }

    @Test
    void aDigestListsAtMostItsCapAndSaysHowManyMoreThereAre() {
        undatedEpic(10_000);
        unestimatedStory(10_000);
        undatedEpic(10_001);
        unestimatedStory(10_001);

        scanAndNotify(3);

        OutgoingMail alice = mailTo("alice@example.com");
        assertThat(alice.subject()).isEqualTo("4 new compliance violations in ALPHA, BETA");
        assertThat(alice.body().lines().filter(line -> line.startsWith("- ["))).hasSize(3);
        assertThat(alice.body()).contains("- and 1 more new violations; see the Compliance pages.");
    }

    @Test
    void aViolationNamesItsFirstFiveOffendersAndCountsThemAll() {
        List<String> stories = List.of(unestimatedStory(10_000), unestimatedStory(10_000),
                unestimatedStory(10_000), unestimatedStory(10_000), unestimatedStory(10_000),
                unestimatedStory(10_000), unestimatedStory(10_000));

        scanAndNotify();

        assertThat(mailTo("alice@example.com").body()).contains("- [minor] Stories are estimated: 7 issues ("
                + String.join(", ", stories.subList(0, 5)) + ", …)\n");
    }

    @Test
    void violationsOfAProjectAreListedMostSevereFirst() {
        unestimatedStory(10_000);
        undatedEpic(10_000);
        undescribed(10_000);

        scanAndNotify();

        List<String> listed = mailTo("alice@example.com").body().lines().filter(l -> l.startsWith("- [")).toList();
        assertThat(listed).extracting(line -> line.substring(0, line.indexOf(']') + 1))
                .containsExactly("- [critical]", "- [major]", "- [minor]");
    }

    @Test
    void aMailTheHostRefusesIsReportedAndTheOtherLeadsStillGetTheirs() {
        undatedEpic(10_000);
        undatedEpic(10_002);
        ScanReport report = scans().scanAll(ScanRun.Trigger.SCHEDULED, null);
        List<OutgoingMail> delivered = new ArrayList<>();
        Mailer refusingAlice = mail -> {
            if (mail.to().equals("alice@example.com")) {
                throw new IllegalStateException("mail queue full");
            }
            delivered.add(mail);
        };
        ViolationDigests digests = new ViolationDigests(id -> Optional.ofNullable(profiles.get(id)), this::standard,
                visibility, InMemoryPeople.withAliceBobAndCarol(), lead -> Optional.ofNullable(addresses.get(lead)),
                refusingAlice, () -> "https://jira.example.com", SELECTED, 50);

        ViolationDigests.Outcome outcome = digests.send(report);

        assertThat(outcome.sent()).isEqualTo(1);
        assertThat(outcome.failures()).containsExactly("alice: mail queue full");
        assertThat(delivered).extracting(OutgoingMail::to).containsExactly("bob@example.com");
    }

    @Test
    void theScansHookMailsAfterEveryRecordedScanButNotAfterADryRunOrAFailedOne() {
        undatedEpic(10_000);
        ComplianceScans scans = scans();
        List<ScanReport> heard = new ArrayList<>();
        ViolationDigests digests = digests(50);
        scans.whenRecorded(heard::add);
        scans.whenRecorded(digests::send);

        scans.scanProjects(Set.of(10_000L), "project ALPHA", ScanRun.Trigger.MANUAL, "alice", true);
        results.failRecordingAfter(0);
        ScanReport failed = scans.scanAll(ScanRun.Trigger.SCHEDULED, null);

        assertThat(failed.failed()).isTrue();
        assertThat(heard).isEmpty();
        assertThat(mailer.sent()).isEmpty();

        ScanReport recorded = scans.scanProjects(Set.of(10_000L), "project ALPHA", ScanRun.Trigger.MANUAL, "alice",
                false);

        assertThat(heard).containsExactly(recorded);
        assertThat(mailer.sent()).extracting(OutgoingMail::to).containsExactly("alice@example.com");
    }

    @Test
    void aDigestNamesOnlyIssuesItsLeadMaySeeAndStillCountsThemAll() {
        String secret = unestimatedStory(10_000);
        String open = unestimatedStory(10_000);
        hidden.put("alice", Set.of(secret));

        scanAndNotify();

        assertThat(mailTo("alice@example.com").body())
                .contains("- [minor] Stories are estimated: 2 issues (" + open + ", …)\n")
                .doesNotContain(secret + ",").doesNotContain("(" + secret);
    }
}
