package com.pmosuite.risk;

import com.pmosuite.shared.ValidationFailed;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The probability x impact grid a project scores risks on: 5x5 by default, 3x3 allowed. */
public record RiskMatrix(int size) {
    public static final RiskMatrix FIVE_BY_FIVE = new RiskMatrix(5);
    public static final RiskMatrix THREE_BY_THREE = new RiskMatrix(3);

    public RiskMatrix {
        if (size != 3 && size != 5) {
            throw ValidationFailed.of("scale", "must be 3 or 5");
        }
    }

    public boolean contains(int level) {
        return level >= 1 && level <= size;
    }

    public int maxScore() {
        return size * size;
    }

    /**
     * The probability a level stands for: the midpoint of its equal-width band, (2 x level - 1) / (2 x size).
     * On 5x5 that is 10%, 30%, 50%, 70%, 90%; on 3x3 about 17%, 50%, 83%, rounded to 6 places. Expected monetary
     * value uses the exact fraction instead (see {@link #expectedShareOf}).
     */
    public BigDecimal probabilityOf(int level) {
        return expectedShareOf(BigDecimal.ONE, level, 6);
    }

    /**
     * {@code amount} x the probability of {@code level}, rounded half up once, at the end: 1/6 and 5/6 have no exact
     * decimal, so multiplying by a rounded {@link #probabilityOf} would put large amounts off by cents or more.
     */
    BigDecimal expectedShareOf(BigDecimal amount, int level, int scale) {
        if (!contains(level)) {
            throw new IllegalArgumentException("level " + level + " is outside a " + size + "x" + size + " matrix");
        }
        return amount.multiply(BigDecimal.valueOf(2L * level - 1))
                .divide(BigDecimal.valueOf(2L * size), scale, RoundingMode.HALF_UP);
    }
}
