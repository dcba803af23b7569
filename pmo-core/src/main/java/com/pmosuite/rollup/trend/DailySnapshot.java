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
 * @param backfilled      written afterwards from the issues' created and resolved dates, not by the day's job: its
 *                        counts and points are derived, its logged and remaining time and actual cost are not known
 *                        (stored as 0 and none), so a trend shows no AC or CPI for that day
 */
public record DailySnapshot(LocalDate day, long projectId, long securityLevelId, FactSums sums, boolean backfilled) {

    /** The {@link #securityLevelId} of the issues without a security level, which every reader of the project sees. */
    public static final long NO_LEVEL = 0;

    public DailySnapshot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(sums, "sums");
        if (projectId <= 0 || securityLevelId < 0) {
            throw new IllegalArgumentException("project id must be positive and the level 0 or positive");
        }
    }

    /** A row the daily job recorded. */
    public DailySnapshot(LocalDate day, long projectId, long securityLevelId, FactSums sums) {
        this(day, projectId, securityLevelId, sums, false);
    }
}
