package com.pmosuite.testkit;

import com.pmosuite.rollup.trend.DailySnapshot;
import com.pmosuite.rollup.trend.SnapshotStore;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The daily snapshots in memory: a project's rows of a day replaced as a whole. */
public final class InMemorySnapshotStore implements SnapshotStore {
    private record Key(LocalDate day, long projectId) {
    }

    private final Map<Key, List<DailySnapshot>> rows = new TreeMap<>(
            Comparator.comparing(Key::day).thenComparingLong(Key::projectId));

    @Override
    public synchronized void put(LocalDate day, long projectId, List<DailySnapshot> levels) {
        for (DailySnapshot row : levels) {
            if (!row.day().equals(day) || row.projectId() != projectId) {
                throw new IllegalArgumentException("a row of another day or project: " + row);
            }
        }
        if (levels.stream().map(DailySnapshot::securityLevelId).distinct().count() != levels.size()) {
            throw new IllegalArgumentException("two rows for one security level");
        }
        rows.put(new Key(day, projectId), levels.stream()
                .sorted(Comparator.comparingLong(DailySnapshot::securityLevelId)).toList());
    }

    @Override
    public synchronized List<DailySnapshot> range(Collection<Long> projectIds, LocalDate from, LocalDate to) {
        return rows.entrySet().stream()
                .filter(e -> projectIds.contains(e.getKey().projectId()))
                .filter(e -> !e.getKey().day().isBefore(from) && !e.getKey().day().isAfter(to))
                .flatMap(e -> e.getValue().stream())
                .toList();
    }
}
