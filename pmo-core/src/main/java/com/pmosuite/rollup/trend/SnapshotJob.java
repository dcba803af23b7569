package com.pmosuite.rollup.trend;

import com.pmosuite.rollup.FactSums;
import com.pmosuite.rollup.RollupEngine;
import com.pmosuite.shared.schedule.JobOutcome;
import com.pmosuite.shared.schedule.ScheduledJob;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The daily snapshot: catches the rollup engine up with the issue facts and stores, for "today", every tracked
 * project's sums per security level, as everyone together sees them. Readers' trends then sum the levels they may
 * see. Safe to run again on the same day (the rows are replaced) and on any node.
 *
 * <p>"Today" is the date in {@code zone}, the server's time zone: a snapshot is one row per server day, whoever
 * reads it later and wherever they are.
 */
public final class SnapshotJob implements ScheduledJob {
    /** The job's id in the host's scheduler and in the run history. */
    public static final String JOB_ID = "com.pmosuite.rollup.snapshots";

    private final Supplier<RollupEngine> engine;
    private final Supplier<Set<Long>> trackedProjects;
    private final SnapshotStore store;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param engine the engine to read the sums from: a node's shared engine, or a fresh one per run (loaded by its
     *               first refresh and released after), so a daily job keeps no copy of the facts in memory
     */
    public SnapshotJob(Supplier<RollupEngine> engine, Supplier<Set<Long>> trackedProjects, SnapshotStore store, Clock clock,
                       ZoneId zone) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.trackedProjects = Objects.requireNonNull(trackedProjects, "trackedProjects");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public String id() {
        return JOB_ID;
    }

    @Override
    public JobOutcome run() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
        RollupEngine current = engine.get();
        current.refresh();
        Map<Long, Map<Long, FactSums>> sums = current.sumsByLevel(day);
        int rows = 0;
        Set<Long> projects = trackedProjects.get();
        for (long projectId : projects) {
            List<DailySnapshot> levels = snapshots(day, projectId, sums.getOrDefault(projectId, Map.of()));
            store.put(day, projectId, levels);
            rows += levels.size();
        }
        return JobOutcome.succeeded("Snapshot of " + day + ": " + projects.size() + " projects, " + rows + " rows");
    }

    /**
     * One row per level the project has issues at; a project without issues gets one empty row, so its trend has the
     * day (PV runs on whether or not work was recorded).
     */
    static List<DailySnapshot> snapshots(LocalDate day, long projectId, Map<Long, FactSums> byLevel) {
        if (byLevel.isEmpty()) {
            return List.of(new DailySnapshot(day, projectId, DailySnapshot.NO_LEVEL, FactSums.NONE));
        }
        List<DailySnapshot> rows = new ArrayList<>();
        new TreeMap<>(byLevel).forEach((level, sums) -> rows.add(new DailySnapshot(day, projectId, level, sums)));
        return rows;
    }
}
