package com.pmosuite.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The additive figures of some issues on one day (a project, or the issues of a project at one security level):
 * everything earned value and a burn-up need that can be summed over issues. EV, AC and the EV basis are not among
 * them: they are ratios or choices per project, so they are derived from these sums for the issues a reader sees
 * ({@link SummedEarnedValue}).
 *
 * @param done             issues in a done status category
 * @param total            every issue once, whatever its level
 * @param donePoints       story points of done standard issues
 * @param points           story points of standard issues
 * @param spentSeconds     each issue's own logged time
 * @param remainingSeconds each issue's own remaining estimate
 * @param actualCost       the sum of the actual-cost field (2 decimals); {@code null} when no issue has it set
 */
public record FactSums(long done, long total, double donePoints, double points, long spentSeconds,
                       long remainingSeconds, BigDecimal actualCost) {

    /** No issues. */
    public static final FactSums NONE = new FactSums(0, 0, 0, 0, 0, 0, null);

    public FactSums {
        if (done < 0 || total < done || spentSeconds < 0 || remainingSeconds < 0) {
            throw new IllegalArgumentException("counts and seconds must be 0 or more, done at most total");
        }
        if (!Double.isFinite(points) || !Double.isFinite(donePoints)) {
            throw new IllegalArgumentException("points must be finite");
        }
        actualCost = actualCost == null ? null : actualCost.setScale(2, RoundingMode.HALF_UP);
    }

    public FactSums plus(FactSums other) {
        Objects.requireNonNull(other, "other");
        BigDecimal cost = actualCost == null ? other.actualCost
                : other.actualCost == null ? actualCost : actualCost.add(other.actualCost);
        return new FactSums(done + other.done, total + other.total, donePoints + other.donePoints,
                points + other.points, spentSeconds + other.spentSeconds, remainingSeconds + other.remainingSeconds,
                cost);
    }

    static FactSums of(Tally tally) {
        return new FactSums(tally.done, tally.total(), tally.donePoints, tally.points, tally.spentSeconds,
                tally.remainingSeconds, tally.anyCost ? BigDecimal.valueOf(tally.costCents, 2) : null);
    }

    /** The tally the engine's earned-value rules read: only the fields those rules use are set. */
    Tally toTally() {
        Tally tally = new Tally();
        tally.done = done;
        tally.todo = total - done;
        tally.donePoints = donePoints;
        tally.points = points;
        tally.spentSeconds = spentSeconds;
        tally.remainingSeconds = remainingSeconds;
        if (actualCost != null) {
            tally.anyCost = true;
            tally.costCents = actualCost.movePointRight(2).longValueExact();
        }
        return tally;
    }
}
