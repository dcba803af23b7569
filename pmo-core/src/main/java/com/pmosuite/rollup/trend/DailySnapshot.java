package com.pmosuite.rollup.trend;

import com.pmosuite.rollup.FactSums;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one project's issues at one issue security level added up to on one day: one row of the daily snapshots.
 * Plans are not stored: a trend applies the plan of the portfolio it is read for (PV is exact for any day from the
 * baseline), so a project in two portfolios with different budgets is read against each one's.
 *
 * @param day             the snapshot's day, in the server's time zone on the day the job ran
 * @param projectId       the Jira project id
 * @param securityLevelId the issue security level; {@link #NO_LEVEL} for issues without one
 * @param sums            the additive figures of those issues
 * @param source          who wrote the row: the day's job, a backfill from issue dates, or the workbench's demo
 */
public record DailySnapshot(LocalDate day, long projectId, long securityLevelId, FactSums sums, Source source) {

    /** Where a row's figures come from; trends label every day that is not {@link #RECORDED}. */
    public enum Source {
        /** Measured by the daily job on that day. */
        RECORDED,
        /**
         * Written afterwards from the issues' created and resolved dates: counts and points are derived, logged and
         * remaining time and actual cost of that day are not known (stored as 0 and none), so a trend shows no AC or
         * CPI for the day.
         */
        BACKFILLED,
        /** Made up by the workbench's {@code --demo} so that its charts have a history: not a measurement. */
        DEMO
    }

    /** The {@link #securityLevelId} of the issues without a security level, which every reader of the project sees. */
    public static final long NO_LEVEL = 0;

    public DailySnapshot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(sums, "sums");
        Objects.requireNonNull(source, "source");
        if (projectId <= 0 || securityLevelId < 0) {
            throw new IllegalArgumentException("project id must be positive and the level 0 or positive");
        }
    }

    /** A row the daily job recorded. */
    public DailySnapshot(LocalDate day, long projectId, long securityLevelId, FactSums sums) {
        this(day, projectId, securityLevelId, sums, Source.RECORDED);
    }

    public boolean backfilled() {
        return source == Source.BACKFILLED;
    }
}
