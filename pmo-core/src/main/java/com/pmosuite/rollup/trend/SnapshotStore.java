package com.pmosuite.rollup.trend;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The daily snapshots of projects' figures, at most one row per day, project and security level. */
public interface SnapshotStore {

    /**
     * Stores a project's rows for a day, replacing whatever that project had for that day, in one transaction: a
     * second run on the same day (a rerun, another node) leaves one set of rows, never two.
     *
     * @param levels the project's rows of {@code day}, at most one per security level
     */
    void put(LocalDate day, long projectId, List<DailySnapshot> levels);

    /** The rows of these projects from {@code from} to {@code to}, both included, ordered by day, project and level. */
    List<DailySnapshot> range(Collection<Long> projectIds, LocalDate from, LocalDate to);
}
