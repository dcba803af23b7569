package com.pmosuite.workbench.demo;

import com.pmosuite.plugin.facts.wiring.FactsModule;
import com.pmosuite.plugin.trend.wiring.TrendModule;
import com.pmosuite.rollup.FactSums;
import com.pmosuite.rollup.trend.DailySnapshot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A history for the demo portfolio's trend charts, so the workbench shows an S-curve and a burn-up at once. The demo
 * issues are all created (and resolved) on the day of the seed, so nothing of their past can be derived from their
 * dates: the days before today are made up, ramping each project's sums from a quarter of today's scope to today's
 * figures, and stored as {@link DailySnapshot.Source#DEMO}, which every trend labels ("demo data, not
 * measurements"). Today's row is the daily job's own, measured from the facts. Days that have rows are left alone,
 * so a restart with {@code --demo} changes nothing.
 */
public final class DemoTrend {
    /** Eight weeks before today. */
    static final int DAYS = 56;

    private DemoTrend() {
    }

    /** Loads the facts, records today and makes up the days before; returns how many rows were made up. */
    public static int seed(FactsModule facts, TrendModule trends) {
        // The demo issues were written before any listener could hear of them: the facts' own walk reads them in.
        facts.facts().reconcile();
        trends.snapshotJob().run();
        LocalDate today = trends.today();
        Set<Long> projects = trends.portfolios().trackedProjectIds();
        Set<String> taken = new HashSet<>();
        for (DailySnapshot row : trends.store().range(projects, today.minusDays(DAYS), today.minusDays(1))) {
            taken.add(row.day() + ":" + row.projectId());
        }
        int written = 0;
        for (DailySnapshot now : trends.store().range(projects, today, today)) {
            Random wiggle = new Random(now.projectId() * 31 + now.securityLevelId());
            for (int back = DAYS; back >= 1; back--) {
                LocalDate day = today.minusDays(back);
                if (taken.contains(day + ":" + now.projectId())) {
                    continue;
                }
                double progress = Math.pow((double) (DAYS - back) / DAYS, 1.4) * (0.9 + 0.2 * wiggle.nextDouble());
                double scope = 0.25 + 0.75 * (DAYS - back) / DAYS;
                List<DailySnapshot> rows = new ArrayList<>(trends.store().range(Set.of(now.projectId()), day, day));
                rows.add(new DailySnapshot(day, now.projectId(), now.securityLevelId(),
                        madeUp(now.sums(), Math.min(1, progress), scope), DailySnapshot.Source.DEMO));
                trends.store().put(day, now.projectId(), rows);
                written++;
            }
        }
        return written;
    }

    private static FactSums madeUp(FactSums today, double progress, double scope) {
        long total = Math.max(Math.round(today.total() * scope), 0);
        long done = Math.min(Math.round(today.done() * progress), total);
        double points = round(today.points() * scope);
        double donePoints = Math.min(round(today.donePoints() * progress), points);
        long spent = Math.round(today.spentSeconds() * progress);
        long remaining = Math.round(today.remainingSeconds() * scope);
        BigDecimal cost = today.actualCost() == null ? null
                : today.actualCost().multiply(BigDecimal.valueOf(progress)).setScale(2, RoundingMode.HALF_UP);
        return new FactSums(done, total, donePoints, points, spent, remaining, cost);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
