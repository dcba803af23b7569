package com.pmosuite.risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The heat maps of several projects added up, as a portfolio shows them: one map per matrix size, because a 3x3
 * level cannot be placed on a 5x5 matrix without inventing where its risks lie (level 2 of 3 is neither 3 nor 4 of
 * 5). Within one size, projects may still draw their severity bands differently: each cell then lists every
 * severity its projects give it, and counts by severity are taken cell by cell from each project's own bands.
 *
 * @param scales     one entry per matrix size in use, smallest first
 * @param bySeverity how many live risks each project's own bands put in each severity, over every scale
 */
public record CombinedHeatMap(List<Scale> scales, Map<Severity, Integer> bySeverity) {

    /** The projects scored on one matrix size, and their risks counted per cell. */
    public record Scale(int size, List<String> projectKeys, List<Cell> cells, Map<Severity, Integer> bySeverity) {
        public Scale {
            projectKeys = List.copyOf(projectKeys);
            cells = List.copyOf(cells);
            bySeverity = Collections.unmodifiableMap(new EnumMap<>(bySeverity));
        }

        /** The cell at these levels. */
        public Cell cell(int probability, int impact) {
            return cells.stream().filter(c -> c.probability() == probability && c.impact() == impact)
                    .findFirst().orElseThrow();
        }
    }

    /**
     * One cell of a combined map.
     *
     * @param severities what the bands of the scale's projects make of this cell, low to critical: one severity when
     *                   they agree, more when projects draw their bands differently
     */
    public record Cell(int probability, int impact, int count, Set<Severity> severities) {
        public Cell {
            severities = Collections.unmodifiableSet(EnumSet.copyOf(severities));
        }

        /** The one severity every project gives this cell, or {@code null} when their bands disagree. */
        public Severity severity() {
            return severities.size() == 1 ? severities.iterator().next() : null;
        }
    }

    public CombinedHeatMap {
        scales = List.copyOf(scales);
        bySeverity = Collections.unmodifiableMap(new EnumMap<>(bySeverity));
    }

    /**
     * Adds up the projects' own heat maps (each drawn with its project's settings), inherent or residual. Projects
     * are listed under their scale in the order given.
     */
    public static CombinedHeatMap of(Map<String, RiskHeatMap> byProject, boolean residual) {
        Map<Integer, Accumulator> bySize = new TreeMap<>();
        Map<Severity, Integer> total = zeros();
        byProject.forEach((key, map) -> {
            Accumulator scale = bySize.computeIfAbsent(map.size(), Accumulator::new);
            scale.projectKeys.add(key);
            for (RiskHeatMap.Cell cell : residual ? map.residual() : map.inherent()) {
                scale.add(cell);
                total.merge(cell.severity(), cell.count(), Integer::sum);
            }
        });
        return new CombinedHeatMap(bySize.values().stream().map(Accumulator::scale).toList(), total);
    }

    private static Map<Severity, Integer> zeros() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        return counts;
    }

    /** One scale's sums while projects are added. */
    private static final class Accumulator {
        private final int size;
        private final List<String> projectKeys = new ArrayList<>();
        private final int[][] counts;
        private final List<List<Set<Severity>>> severities = new ArrayList<>();
        private final Map<Severity, Integer> bySeverity = zeros();

        Accumulator(int size) {
            this.size = size;
            this.counts = new int[size + 1][size + 1];
            for (int p = 0; p <= size; p++) {
                List<Set<Severity>> row = new ArrayList<>();
                for (int i = 0; i <= size; i++) {
                    row.add(EnumSet.noneOf(Severity.class));
                }
                severities.add(row);
            }
        }

        void add(RiskHeatMap.Cell cell) {
            counts[cell.probability()][cell.impact()] += cell.count();
            severities.get(cell.probability()).get(cell.impact()).add(cell.severity());
            bySeverity.merge(cell.severity(), cell.count(), Integer::sum);
        }

        // The order a heat map is drawn in, as RiskHeatMap lists its cells: probability high to low, impact up.
        Scale scale() {
            List<Cell> cells = new ArrayList<>(size * size);
            for (int p = size; p >= 1; p--) {
                for (int i = 1; i <= size; i++) {
                    cells.add(new Cell(p, i, counts[p][i], severities.get(p).get(i)));
                }
            }
            return new Scale(size, projectKeys, cells, bySeverity);
        }
    }
}
