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
 */
public record DailySnapshot(LocalDate day, long projectId, long securityLevelId, FactSums sums) {

    /** The {@link #securityLevelId} of the issues without a security level, which every reader of the project sees. */
    public static final long NO_LEVEL = 0;

    public DailySnapshot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(sums, "sums");
        if (projectId <= 0 || securityLevelId < 0) {
            throw new IllegalArgumentException("project id must be positive and the level 0 or positive");
        }
    }
}
