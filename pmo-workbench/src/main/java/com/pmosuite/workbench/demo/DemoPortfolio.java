package com.pmosuite.workbench.demo;

import com.pmosuite.risk.RiskDraft;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.workbench.host.ProjectRole;
import com.pmosuite.workbench.host.WorkbenchCategory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.http.WorkbenchAccount;
import com.pmosuite.workbench.tracker.IssueDraft;
import com.pmosuite.workbench.tracker.IssueTracker;
import com.pmosuite.workbench.tracker.ProjectDetailsStore;
import com.pmosuite.workbench.tracker.TrackerIssue;
import com.pmosuite.workbench.tracker.TrackerScheme;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * The demo portfolio: users, four projects with epics, stories and sub-tasks, and risk registers. Projects and users
 * stand in for Jira's own data and are the same on every start; issues are written once through the workbench's
 * issue tracker and risks once through the same {@link RiskRegister} the REST API uses (seeded random).
 */
public final class DemoPortfolio {
    private static final long SEED = 20261123L;

    /** The demo users: admin (Jira and PMO admin), pmo (PMO admin), alice (member of some projects), bob (none). */
    public static List<WorkbenchAccount> accounts() {
        return List.of(
                account("admin", "Ada Admin", Set.of("jira-administrators", "jira-software-users", "pmo-admins")),
                account("pmo", "Priya Mehta", Set.of("jira-software-users", "pmo-admins")),
                account("alice", "Alice Anders", Set.of("jira-software-users")),
                account("bob", "Bob Brown", Set.of("jira-software-users")),
                account("carol", "Carol Chen", Set.of("jira-software-users")),
                account("dave", "Dave Diaz", Set.of("jira-software-users")));
    }

    /**
     * The demo users' Jira time zones, by user key: alice works from Auckland, so her "today" runs up to a day
     * ahead of the server's UTC date; the others keep Jira's default.
     */
    public static Map<String, ZoneId> timeZones() {
        return Map.of("alice", ZoneId.of("Pacific/Auckland"));
    }

    private static WorkbenchAccount account(String name, String displayName, Set<String> groups) {
        return new WorkbenchAccount(name, name, displayName, name + "@example.com", name, groups);
    }

    /** The demo's project categories: ALPHA and BETA are "Platform", GAMMA "Customer", DELTA "Data". */
    public static final WorkbenchCategory PLATFORM = new WorkbenchCategory(10100L, "Platform");
    public static final WorkbenchCategory CUSTOMER = new WorkbenchCategory(10101L, "Customer");
    public static final WorkbenchCategory DATA = new WorkbenchCategory(10102L, "Data");

    public static List<WorkbenchProject> projects() {
        return List.of(
                new WorkbenchProject(10000L, "ALPHA", "Apollo Platform", "dave", Map.of(
                        "alice", ProjectRole.MEMBER, "carol", ProjectRole.MEMBER, "dave", ProjectRole.ADMIN),
                        PLATFORM),
                new WorkbenchProject(10001L, "BETA", "Billing Revamp", "carol", Map.of(
                        "alice", ProjectRole.MEMBER, "carol", ProjectRole.ADMIN), PLATFORM),
                new WorkbenchProject(10002L, "GAMMA", "Customer Portal", "dave", Map.of(
                        "alice", ProjectRole.VIEWER, "dave", ProjectRole.ADMIN, "carol", ProjectRole.MEMBER),
                        CUSTOMER),
                new WorkbenchProject(10003L, "DELTA", "Data Warehouse", "carol", Map.of(
                        "carol", ProjectRole.ADMIN, "dave", ProjectRole.MEMBER), DATA));
    }

    private static final String[] EPICS = {"Identity and access", "Payments integration", "Reporting",
        "Mobile experience", "Data migration", "Performance hardening"};
    private static final String[] STORIES = {"Single sign-on for partners", "Export invoices as PDF",
        "Audit trail for approvals", "Offline mode for field staff", "Nightly reconciliation job",
        "Self-service password reset", "Usage dashboard for managers", "Bulk import of customer records",
        "Rate limiting on public API", "Accessibility review of checkout", "Archive inactive accounts",
        "Search by order number"};
    private static final String[] SUBTASKS = {"Write acceptance tests", "Update runbook", "Code review",
        "Load test in staging", "Security review"};

