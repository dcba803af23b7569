package com.pmosuite.evm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Planned value of a budget spread evenly over its baseline, in whole days: 0 up to and including the start day,
 * BAC from the finish day on, and BAC × (days since start ÷ days from start to finish) in between. Unrounded, so
 * sums and indices start from the exact figure; {@link EarnedValue} rounds.
 */
public final class PlannedValue {

    private PlannedValue() {
    }

    /**
     * The planned value on {@code today}; empty when the budget or a baseline date is missing, or the finish lies
     * before the start.
     */
    public static Optional<BigDecimal> linear(BigDecimal bac, LocalDate start, LocalDate finish, LocalDate today) {
        if (bac == null || start == null || finish == null || finish.isBefore(start)) {
            return Optional.empty();
        }
        if (!today.isBefore(finish)) {
            return Optional.of(bac);
        }
        if (!today.isAfter(start)) {
            return Optional.of(BigDecimal.ZERO);
        }
        long elapsed = ChronoUnit.DAYS.between(start, today);
        long planned = ChronoUnit.DAYS.between(start, finish);
        return Optional.of(bac.multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(planned), MathContext.DECIMAL128));
    }
}
