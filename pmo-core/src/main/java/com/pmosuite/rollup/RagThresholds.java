package com.pmosuite.rollup;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where a node turns amber and red. An index below its amber bound is amber, below its red bound red; a share of
 * overdue open issues above its amber bound is amber, above its red bound red.
 */
public record RagThresholds(BigDecimal spiAmber, BigDecimal spiRed, BigDecimal cpiAmber, BigDecimal cpiRed,
                            BigDecimal overdueShareAmber, BigDecimal overdueShareRed) {

    /** The defaults a PMO starts from: indices 0.95 / 0.85, overdue share 10 % / 25 %. */
    public static final RagThresholds DEFAULTS = new RagThresholds(new BigDecimal("0.95"), new BigDecimal("0.85"),
            new BigDecimal("0.95"), new BigDecimal("0.85"), new BigDecimal("0.10"), new BigDecimal("0.25"));

    public RagThresholds {
        Objects.requireNonNull(spiAmber, "spiAmber");
        Objects.requireNonNull(spiRed, "spiRed");
        Objects.requireNonNull(cpiAmber, "cpiAmber");
        Objects.requireNonNull(cpiRed, "cpiRed");
        Objects.requireNonNull(overdueShareAmber, "overdueShareAmber");
        Objects.requireNonNull(overdueShareRed, "overdueShareRed");
        if (spiRed.compareTo(spiAmber) > 0 || cpiRed.compareTo(cpiAmber) > 0) {
            throw new IllegalArgumentException("an index's red bound must not be above its amber bound");
        }
        if (overdueShareRed.compareTo(overdueShareAmber) < 0) {
            throw new IllegalArgumentException("the overdue share's red bound must not be below its amber bound");
        }
    }
}
