package com.pmosuite.plugin.trend.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.plugin.platform.ao.AoErrors;
import com.pmosuite.rollup.FactSums;
import com.pmosuite.rollup.trend.DailySnapshot;
import com.pmosuite.rollup.trend.SnapshotStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The daily snapshots in Active Objects ({@code DAILY_SNAPSHOT}). A put deletes the project's rows of the day and
 * inserts the new ones in one transaction. Two nodes racing on the same day: the unique "day:project:level" key lets
 * one insert through and fails the other's transaction (a unique violation at READ COMMITTED, a serialization failure
 * at AO's SERIALIZABLE), which then runs again, now deleting the winner's rows: one set of rows stays, never two.
 */
public final class AoSnapshotStore implements SnapshotStore {
    private static final String COLUMNS = "ID, SNAPSHOT_DAY, PROJECT_ID, LEVEL_ID, DONE_ISSUES, TOTAL_ISSUES,"
            + " DONE_POINTS, TOTAL_POINTS, SPENT_SECONDS, REMAINING_SECONDS, ACTUAL_COST, SNAPSHOT_SOURCE";
    // Keeps IN (...) lists well under every database's bind-parameter limit.
    private static final int IN_CHUNK = 500;
    private static final int MAX_CONFLICT_RETRIES = 8;
    /** AO's default (indexable) string column length. */
    private static final int MAX_TEXT = 255;

    private final ActiveObjects ao;

    public AoSnapshotStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void put(LocalDate day, long projectId, List<DailySnapshot> levels) {
        for (DailySnapshot row : levels) {
            if (!row.day().equals(day) || row.projectId() != projectId) {
                throw new IllegalArgumentException("a row of another day or project: " + row);
            }
            if (row.sums().actualCost() != null && row.sums().actualCost().toPlainString().length() > MAX_TEXT) {
                throw new IllegalArgumentException("actual cost has too many digits: " + row);
            }
        }
        int epochDay = Math.toIntExact(day.toEpochDay());
        for (int attempt = 1; ; attempt++) {
            try {
                ao.executeInTransaction(() -> {
                    ao.deleteWithSQL(DailySnapshotEntity.class, "SNAPSHOT_DAY = ? AND PROJECT_ID = ?", epochDay,
                            projectId);
                    for (DailySnapshot row : levels) {
                        FactSums sums = row.sums();
                        ao.create(DailySnapshotEntity.class,
                                new DBParam("SNAPSHOT_KEY", day + ":" + projectId + ":" + row.securityLevelId()),
                                new DBParam("SNAPSHOT_DAY", epochDay),
                                new DBParam("PROJECT_ID", projectId),
                                new DBParam("LEVEL_ID", row.securityLevelId()),
                                new DBParam("DONE_ISSUES", sums.done()),
                                new DBParam("TOTAL_ISSUES", sums.total()),
                                new DBParam("DONE_POINTS", sums.donePoints()),
                                new DBParam("TOTAL_POINTS", sums.points()),
                                new DBParam("SPENT_SECONDS", sums.spentSeconds()),
                                new DBParam("REMAINING_SECONDS", sums.remainingSeconds()),
                                new DBParam("SNAPSHOT_SOURCE", row.source().name()),
                                new DBParam("ACTUAL_COST",
                                        sums.actualCost() == null ? null : sums.actualCost().toPlainString()));
                    }
                    return null;
                });
                return;
            } catch (RuntimeException failure) {
                if (!AoErrors.isWriteConflict(failure) || attempt == MAX_CONFLICT_RETRIES) {
                    throw failure;
                }
                pause(attempt, failure);
            }
        }
    }

    @Override
    public List<DailySnapshot> range(Collection<Long> projectIds, LocalDate from, LocalDate to) {
        List<Long> projects = List.copyOf(new HashSet<>(projectIds));
        List<DailySnapshot> rows = new ArrayList<>();
        for (int start = 0; start < projects.size(); start += IN_CHUNK) {
            List<Long> chunk = projects.subList(start, Math.min(projects.size(), start + IN_CHUNK));
            Object[] parameters = new Object[chunk.size() + 2];
            for (int i = 0; i < chunk.size(); i++) {
                parameters[i] = chunk.get(i);
            }
            parameters[chunk.size()] = Math.toIntExact(from.toEpochDay());
            parameters[chunk.size() + 1] = Math.toIntExact(to.toEpochDay());
            String in = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            for (DailySnapshotEntity row : ao.find(DailySnapshotEntity.class, Query.select(COLUMNS)
                    .where("PROJECT_ID IN (" + in + ") AND SNAPSHOT_DAY >= ? AND SNAPSHOT_DAY <= ?", parameters))) {
                rows.add(toSnapshot(row));
            }
        }
        rows.sort(Comparator.comparing(DailySnapshot::day).thenComparingLong(DailySnapshot::projectId)
                .thenComparingLong(DailySnapshot::securityLevelId));
        return rows;
    }

    private static DailySnapshot toSnapshot(DailySnapshotEntity row) {
        String cost = row.getActualCost();
        return new DailySnapshot(LocalDate.ofEpochDay(row.getSnapshotDay()), row.getProjectId(), row.getLevelId(),
                new FactSums(row.getDoneIssues(), row.getTotalIssues(), row.getDonePoints(), row.getTotalPoints(),
                        row.getSpentSeconds(), row.getRemainingSeconds(), cost == null ? null : new BigDecimal(cost)), DailySnapshot.Source.valueOf(row.getSnapshotSource()));
    }

    private static void pause(int attempt, RuntimeException failure) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
