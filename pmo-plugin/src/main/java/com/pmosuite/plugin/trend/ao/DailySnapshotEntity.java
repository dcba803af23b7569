package com.pmosuite.plugin.trend.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per day, project and issue security level of the daily snapshots. The unique key "day:project:level" makes
 * the database refuse a second row for the same day, project and level, whichever node or run writes it (AO cannot
 * declare a composite unique index). Days are epoch days, seconds BIGINT, points DOUBLE, the actual cost the
 * decimal's exact text (AO has no decimal type). Nothing is preloaded: reads name their columns.
 */
@Preload({})
@Table("DAILY_SNAPSHOT")
public interface DailySnapshotEntity extends Entity {
    @NotNull
    @Unique
    String getSnapshotKey();
    void setSnapshotKey(String snapshotKey);

    @Indexed
    @NotNull
    int getSnapshotDay();
    void setSnapshotDay(int snapshotDay);

    @Indexed
    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    /** 0 for issues without a security level. */
    @NotNull
    long getLevelId();
    void setLevelId(long levelId);

    @NotNull
    long getDoneIssues();
    void setDoneIssues(long doneIssues);

    @NotNull
    long getTotalIssues();
    void setTotalIssues(long totalIssues);

    @NotNull
    double getDonePoints();
    void setDonePoints(double donePoints);

    @NotNull
    double getTotalPoints();
    void setTotalPoints(double totalPoints);

    @NotNull
    long getSpentSeconds();
    void setSpentSeconds(long spentSeconds);

    @NotNull
    long getRemainingSeconds();
    void setRemainingSeconds(long remainingSeconds);

    /** RECORDED, BACKFILLED or DEMO: who wrote the row ({@code DailySnapshot.Source}). */
    @NotNull
    String getSnapshotSource();
    void setSnapshotSource(String snapshotSource);

    /** Null when no issue had the actual-cost field set. */
    String getActualCost();
    void setActualCost(String actualCost);
}
