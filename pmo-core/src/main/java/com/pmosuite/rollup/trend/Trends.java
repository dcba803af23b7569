package com.pmosuite.rollup.trend;

import com.pmosuite.rollup.EvBasis;
import com.pmosuite.rollup.FactSums;
import com.pmosuite.rollup.ProjectPlan;
import com.pmosuite.rollup.RollupNode;
import com.pmosuite.rollup.RollupScope;
import com.pmosuite.rollup.SummedEarnedValue;
import com.pmosuite.rollup.Visibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The read side of the daily snapshots: a node's trend for one reader, summed per day over the projects and
 * security levels that reader may see, with each project's plan applied and the indices computed from the day's
 * sums (never averaged), by the rollup's rules ({@link SummedEarnedValue}).
 */
public final class Trends {
    /** The longest range one trend covers: ten years of days. */
    public static final int MAX_DAYS = 3660;
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final SnapshotStore store;

    public Trends(SnapshotStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The trend of a portfolio, program or project scope from {@code from} to {@code to} (both included) as this
     * reader sees it: projects they may not browse are left out and counted, and of the others only the issues
     * without a security level or at a level they may see count.
     */
    public Trend of(RollupScope scope, Visibility visibility, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("a trend covers 1 to " + MAX_DAYS + " days: " + from + " to " + to);
        }
        Map<Long, ProjectPlan> plans = new LinkedHashMap<>();
        collectPlans(scope, plans);
        Map<Long, ProjectPlan> visible = new LinkedHashMap<>();
        plans.forEach((id, plan) -> {
            if (visibility.projectVisible(id)) {
                visible.put(id, plan);
            }
        });
        int hidden = plans.size() - visible.size();

        Map<Long, Map<Long, Boolean>> levelSeen = new HashMap<>();
        TreeMap<LocalDate, Map<Long, FactSums>> days = new TreeMap<>();
        Set<LocalDate> backfilled = new HashSet<>();
        Set<LocalDate> demo = new HashSet<>();
        for (DailySnapshot row : store.range(visible.keySet(), from, to)) {
            if (!visible.containsKey(row.projectId()) || !levelVisible(visibility, row, levelSeen)) {
                continue;
            }
            if (row.source() == DailySnapshot.Source.BACKFILLED) {
                backfilled.add(row.day());
            } else if (row.source() == DailySnapshot.Source.DEMO) {
                demo.add(row.day());
            }
            days.computeIfAbsent(row.day(), d -> new LinkedHashMap<>())
                    .merge(row.projectId(), row.sums(), FactSums::plus);
        }

        Map<Long, FactSums> latest = new LinkedHashMap<>();
        visible.keySet().forEach(id -> latest.put(id, FactSums.NONE));
        days.values().forEach(latest::putAll);
        RollupNode.Evm summary = SummedEarnedValue.of(planned(visible, latest), to);
        Trend.ScopeUnit unit = unitOf(summary.basis());

        List<Trend.Point> points = new ArrayList<>();
        int incomplete = 0;
        for (Map.Entry<LocalDate, Map<Long, FactSums>> day : days.entrySet()) {
            Map<Long, FactSums> sums = day.getValue();
            if (sums.size() < visible.size()) {
                incomplete++;
            }
            RollupNode.Evm evm = SummedEarnedValue.of(planned(visible, sums), day.getKey());
            FactSums total = sums.values().stream().reduce(FactSums.NONE, FactSums::plus);
            if (backfilled.contains(day.getKey())) {
                // Time and cost of a past day are not known: no AC, no CPI, and no EV where EV is measured on time.
                boolean evKnown = unit != Trend.ScopeUnit.HOURS;
                points.add(new Trend.Point(day.getKey(), evm.pv(), evKnown ? evm.ev() : Optional.empty(),
                        Optional.empty(), done(unit, total), scope(unit, total),
                        evKnown ? evm.spi() : Optional.empty(), Optional.empty(), DailySnapshot.Source.BACKFILLED));
            } else {
                points.add(new Trend.Point(day.getKey(), evm.pv(), evm.ev(), evm.ac(), done(unit, total),
                        scope(unit, total), evm.spi(), evm.cpi(), demo.contains(day.getKey())
                        ? DailySnapshot.Source.DEMO : DailySnapshot.Source.RECORDED));
            }
        }
        List<String> notes = new ArrayList<>(summary.notes());
        if (!backfilled.isEmpty()) {
            notes.add("days filled in afterwards from the issues' created and resolved dates (AC and CPI not known): "
                    + backfilled.size() + " of " + days.size());
        }
        if (!demo.isEmpty()) {
            notes.add("days of demo data made up by the workbench's --demo, not measurements: " + demo.size() + " of "
                    + days.size());
        }
        if (incomplete > 0) {
            notes.add("days without a snapshot of some project (they sum the projects that have one): " + incomplete
                    + " of " + days.size());
        }
        return new Trend(summary.currency(), unit, summary.bac(), points, hidden, notes);
    }

    private static boolean levelVisible(Visibility visibility, DailySnapshot row, Map<Long, Map<Long, Boolean>> seen) {
        if (row.securityLevelId() == DailySnapshot.NO_LEVEL) {
            return true;
        }
        // Asked once per project and level, not per day: a permission lookup per row would cost a year's range dearly.
        return seen.computeIfAbsent(row.projectId(), p -> new HashMap<>())
                .computeIfAbsent(row.securityLevelId(), level -> visibility.levelVisible(row.projectId(), level));
    }

    private static List<SummedEarnedValue.Project> planned(Map<Long, ProjectPlan> plans, Map<Long, FactSums> sums) {
        List<SummedEarnedValue.Project> projects = new ArrayList<>();
        sums.forEach((id, s) -> projects.add(new SummedEarnedValue.Project(plans.get(id), s)));
        return projects;
    }

    /** The burn-up counts what earned value is measured on: points, else hours, else issues (also when bases mix). */
    private static Trend.ScopeUnit unitOf(EvBasis basis) {
        return switch (basis) {
            case POINTS -> Trend.ScopeUnit.POINTS;
            case TIME -> Trend.ScopeUnit.HOURS;
            case COUNT, NONE, MIXED -> Trend.ScopeUnit.ISSUES;
        };
    }

    private static BigDecimal done(Trend.ScopeUnit unit, FactSums sums) {
        return switch (unit) {
            case POINTS -> points(sums.donePoints());
            case HOURS -> hours(sums.spentSeconds());
            case ISSUES -> BigDecimal.valueOf(sums.done());
        };
    }

    private static BigDecimal scope(Trend.ScopeUnit unit, FactSums sums) {
        return switch (unit) {
            case POINTS -> points(sums.points());
            case HOURS -> hours(sums.spentSeconds() + sums.remainingSeconds());
            case ISSUES -> BigDecimal.valueOf(sums.total());
        };
    }

    private static BigDecimal points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    private static void collectPlans(RollupScope scope, Map<Long, ProjectPlan> into) {
        if (scope.level() == RollupScope.Level.PROJECT) {
            into.putIfAbsent(scope.projectId(), scope.plan());
        }
        for (RollupScope child : scope.children()) {
            collectPlans(child, into);
        }
    }
}
