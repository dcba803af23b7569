package com.pmosuite.bench;

import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.StatusCategory;
import com.pmosuite.rollup.ProjectPlan;
import com.pmosuite.rollup.RagThresholds;
import com.pmosuite.rollup.RiskExposure;
import com.pmosuite.rollup.RollupScope;
import com.pmosuite.rollup.Visibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated portfolio of realistic shape: 50 projects in 5 programs; per project initiatives over 10 epics, epics
 * of 5–40 stories, 0–3 sub-tasks per story, a tenth of stories outside any epic; points, estimates, logged work, due
 * dates, statuses and resolutions; a few issues under security levels, one of which the reader may not see.
 */
final class SyntheticPortfolio {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final int PROJECTS = 50;
    static final int PROGRAMS = 5;
    static final long FIRST_PROJECT = 10_001;
    static final long HIDDEN_LEVEL = 7;
    static final long VISIBLE_LEVEL = 8;
    private static final double[] POINTS = {1, 2, 3, 5, 8, 13};
    private static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");

    final List<IssueFact> facts;
    final RollupScope scope;
    final Map<Long, RiskExposure> risks = new HashMap<>();
    /** The reader sees every project but one, and every level but {@link #HIDDEN_LEVEL}. */
    final Visibility visibility = new Visibility() {
        @Override
        public boolean projectVisible(long projectId) {
            return projectId != FIRST_PROJECT + PROJECTS - 1;
        }

        @Override
        public boolean levelVisible(long projectId, long securityLevelId) {
            return securityLevelId != HIDDEN_LEVEL;
        }
    };

    private final Random random;
    private long nextId = 100_000;

    SyntheticPortfolio(int size, long seed) {
        random = new Random(seed);
        facts = new ArrayList<>(size + 100);
        // Round-robin an epic at a time, so issue ids interleave across projects as they do in Jira.
        while (facts.size() < size) {
            for (int p = 0; p < PROJECTS && facts.size() < size; p++) {
                epicWithStories(FIRST_PROJECT + p);
            }
        }
        // Parents come before their children, so cutting the tail leaves no dangling parent.
        facts.subList(size, facts.size()).clear();
        List<RollupScope> programs = new ArrayList<>();
        for (int g = 0; g < PROGRAMS; g++) {
            List<RollupScope> projects = new ArrayList<>();
            for (int p = g * (PROJECTS / PROGRAMS); p < (g + 1) * (PROJECTS / PROGRAMS); p++) {
                long projectId = FIRST_PROJECT + p;
                ProjectPlan plan = new ProjectPlan(BigDecimal.valueOf(250_000L + 10_000L * p), "EUR",
                        LocalDate.of(2026, 1, 5), LocalDate.of(2027, 3, 31), BigDecimal.valueOf(95));
                projects.add(RollupScope.project("P" + p, "Project " + p, projectId, plan, RagThresholds.DEFAULTS));
                risks.put(projectId, new RiskExposure(BigDecimal.valueOf(1000L * p), BigDecimal.valueOf(100L * p)));
            }
            programs.add(new RollupScope("program-" + g, "Program " + g, RollupScope.Level.PROGRAM, 0,
                    ProjectPlan.NONE, RagThresholds.DEFAULTS, projects));
        }
        scope = new RollupScope("portfolio-1", "Portfolio", RollupScope.Level.PORTFOLIO, 0, ProjectPlan.NONE,
                RagThresholds.DEFAULTS, programs);
    }

    private void epicWithStories(long projectId) {
        Long initiative = null;
        if (random.nextInt(10) == 0) {
            initiative = add(projectId, 2, null, null, false);
        }
        boolean withoutEpic = random.nextInt(10) == 0;
        Long epic = withoutEpic ? null : add(projectId, IssueFact.EPIC, initiative, null, false);
        int stories = 5 + random.nextInt(36);
        for (int s = 0; s < stories; s++) {
            long story = add(projectId, IssueFact.STANDARD, epic, epic, random.nextInt(100) < 85);
            int subTasks = random.nextInt(4);
            for (int t = 0; t < subTasks; t++) {
                add(projectId, IssueFact.SUB_TASK, story, epic, false);
            }
        }
    }

    private long add(long projectId, int level, Long parent, Long epic, boolean pointed) {
        long id = nextId++;
        int roll = random.nextInt(100);
        StatusCategory status = roll < 45 ? StatusCategory.DONE : roll < 65 ? StatusCategory.IN_PROGRESS
                : StatusCategory.TODO;
        Instant resolved = status == StatusCategory.DONE
                ? TODAY.minusDays(random.nextInt(180)).atTime(16, 0).toInstant(ZoneOffset.UTC) : null;
        long original = (level == IssueFact.SUB_TASK ? 1 + random.nextInt(16) : 4 + random.nextInt(37)) * 3600L;
        long spent = status == StatusCategory.DONE ? original * (70 + random.nextInt(70)) / 100
                : status == StatusCategory.IN_PROGRESS ? original * random.nextInt(90) / 100 : 0;
        long remaining = status == StatusCategory.DONE ? 0 : Math.max(0, original - spent);
        LocalDate due = random.nextInt(10) < 7 ? TODAY.plusDays(random.nextInt(180) - 60) : null;
        LocalDate start = level >= IssueFact.STANDARD && random.nextBoolean()
                ? TODAY.minusDays(random.nextInt(300)) : null;
        Double points = pointed ? Double.valueOf(POINTS[random.nextInt(POINTS.length)])
                : level == IssueFact.EPIC && random.nextInt(10) < 3 ? 40.0 : null;
        int security = random.nextInt(100);
        Long securityLevel = security < 5 ? Long.valueOf(HIDDEN_LEVEL) : security < 8 ? VISIBLE_LEVEL : null;
        facts.add(new IssueFact(id, projectId, "1000" + (level + 1), level, parent,
                level == IssueFact.EPIC || level > IssueFact.EPIC ? null : epic, status, CREATED, resolved, start, due,
                points, original, remaining, spent, null, random.nextInt(4) == 0 ? null : "user" + random.nextInt(40),
                securityLevel, CREATED));
        return id;
    }
}
