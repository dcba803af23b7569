package com.pmosuite.rollup.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node's figures day by day, as one reader may see them: the S-curve (PV, EV, AC), the burn-up (scope done and
 * total) and SPI and CPI over time. Empty {@link Optional}s mean "not defined".
 *
 * @param currency       ISO 4217 code of every money figure; empty when currencies mix or none is planned
 * @param scopeUnit      what {@link Point#scopeDone()} and {@link Point#scopeTotal()} count
 * @param bac            the budget at completion of the visible projects, in {@code currency}
 * @param points         one per day with at least one visible snapshot, oldest first
 * @param hiddenProjects projects of the node the reader may not browse, left out of every figure
 * @param notes          why figures are missing or partial (no budget, mixed currencies, days without a snapshot)
 */
public record Trend(Optional<String> currency, ScopeUnit scopeUnit, Optional<BigDecimal> bac, List<Point> points,
                    int hiddenProjects, List<String> notes) {

    /** What the burn-up counts: story points, issues, or hours (logged against logged plus remaining). */
    public enum ScopeUnit { POINTS, ISSUES, HOURS }

    public Trend {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(scopeUnit, "scopeUnit");
        Objects.requireNonNull(bac, "bac");
        points = List.copyOf(points);
        notes = List.copyOf(notes);
    }

    /**
     * One day's figures: money with 2 decimals, indices with 4 (computed from the day's sums), scope with up to 2;
     * {@code source} is the least measured source among the day's rows (backfilled or demo when any row is).
     */
    public record Point(LocalDate date, Optional<BigDecimal> pv, Optional<BigDecimal> ev, Optional<BigDecimal> ac,
                        BigDecimal scopeDone, BigDecimal scopeTotal, Optional<BigDecimal> spi,
                        Optional<BigDecimal> cpi, DailySnapshot.Source source) {
        public Point {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(scopeDone, "scopeDone");
            Objects.requireNonNull(scopeTotal, "scopeTotal");
        }
    }
}
