package com.pmosuite.bench;

import com.pmosuite.evm.EarnedValue;
import com.pmosuite.evm.PlannedValue;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.StatusCategory;
import com.pmosuite.rollup.RollupScope;
import com.pmosuite.rollup.Visibility;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * The baseline the engine is measured against: what one would write without it, Java streams with
 * {@code groupingBy} over {@link IssueFact} objects, computing the same project figures (counts, points, estimates,
 * dates, overdue, throughput, earned value) and the portfolio's sums.
 */
final class StreamRollup {

    /** One project's sums, as the engine's tally keeps them. */
    static final class Figures {
        long todo;
        long inProgress;
        long done;
        double points;
        double donePoints;
        long original;
        long remaining;
        long spent;
        LocalDate earliestStart;
        LocalDate latestDue;
        long overdue;
        long openWork;
        long recentlyResolved;
        EarnedValue earnedValue;

        Figures merge(Figures o) {
            todo += o.todo;
            inProgress += o.inProgress;
            done += o.done;
            points += o.points;
            donePoints += o.donePoints;
            original += o.original;
            remaining += o.remaining;
            spent += o.spent;
            overdue += o.overdue;
            openWork += o.openWork;
            recentlyResolved += o.recentlyResolved;
            earliestStart = min(earliestStart, o.earliestStart);
            latestDue = max(latestDue, o.latestDue);
            return this;
        }
    }

    static Map<Long, Figures> rollup(List<IssueFact> facts, RollupScope portfolio, Visibility visibility,
                                     LocalDate today) {
        Map<Long, RollupScope> projects = new HashMap<>();
        collect(portfolio, projects);
        LocalDate windowStart = today.minusDays(27);
        Collector<IssueFact, Figures, Figures> figures = Collector.of(Figures::new, (f, issue) -> {
            boolean done = issue.statusCategory() == StatusCategory.DONE;
            switch (issue.statusCategory()) {
                case DONE -> f.done++;
                case IN_PROGRESS -> f.inProgress++;
                case TODO -> f.todo++;
            }
            if (issue.hierarchyLevel() == IssueFact.STANDARD && issue.storyPoints() != null) {
                f.points += issue.storyPoints();
                if (done) {
                    f.donePoints += issue.storyPoints();
                }
            }
            f.original += value(issue.originalEstimateSeconds());
            f.remaining += value(issue.remainingEstimateSeconds());
            f.spent += value(issue.timeSpentSeconds());
            f.earliestStart = min(f.earliestStart, issue.start());
            f.latestDue = max(f.latestDue, issue.due());
            if (!done && issue.due() != null && issue.due().isBefore(today)) {
                f.overdue++;
            }
            if (issue.hierarchyLevel() < IssueFact.EPIC) {
                if (!done) {
                    f.openWork++;
                } else if (issue.resolved() != null) {
                    LocalDate resolved = LocalDate.ofInstant(issue.resolved(), ZoneOffset.UTC);
                    if (!resolved.isBefore(windowStart) && !resolved.isAfter(today)) {
                        f.recentlyResolved++;
                    }
                }
            }
        }, Figures::merge);
        Map<Long, Figures> byProject = facts.stream()
                .filter(f -> projects.containsKey(f.projectId()) && visibility.projectVisible(f.projectId()))
                .filter(f -> f.securityLevelId() == null || visibility.levelVisible(f.projectId(), f.securityLevelId()))
                .collect(Collectors.groupingBy(IssueFact::projectId, figures));
        BigDecimal bac = BigDecimal.ZERO;
        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal ev = BigDecimal.ZERO;
        BigDecimal ac = BigDecimal.ZERO;
        for (Map.Entry<Long, Figures> entry : byProject.entrySet()) {
            RollupScope project = projects.get(entry.getKey());
            Figures f = entry.getValue();
            BigDecimal projectPv = PlannedValue.linear(project.plan().budgetAtCompletion(),
                    project.plan().baselineStart(), project.plan().baselineFinish(), today).orElseThrow();
            BigDecimal share = f.points > 0 ? BigDecimal.valueOf(f.donePoints / f.points)
                    : BigDecimal.valueOf((double) f.done / (f.todo + f.inProgress + f.done));
            BigDecimal projectEv = project.plan().budgetAtCompletion().multiply(share, MathContext.DECIMAL128);
            BigDecimal projectAc = BigDecimal.valueOf(f.spent).multiply(project.plan().costRatePerHour())
                    .divide(BigDecimal.valueOf(3600), MathContext.DECIMAL128);
            f.earnedValue = EarnedValue.of(project.plan().budgetAtCompletion(), projectPv, projectEv, projectAc);
            bac = bac.add(project.plan().budgetAtCompletion());
            pv = pv.add(projectPv);
            ev = ev.add(projectEv);
            ac = ac.add(projectAc);
        }
        Figures total = byProject.values().stream().reduce(new Figures(), (a, b) -> new Figures().merge(a).merge(b));
        total.earnedValue = EarnedValue.of(bac, pv, ev, ac);
        byProject.put(0L, total);
        return byProject;
    }

    private static void collect(RollupScope scope, Map<Long, RollupScope> into) {
        if (scope.level() == RollupScope.Level.PROJECT) {
            into.put(scope.projectId(), scope);
        }
        scope.children().forEach(child -> collect(child, into));
    }

    private static long value(Long seconds) {
        return seconds == null ? 0 : seconds;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
