package com.pmosuite.rollup.trend;

import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.IssueFactStore;
import com.pmosuite.rollup.FactSums;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Snapshots for past days that the daily job did not record, derived from what the issue facts say of the past:
 * an issue counts from the day it was created and is done from the day it was resolved (in the server zone), with
 * its current story points. Logged and remaining time and actual cost on a past day are not known, so the rows are
 * marked {@link DailySnapshot.Source#BACKFILLED} and trends show no AC or CPI for those days. Issues deleted since, later
 * re-estimates and reopenings are not known either. Days that already have a row of the project are left alone.
 */
public final class SnapshotBackfill {
    private static final int PAGE = 500;

    private final IssueFactStore facts;
    private final SnapshotStore store;
    private final ZoneId zone;

    public SnapshotBackfill(IssueFactStore facts, SnapshotStore store, ZoneId zone) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.store = Objects.requireNonNull(store, "store");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Fills the days from {@code from} to {@code to} (both included) without a row of a project; returns rows written. */
    public int backfill(Set<Long> projectIds, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || to.toEpochDay() - from.toEpochDay() >= Trends.MAX_DAYS) {
            throw new IllegalArgumentException("backfill covers 1 to " + Trends.MAX_DAYS + " days");
        }
        Set<String> recorded = new HashSet<>();
        for (DailySnapshot row : store.range(projectIds, from, to)) {
            recorded.add(row.day() + ":" + row.projectId());
        }
        Map<Long, List<IssueFact>> byProject = new HashMap<>();
        long after = 0;
        List<IssueFact> page;
        do {
            page = facts.page(projectIds, after, PAGE);
            for (IssueFact fact : page) {
                byProject.computeIfAbsent(fact.projectId(), id -> new ArrayList<>()).add(fact);
                after = Math.max(after, fact.issueId());
            }
        } while (page.size() == PAGE);
        int written = 0;
        for (long projectId : projectIds) {
            List<IssueFact> issues = byProject.getOrDefault(projectId, List.of());
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (recorded.contains(day + ":" + projectId)) {
                    continue;
                }
                List<DailySnapshot> rows = rowsOf(issues, projectId, day);
                store.put(day, projectId, rows);
                written += rows.size();
            }
        }
        return written;
    }

    private List<DailySnapshot> rowsOf(List<IssueFact> issues, long projectId, LocalDate day) {
        Map<Long, FactSums> byLevel = new TreeMap<>();
        for (IssueFact issue : issues) {
            if (LocalDate.ofInstant(issue.created(), zone).isAfter(day)) {
                continue;
            }
            boolean done = issue.isDone() && issue.resolved() != null
                    && !LocalDate.ofInstant(issue.resolved(), zone).isAfter(day);
            // Points of standard issues only, as the engine counts them.
            double points = issue.hierarchyLevel() == IssueFact.STANDARD && issue.storyPoints() != null
                    && Double.isFinite(issue.storyPoints()) ? issue.storyPoints() : 0;
            FactSums one = new FactSums(done ? 1 : 0, 1, done ? points : 0, points, 0, 0, null);
            long level = issue.securityLevelId() == null ? DailySnapshot.NO_LEVEL : issue.securityLevelId();
            byLevel.merge(level, one, FactSums::plus);
        }
        if (byLevel.isEmpty()) {
            return List.of(new DailySnapshot(day, projectId, DailySnapshot.NO_LEVEL, FactSums.NONE, DailySnapshot.Source.BACKFILLED));
        }
        List<DailySnapshot> rows = new ArrayList<>();
        byLevel.forEach((level, sums) -> rows.add(new DailySnapshot(day, projectId, level, sums, DailySnapshot.Source.BACKFILLED)));
        return rows;
    }
}
