package com.pmosuite.workbench.demo;

import com.pmosuite.facts.StatusCategory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.tracker.IssueTracker;
import com.pmosuite.workbench.tracker.TrackerIssue;
import com.pmosuite.workbench.tracker.TrackerScheme;
import com.pmosuite.workbench.tracker.TrackerScheme.IssueType;
import com.pmosuite.workbench.tracker.TrackerScheme.Status;
import com.pmosuite.workbench.tracker.Worklog;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Generates a large portfolio for {@code --demo-issues N}: epics of 5–40 stories, a third of the stories with 1–4
 * sub-tasks, estimates, story points, start and due dates, statuses over the three categories with resolutions and
 * logged work to match, assignees from each project's people, and a few issues at the Management security level,
 * spread round-robin over the demo projects. Fewer than six issues left over become standalone tasks and bugs.
 *
 * <p>Issues are written in chunks of about {@value #CHUNK} (whole epics only), each chunk one transaction of batched
 * inserts through {@link IssueTracker#bulk}, whose "created" events follow each chunk's commit as one batch.
 * Issues are created in their final state, so no transition or worklog events fire for them. How many issues are
 * done is committed with each chunk, so a start after a crash generates only the rest; the events of a chunk
 * cut short by the crash are lost with its rows, and of a chunk committed just before, the facts' reconcile job
 * (which pages every issue by id) picks them up.
 */
public final class DemoIssueGenerator {
    public static final int MAX_ISSUES = 1_000_000;
    static final int CHUNK = 5_000;
    static final String PROGRESS_COUNTER = "demo-issues-generated";

    private static final String[] VERBS = {"Design", "Build", "Test", "Document", "Migrate", "Review", "Automate",
        "Harden", "Measure", "Simplify"};
    private static final String[] THINGS = {"invoice export", "login flow", "search index", "audit trail",
        "payment retries", "user onboarding", "report scheduler", "data import", "mobile sync", "rate limits",
        "approval workflow", "customer portal", "nightly batch", "notification rules", "access reviews"};
    private static final int[] POINTS = {1, 2, 3, 5, 8, 13};

    private final IssueTracker tracker;
    private final List<WorkbenchProject> projects;
    private final PrintStream progress;

    public DemoIssueGenerator(IssueTracker tracker, List<WorkbenchProject> projects, PrintStream progress) {
        this.tracker = tracker;
        this.projects = List.copyOf(projects);
        this.progress = progress;
    }

    /** Checks the option's value: 1 to 1,000,000. */
    public static int validate(int count) {
        if (count < 1 || count > MAX_ISSUES) {
            throw new IllegalArgumentException("--demo-issues must be between 1 and " + MAX_ISSUES);
        }
        return count;
    }

    /** Generates issues until {@code target} generated issues exist; returns how many this call wrote. */
    public int generate(int target) {
        validate(target);
        long done = tracker.store().read(c -> tracker.store().peek(c, PROGRESS_COUNTER, 0));
        if (done >= target) {
            return 0;
        }
        long started = System.nanoTime();
        Random random = new Random(20261130L + done);
        Instant now = tracker.now();
        int written = 0;
        int projectTurn = (int) (done % projects.size());
        long nextReport = ((done * 10 / target) + 1) * target / 10;
        while (done < target) {
            List<Planned> chunk = new ArrayList<>();
            while (chunk.size() < CHUNK && done + chunk.size() < target) {
                WorkbenchProject project = projects.get(projectTurn++ % projects.size());
                planFamily(chunk, project, (int) (target - done - chunk.size()), random, now);
            }
            int size = chunk.size();
            tracker.bulk(connection -> write(connection, chunk), "admin");
            done += size;
            written += size;
            while (done >= nextReport && nextReport <= target) {
                progress.printf("Generated %,d of %,d issues (%d%%) in %.1f s%n", done, (long) target,
                        done * 100 / target, (System.nanoTime() - started) / 1e9);
                nextReport += Math.max(1, target / 10);
            }
        }
        return written;
    }

    /** An issue before it has an id: its parent and epic are indexes into the chunk. */
    private record Planned(WorkbenchProject project, IssueType type, String summary, Status status, int parent,
                           int epic, Double points, LocalDate start, LocalDate due, Instant created,
                           Instant updated, Instant resolved, Long original, Long remaining, long spent,
                           String assignee, Long securityLevel) {
    }

    private void planFamily(List<Planned> chunk, WorkbenchProject project, int left, Random random, Instant now) {
        List<String> people = List.copyOf(new TreeSet<>(project.roles().keySet()));
        if (left < 6) {
            for (int i = 0; i < left; i++) {
                chunk.add(plan(project, random.nextBoolean() ? TrackerScheme.TASK : TrackerScheme.BUG, -1, -1,
                        null, random, now, people, false));
            }
            return;
        }
        int stories = Math.min(5 + random.nextInt(36), left - 1);
        int subTaskBudget = left - 1 - stories;
        int epicIndex = chunk.size();
        chunk.add(null);
        List<Planned> family = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            boolean secured = random.nextInt(50) == 0;
            Planned story = plan(project, TrackerScheme.STORY, -1, epicIndex, null, random, now, people, secured);
            int storyIndex = chunk.size();
            chunk.add(story);
            family.add(story);
            int subTasks = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 0;
            for (int t = 0; t < subTasks && subTaskBudget > 0; t++, subTaskBudget--) {
                chunk.add(plan(project, TrackerScheme.SUB_TASK, storyIndex, -1, story, random, now, people, secured));
            }
        }
        chunk.set(epicIndex, epic(project, family, random, now, people));
    }

    private Planned plan(WorkbenchProject project, IssueType type, int parent, int epic, Planned parentIssue,
                         Random random, Instant now, List<String> people, boolean secured) {
        Instant created = now.minus(Duration.ofMinutes(60L * 24 * 2 + random.nextInt(60 * 24 * 360)));
        Status status = parentIssue == null ? randomStatus(random) : subTaskStatus(parentIssue.status(), random);
        long original = (type.isSubTask() ? 1 + random.nextInt(16) : 4 + random.nextInt(37)) * 3600L;
        boolean estimated = random.nextInt(10) > 0;
        long spent = switch (status.category()) {
            case TODO -> 0;
            case IN_PROGRESS -> original * (2 + random.nextInt(7)) / 10;
            case DONE -> original * (7 + random.nextInt(8)) / 10;
        };
        Long remaining = !estimated ? null : status.category() == StatusCategory.DONE ? 0L : Math.max(0, original - spent);
        long age = Duration.between(created, now).toMinutes();
        Instant updated = created.plus(Duration.ofMinutes(age > 1 ? random.nextLong(age) : 0));
        Instant resolved = status.category() == StatusCategory.DONE ? updated : null;
        LocalDate start = LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(random.nextInt(15));
        LocalDate due = start.plusDays(7 + random.nextInt(84));
        return new Planned(project, type, summary(random), status, parent, epic,
                type.equals(TrackerScheme.STORY) && random.nextInt(10) > 0
                        ? (double) POINTS[random.nextInt(POINTS.length)] : null,
                start, due, created, updated, resolved, estimated ? original : null, remaining, spent,
                random.nextInt(8) == 0 ? null : people.get(random.nextInt(people.size())),
                secured ? TrackerScheme.MANAGEMENT.id() : null);
    }

    /** An epic is done when its stories are, started when any is, and spans their dates. */
    private Planned epic(WorkbenchProject project, List<Planned> stories, Random random, Instant now,
                         List<String> people) {
        boolean allDone = stories.stream().allMatch(s -> s.status().category() == StatusCategory.DONE);
        boolean anyStarted = stories.stream().anyMatch(s -> s.status().category() != StatusCategory.TODO);
        Status status = allDone ? TrackerScheme.DONE : anyStarted ? TrackerScheme.IN_PROGRESS : TrackerScheme.TO_DO;
        Instant created = stories.stream().map(Planned::created).min(Instant::compareTo).orElse(now);
        Instant updated = stories.stream().map(Planned::updated).max(Instant::compareTo).orElse(now);
        LocalDate start = stories.stream().map(Planned::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate due = stories.stream().map(Planned::due).max(LocalDate::compareTo).orElseThrow();
        return new Planned(project, TrackerScheme.EPIC, "Epic: " + summary(random), status, -1, -1, null, start,
                due, created.minusSeconds(3600), updated, allDone ? updated : null, null, null, 0,
                people.get(random.nextInt(people.size())), null);
    }

    private static Status randomStatus(Random random) {
        int roll = random.nextInt(100);
        return roll < 35 ? TrackerScheme.TO_DO : roll < 55 ? TrackerScheme.IN_PROGRESS
                : roll < 65 ? TrackerScheme.IN_REVIEW : TrackerScheme.DONE;
    }

    private static Status subTaskStatus(Status story, Random random) {
        return switch (story.category()) {
            case TODO -> TrackerScheme.TO_DO;
            case DONE -> TrackerScheme.DONE;
            case IN_PROGRESS -> random.nextBoolean() ? TrackerScheme.DONE : random.nextBoolean()
                    ? TrackerScheme.IN_PROGRESS : TrackerScheme.TO_DO;
        };
    }

    private static String summary(Random random) {
        return VERBS[random.nextInt(VERBS.length)] + " " + THINGS[random.nextInt(THINGS.length)];
    }

    private List<TrackerIssue> write(Connection connection, List<Planned> chunk) throws SQLException {
        long firstId = tracker.reserveIds(connection, chunk.size());
        Map<WorkbenchProject, Integer> perProject = new HashMap<>();
        chunk.forEach(p -> perProject.merge(p.project(), 1, Integer::sum));
        Map<WorkbenchProject, Long> nextNumber = new HashMap<>();
        for (Map.Entry<WorkbenchProject, Integer> entry : perProject.entrySet()) {
            nextNumber.put(entry.getKey(), tracker.reserveNumbers(connection, entry.getKey(), entry.getValue()));
        }
        List<TrackerIssue> issues = new ArrayList<>(chunk.size());
        List<Planned> logged = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            Planned p = chunk.get(i);
            long number = nextNumber.merge(p.project(), 1L, Long::sum) - 1;
            issues.add(new TrackerIssue(firstId + i, p.project().key() + "-" + number, p.project(), number, p.type(),
                    p.summary(), p.status(), p.parent() < 0 ? null : firstId + p.parent(),
                    p.epic() < 0 ? null : firstId + p.epic(), p.points(), p.start(), p.due(), p.created(),
                    p.updated(), p.resolved(), p.original(), p.remaining(), p.spent(), p.assignee(),
                    p.securityLevel()));
            if (p.spent() > 0) {
                logged.add(p);
            }
        }
        tracker.store().insert(connection, issues);
        long firstWorklog = logged.isEmpty() ? 0 : tracker.reserveWorklogIds(connection, logged.size());
        List<Worklog> worklogs = new ArrayList<>(logged.size());
        for (int i = 0, w = 0; i < chunk.size(); i++) {
            Planned p = chunk.get(i);
            if (p.spent() > 0) {
                worklogs.add(new Worklog(firstWorklog + w++, firstId + i,
                        p.assignee() == null ? "admin" : p.assignee(), p.updated(), p.spent(), p.updated()));
            }
        }
        tracker.store().insertWorklogs(connection, worklogs);
        tracker.store().reserve(connection, PROGRESS_COUNTER, chunk.size(), 0);
        return issues;
    }
}