    /**
     * Creates the demo's epics, stories and sub-tasks through the issue tracker (so every one fires Jira's events),
     * unless the tracker already holds issues: keys are numbered per project as in Jira, and are the same on every
     * fresh start (seeded random). Some issues get estimates, story points, dates and logged work; one issue of
     * GAMMA, created last, carries the Management security level, which alice (a viewer there) may not see.
     *
     * @return how many issues it created
     */
    public static int seedIssues(IssueTracker tracker, List<WorkbenchProject> projects) {
        if (tracker.store().count("1 = 1", List.of()) > 0) {
            return 0;
        }
        Random random = new Random(SEED);
        // Details come from a second sequence, so the keys, summaries and statuses stay those of earlier releases.
        Random details = new Random(SEED + 1);
        LocalDate today = LocalDate.ofInstant(tracker.now(), java.time.ZoneOffset.UTC);
        int created = 0;
        for (WorkbenchProject project : projects) {
            for (int e = 0; e < 3; e++) {
                TrackerIssue epic = tracker.create(draft(project, TrackerScheme.EPIC,
                        EPICS[random.nextInt(EPICS.length)], null, null, details, today), ADMIN);
                moveTo(tracker, epic, status(random), details);
                created++;
                for (int s = 0; s < 4; s++) {
                    TrackerIssue story = tracker.create(draft(project, TrackerScheme.STORY,
                            STORIES[random.nextInt(STORIES.length)], null, epic.id(), details, today), ADMIN);
                    moveTo(tracker, story, status(random), details);
                    created++;
                    int subtasks = random.nextInt(3);
                    for (int t = 0; t < subtasks; t++) {
                        TrackerIssue subTask = tracker.create(draft(project, TrackerScheme.SUB_TASK,
                                SUBTASKS[random.nextInt(SUBTASKS.length)], story.id(), null, details, today), ADMIN);
                        moveTo(tracker, subTask, status(random), details);
                        created++;
                    }
                }
            }
        }
        WorkbenchProject gamma = projects.stream().filter(p -> p.key().equals("GAMMA")).findFirst().orElseThrow();
        tracker.create(draft(gamma, TrackerScheme.TASK, "Budget reallocation for next quarter", null, null, details,
                today).withSecurityLevelId(TrackerScheme.MANAGEMENT.id()), ADMIN);
        return created + 1;
    }

    private static final String ADMIN = "admin";

    private static IssueDraft draft(WorkbenchProject project, TrackerScheme.IssueType type, String summary,
                                    Long parentId, Long epicId, Random details, LocalDate today) {
        boolean estimated = !type.equals(TrackerScheme.EPIC) && details.nextInt(4) > 0;
        Long estimate = estimated ? (2L + details.nextInt(30)) * 3600 : null;
        Double points = type.equals(TrackerScheme.STORY) ? (double) FIBONACCI[details.nextInt(FIBONACCI.length)]
                : null;
        // Started within the last six weeks and due four to fourteen weeks after: a few open issues are overdue, as
        // in a project that is slipping a little, rather than half of them.
        LocalDate start = today.minusDays(details.nextInt(42));
        LocalDate due = start.plusDays(28 + details.nextInt(70));
        List<String> people = List.copyOf(new java.util.TreeSet<>(project.roles().keySet()));
        String assignee = details.nextInt(5) == 0 ? null : people.get(details.nextInt(people.size()));
        return new IssueDraft(project, type, summary, parentId, epicId, points, start, due, estimate, estimate,
                assignee, null);
    }

    private static final int[] FIBONACCI = {1, 2, 3, 5, 8, 13};

    private static void moveTo(IssueTracker tracker, TrackerIssue issue, String status, Random details) {
        if (status.equals("To Do")) {
            return;
        }
        tracker.transition(issue.id(), "21", ADMIN);
        if (issue.originalEstimateSeconds() != null) {
            long spent = status.equals("Done") ? issue.originalEstimateSeconds()
                    : Math.max(1800, issue.originalEstimateSeconds() * (1 + details.nextInt(8)) / 10);
            tracker.logWork(issue.id(), spent, null, IssueTracker.EstimateAdjustment.AUTO,
                    issue.assigneeKey() == null ? ADMIN : issue.assigneeKey());
        }
        if (status.equals("Done")) {
            tracker.transition(issue.id(), "31", ADMIN);
        }
    }

