package com.pmosuite.rollup;

import com.pmosuite.facts.IssueFact;

import java.util.Arrays;

/**
 * One pass over every fact row, summing into primitive arrays per bucket: the hot loop of a rollup. It applies the
 * same rules as {@link Tally#add(FactTable, int, int, int)} (which the issue levels use), written out with the columns
 * in locals so the loop neither calls nor re-reads fields per row; {@code RollupConsistencyTest} holds the two equal.
 */
final class BucketScan {

    private BucketScan() {
    }

    static Tally[] scan(FactTable t, int today, int windowStart) {
        int buckets = t.bucketCount;
        long[] byStatus = new long[buckets * 3];
        double[] points = new double[buckets];
        double[] donePoints = new double[buckets];
        long[] original = new long[buckets];
        long[] remaining = new long[buckets];
        long[] spent = new long[buckets];
        long[] cost = new long[buckets];
        boolean[] anyCost = new boolean[buckets];
        int[] earliestStart = new int[buckets];
        Arrays.fill(earliestStart, Integer.MAX_VALUE);
        int[] latestDue = new int[buckets];
        Arrays.fill(latestDue, Integer.MIN_VALUE);
        long[] overdue = new long[buckets];
        long[] openWork = new long[buckets];
        long[] recent = new long[buckets];
        int[] latestResolved = new int[buckets];
        Arrays.fill(latestResolved, Integer.MIN_VALUE);

        final int[] bucket = t.bucket;
        final byte[] status = t.status;
        final byte[] level = t.level;
        final float[] pts = t.points;
        final int[] orig = t.originalSeconds;
        final int[] rem = t.remainingSeconds;
        final int[] spentCol = t.spentSeconds;
        final int[] start = t.startDay;
        final int[] due = t.dueDay;
        final int[] resolved = t.resolvedDay;
        final int n = t.size;
        // Branch-free where the data is random (status, dates): a mispredicted branch per row costs more than the sums.
        for (int row = 0; row < n; row++) {
            int b = bucket[row];
            byte st = status[row];
            byStatus[b * 3 + st]++;
            boolean isDone = st == FactTable.DONE;
            // Points are stored for standard issues only (0 elsewhere), so no level test is needed here.
            float p = pts[row];
            points[b] += p;
            donePoints[b] += isDone ? p : 0f;
            original[b] += orig[row];
            remaining[b] += rem[row];
            spent[b] += spentCol[row];
            earliestStart[b] = Math.min(earliestStart[b], start[row]);
            int d = due[row];
            latestDue[b] = Math.max(latestDue[b], d);
            overdue[b] += (!isDone & d != FactTable.NO_DAY & d < today) ? 1 : 0;
            boolean work = level[row] < IssueFact.EPIC;
            openWork[b] += (work & !isDone) ? 1 : 0;
            int r = resolved[row];
            boolean doneWork = work & isDone;
            recent[b] += (doneWork & r >= windowStart & r <= today) ? 1 : 0;
            latestResolved[b] = Math.max(latestResolved[b], doneWork ? r : Integer.MIN_VALUE);
        }
        if (t.hasCost != null) {
            boolean[] has = t.hasCost;
            long[] cents = t.costCents;
            for (int row = 0; row < n; row++) {
                if (has[row]) {
                    int b = bucket[row];
                    cost[b] += cents[row];
                    anyCost[b] = true;
                }
            }
        }
        Tally[] tallies = new Tally[buckets];
        for (int b = 0; b < buckets; b++) {
            Tally tally = new Tally();
            tally.todo = byStatus[b * 3 + FactTable.TODO];
            tally.inProgress = byStatus[b * 3 + FactTable.IN_PROGRESS];
            tally.done = byStatus[b * 3 + FactTable.DONE];
            tally.points = points[b];
            tally.donePoints = donePoints[b];
            tally.originalSeconds = original[b];
            tally.remainingSeconds = remaining[b];
            tally.spentSeconds = spent[b];
            tally.costCents = cost[b];
            tally.anyCost = anyCost[b];
            tally.earliestStart = earliestStart[b];
            tally.latestDue = latestDue[b];
            tally.overdue = overdue[b];
            tally.openWork = openWork[b];
            tally.recentlyResolved = recent[b];
            tally.latestResolved = latestResolved[b];
            tallies[b] = tally;
        }
        return tallies;
    }
}
