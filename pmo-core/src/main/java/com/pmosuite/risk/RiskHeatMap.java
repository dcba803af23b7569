package com.pmosuite.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How many live risks sit in each probability x impact cell, before (inherent) and after (residual) the planned
 * responses. A risk without a residual assessment stays in its inherent cell on the residual map: nothing has
 * reduced it yet. Closed and occurred risks are left out: they can no longer happen.
 */
public record RiskHeatMap(int size, List<Cell> inherent, List<Cell> residual) {

    /** One cell: its coordinates, how many risks it holds and the severity its score falls in. */
    public record Cell(int probability, int impact, int count, Severity severity) {
    }

    public RiskHeatMap {
        inherent = List.copyOf(inherent);
        residual = List.copyOf(residual);
    }

    public static RiskHeatMap of(Collection<RiskFields> risks, RiskSettings settings) {
        return ofCounts(risks.stream().filter(r -> r.status().isLive())
                .map(r -> new RiskCellCount(r.probability(), r.impact(), r.residualProbability(), r.residualImpact(), 1))
                .toList(), settings);
    }

    /**
     * The matrix the settings draw, every cell empty: what a settings preview shows before any risk is scored on
     * it, coloured exactly as the heat maps will be.
     */
    public static RiskHeatMap empty(RiskSettings settings) {
        return ofCounts(List.of(), settings);
    }

    /** The map of live risks counted by cell ({@link RiskStore#countByCell}); the counts must hold live risks only. */
    public static RiskHeatMap ofCounts(Collection<RiskCellCount> counts, RiskSettings settings) {
        int size = settings.matrix().size();
        int[][] inherentCounts = new int[size + 1][size + 1];
        int[][] residualCounts = new int[size + 1][size + 1];
        for (RiskCellCount group : counts) {
            boolean assessed = group.residualProbability() != null && group.residualImpact() != null;
            // A risk scored on a larger scale than the project's current one has no cell to be drawn in; settings
            // changes refuse to strand risks that way, so this only guards against data written around them.
            if (!fits(group, assessed, size)) {
                continue;
            }
            inherentCounts[group.probability()][group.impact()] += group.count();
            if (assessed) {
                residualCounts[group.residualProbability()][group.residualImpact()] += group.count();
            } else {
                residualCounts[group.probability()][group.impact()] += group.count();
            }
        }
        return new RiskHeatMap(size, cells(inherentCounts, settings), cells(residualCounts, settings));
    }

    private static boolean fits(RiskCellCount group, boolean assessed, int size) {
        return group.probability() <= size && group.impact() <= size
                && (!assessed || (group.residualProbability() <= size && group.residualImpact() <= size));
    }

    /** The count in one cell of the inherent (or residual) map. */
    public int count(boolean residualMap, int probability, int impact) {
        return (residualMap ? residual : inherent).stream()
                .filter(c -> c.probability() == probability && c.impact() == impact)
                .mapToInt(Cell::count).findFirst().orElse(0);
    }

    // Cells are listed probability high to low, impact low to high: the order a heat map is drawn in.
    private static List<Cell> cells(int[][] counts, RiskSettings settings) {
        int size = settings.matrix().size();
        List<Cell> cells = new ArrayList<>(size * size);
        for (int p = size; p >= 1; p--) {
            for (int i = 1; i <= size; i++) {
                cells.add(new Cell(p, i, counts[p][i], settings.bands().classify(p * i)));
            }
        }
        return cells;
    }
}