    private static String status(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> "To Do";
            case 1 -> "In Progress";
            default -> "Done";
        };
    }

    /**
     * Writes the projects' descriptions and versions unless some exist already, with the gaps a real portfolio has,
     * so the compliance demo finds a few: GAMMA has no description; ALPHA's released "1.1" has no release date;
     * BETA's "R2" started weeks ago without a release date; DELTA's archived "Pilot" has none either (archived
     * versions are not checked). Dates are placed around {@code today}.
     *
     * @return how many versions it wrote
     */
    public static int seedProjectDetails(ProjectDetailsStore details, List<WorkbenchProject> projects,
                                         LocalDate today) {
        if (!details.isEmpty()) {
            return 0;
        }
        Map<String, String> descriptions = Map.of(
                "ALPHA", "The shared platform services: identity, payments and the API gateway.",
                "BETA", "Replaces the billing engine and moves invoicing to the new platform.",
                "DELTA", "Nightly loads from every product into the reporting warehouse.");
        int versions = 0;
        for (WorkbenchProject project : projects) {
            details.describe(project.id(), descriptions.get(project.key()));
            List<DemoVersion> planned = switch (project.key()) {
                case "ALPHA" -> List.of(
                        new DemoVersion("1.0", true, false, today.minusWeeks(20), today.minusWeeks(12)),
                        new DemoVersion("1.1", true, false, today.minusWeeks(12), null),
                        new DemoVersion("2.0", false, false, today.minusWeeks(4), today.plusWeeks(10)));
                case "BETA" -> List.of(
                        new DemoVersion("R1", true, false, today.minusWeeks(16), today.minusWeeks(6)),
                        new DemoVersion("R2", false, false, today.minusWeeks(5), null));
                case "GAMMA" -> List.of(
                        new DemoVersion("Portal MVP", true, false, today.minusWeeks(14), today.minusWeeks(3)),
                        new DemoVersion("Portal 1.1", false, false, today.plusWeeks(2), today.plusWeeks(12)));
                case "DELTA" -> List.of(
                        new DemoVersion("Pilot", true, true, today.minusWeeks(30), null),
                        new DemoVersion("Q1 load", true, false, today.minusWeeks(10), today.minusWeeks(2)),
                        new DemoVersion("Q2 load", false, false, null, today.plusWeeks(11)));
                default -> List.of();
            };
            for (DemoVersion version : planned) {
                details.addVersion(project.id(), version.name(), version.released(), version.archived(),
                        version.start(), version.release());
                versions++;
            }
        }
        return versions;
    }

    private record DemoVersion(String name, boolean released, boolean archived, LocalDate start, LocalDate release) {
    }

    private record RiskIdea(String title, String category, String kind, String cause, String effect,
                            String strategy, String plan) {
    }

    private static final List<RiskIdea> IDEAS = List.of(
            new RiskIdea("Key vendor API may change without notice", "Technical", "threat",
                    "The payment provider publishes breaking changes with short notice",
                    "Checkout fails for some customers", "mitigate", "Contract test suite against the sandbox"),
            new RiskIdea("Senior engineers leave during the release", "People", "threat",
                    "Market demand for our skills is high", "Velocity drops and knowledge is lost", "mitigate",
                    "Pair on critical modules; document decisions"),
            new RiskIdea("Data migration takes longer than the cut-over window", "Schedule", "threat",
                    "Legacy data quality is unknown", "Go-live slips by a weekend", "avoid",
                    "Rehearse the migration twice on production copies"),
            new RiskIdea("Regulator issues new data residency rules", "Compliance", "threat",
                    "Draft regulation is under consultation", "Hosting must move region", "escalate",
                    "Raise with the portfolio board"),
            new RiskIdea("Cloud costs exceed the budget", "Cost", "threat",
                    "Usage grows faster than forecast", "Operating budget overrun", "transfer",
                    "Negotiate a committed-use discount"),
            new RiskIdea("Security penetration test finds critical issues late", "Security", "threat",
                    "Test is scheduled after feature freeze", "Release blocked", "mitigate",
                    "Move a first test to the middle of the project"),
            new RiskIdea("Reuse the design system of the mobile team", "Technical", "opportunity",
                    "Mobile team finished a compatible component library", "Saves two sprints of UI work",
                    "exploit", "Agree ownership and versioning with the mobile team"),
            new RiskIdea("Partner offers to co-fund the reporting module", "Commercial", "opportunity",
                    "Partner needs the same reports", "Lower cost and earlier delivery", "share",
                    "Draft a joint development agreement"),
            new RiskIdea("Hardware delivery delayed by supplier", "Supply", "threat",
                    "Supplier backlog", "Test environment not ready", "accept", null),
            new RiskIdea("Stakeholders disagree on scope of phase two", "Governance", "threat",
                    "Two sponsors with different goals", "Rework and delays", "escalate",
                    "Steering committee decision by month end"),
            new RiskIdea("Automation cuts regression testing time", "Quality", "opportunity",
                    "New test framework is proving stable", "Faster releases", "enhance",
                    "Invest one sprint in test automation"),
            new RiskIdea("Single database administrator", "People", "threat",
                    "Only one person knows the warehouse schema", "Outage during absence", "mitigate",
                    "Cross-train a second DBA"));

    /**
     * Writes the demo risk registers unless risks already exist: restarting with {@code --demo} on the same data
     * directory never duplicates them, and never touches risks people created.
     */
    public static int seedRisks(RiskRegister register, List<WorkbenchProject> projects,
                                Function<WorkbenchProject, List<TrackerIssue>> issuesOf) {
        boolean seeded = projects.stream().anyMatch(p -> !register.all(p.key()).isEmpty());
        if (seeded) {
            return 0;
        }
        Random random = new Random(SEED);
        LocalDate today = register.today();
        String[] owners = {"alice", "carol", "dave", "pmo"};
        String[] statuses = {"open", "open", "responding", "monitoring", "monitoring", "occurred", "closed"};
        int created = 0;
        int[] counts = {12, 8, 6, 5};
        for (int p = 0; p < projects.size(); p++) {
            WorkbenchProject project = projects.get(p);
            // Risks link the project's stories and sub-tasks that everyone in the project may see.
            List<TrackerIssue> stories = issuesOf.apply(project).stream()
                    .filter(i -> !i.type().equals(TrackerScheme.EPIC) && i.securityLevelId() == null).toList();
            for (int r = 0; r < counts[p % counts.length]; r++) {
                RiskIdea idea = IDEAS.get((r + p * 3) % IDEAS.size());
                int probability = 1 + random.nextInt(5);
                int impact = 1 + random.nextInt(5);
                boolean residual = random.nextBoolean();
                String status = statuses[random.nextInt(statuses.length)];
                LocalDate lastReview = today.minusDays(5 + random.nextInt(40));
                LocalDate nextReview = lastReview.plusDays(14 + random.nextInt(30));
                List<String> links = random.nextInt(3) == 0 ? List.of()
                        : List.of(stories.get(random.nextInt(stories.size())).key());
                RiskDraft draft = new RiskDraft(idea.title(), "Identified in the " + project.name()
                        + " risk workshop.", idea.category(), idea.cause(), idea.effect(), idea.kind(), probability,
                        impact, owners[random.nextInt(owners.length)], status, idea.strategy(), idea.plan(),
                        random.nextBoolean() ? "Fall back to the previous release" : null,
                        "Weekly status shows amber for two weeks", today.plusDays(random.nextInt(120)).toString(),
                        lastReview.toString(), nextReview.toString(),
                        residual ? Math.max(1, probability - 1 - random.nextInt(2)) : null,
                        residual ? Math.max(1, impact - random.nextInt(2)) : null,
                        String.valueOf((1 + random.nextInt(40)) * 5_000), links);
                register.create(project.key(), draft, "pmo");
                created++;
            }
        }
        return created;
    }

    private DemoPortfolio() {
    }
}
