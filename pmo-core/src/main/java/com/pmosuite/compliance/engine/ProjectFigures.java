package com.pmosuite.compliance.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Port: a project's plan (budget and baseline) and its earned-value indices, for the plan and EVM checks. */
public interface ProjectFigures {

    /**
     * The figures of these projects on {@code today}, read together (one pass for all of them); every project asked
     * for has an entry, {@link Figures#NONE} when nothing is known of it.
     */
    Map<Long, Figures> of(Collection<Long> projectIds, LocalDate today);

    /**
     * One project's plan and indices; empty means "not set" (plan) or "not defined" (indices).
     *
     * @param budget         budget at completion (BAC)
     * @param baselineStart  the baseline's planned start
     * @param baselineFinish the baseline's planned finish
     * @param spi            schedule performance index, EV ÷ PV
     * @param cpi            cost performance index, EV ÷ AC
     */
    record Figures(Optional<BigDecimal> budget, Optional<LocalDate> baselineStart,
                   Optional<LocalDate> baselineFinish, Optional<BigDecimal> spi, Optional<BigDecimal> cpi) {
        /** Nothing planned, nothing measured. */
        public static final Figures NONE = new Figures(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        public Figures {
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(baselineStart, "baselineStart");
            Objects.requireNonNull(baselineFinish, "baselineFinish");
            Objects.requireNonNull(spi, "spi");
            Objects.requireNonNull(cpi, "cpi");
        }
    }
}
