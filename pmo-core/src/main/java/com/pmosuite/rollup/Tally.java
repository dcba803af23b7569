package com.pmosuite.rollup;

import com.pmosuite.facts.IssueFact;

/**
 * The sums of one node, added one fact row at a time. The rules against double counting live here, once, for every
 * level: each row is added once to each node above it, and each row brings only its own figures.
 */
final class Tally {
    long todo;
    long inProgress;
    long done;
    /** Points of standard issues only: an epic's own field repeats its stories', a sub-task's is part of its parent's. */
    double points;
    double donePoints;
    /** Each issue's own estimates and logged time: Jira's own fields exclude sub-tasks, so a parent and its sub-tasks add up once. */
    long originalSeconds;
    long remainingSeconds;
    long spentSeconds;
    long costCents;
    boolean anyCost;
    int earliestStart = Integer.MAX_VALUE;
    int latestDue = Integer.MIN_VALUE;
    long overdue;
    /** Open issues below epics: what the forecast counts as work left. */
    long openWork;
    /** Issues below epics resolved in the throughput window. */
    long recentlyResolved;
    int latestResolved = Integer.MIN_VALUE;

    void add(FactTable t, int row, int today, int windowStart) {
        byte status = t.status[row];
        boolean isDone = status == FactTable.DONE;
        if (isDone) {
            done++;
        } else if (status == FactTable.IN_PROGRESS) {
            inProgress++;
        } else {
            todo++;
        }
        int level = t.level[row];
        float p = t.points[row];
        if (level == IssueFact.STANDARD) {
            points += p;
            if (isDone) {
                donePoints += p;
            }
        }
        originalSeconds += t.originalSeconds[row];
        remainingSeconds += t.remainingSeconds[row];
        spentSeconds += t.spentSeconds[row];
        if (t.hasCost != null && t.hasCost[row]) {
            costCents += t.costCents[row];
            anyCost = true;
        }
        int start = t.startDay[row];
        if (start < earliestStart) {
            earliestStart = start;
        }
        int due = t.dueDay[row];
        if (due != FactTable.NO_DAY) {
            if (due > latestDue) {
                latestDue = due;
            }
            if (!isDone && due < today) {
                overdue++;
            }
        }
        if (level < IssueFact.EPIC) {
            if (!isDone) {
                openWork++;
            } else {
                int resolved = t.resolvedDay[row];
                if (resolved != FactTable.NO_DAY) {
                    if (resolved >= windowStart && resolved <= today) {
                        recentlyResolved++;
                    }
                    if (resolved > latestResolved) {
                        latestResolved = resolved;
                    }
                }
            }
        }
    }

    void add(Tally other) {
        todo += other.todo;
        inProgress += other.inProgress;
        done += other.done;
        points += other.points;
        donePoints += other.donePoints;
        originalSeconds += other.originalSeconds;
        remainingSeconds += other.remainingSeconds;
        spentSeconds += other.spentSeconds;
        costCents += other.costCents;
        anyCost |= other.anyCost;
        earliestStart = Math.min(earliestStart, other.earliestStart);
        latestDue = Math.max(latestDue, other.latestDue);
        overdue += other.overdue;
        openWork += other.openWork;
        recentlyResolved += other.recentlyResolved;
        latestResolved = Math.max(latestResolved, other.latestResolved);
    }

    long total() {
        return todo + inProgress + done;
    }
}
