package com.pmosuite.evm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Earned-value figures of one budget (a project, or the sums of several in one currency), after the PMI's Practice
 * Standard for Earned Value Management. Every figure is an {@link Optional}: empty when an input it needs is missing
 * ({@code null}) or a denominator it divides by is zero, never NaN or infinity.
 *
 * <p>Money figures have 2 decimals and indices 4, both rounded {@link RoundingMode#HALF_UP} once, at the end: each
 * figure is computed from the unrounded inputs and unrounded intermediate quotients (divisions carry 34 significant
 * digits, {@link MathContext#DECIMAL128}), so {@code eacTypical()} is BAC ÷ the exact CPI, not ÷ the rounded one.
 */
public final class EarnedValue {
    /** Places of a money figure. */
    public static final int MONEY_SCALE = 2;
    /** Places of an index (SPI, CPI, TCPI). */
    public static final int INDEX_SCALE = 4;

    private static final MathContext EXACT = MathContext.DECIMAL128;

    private final BigDecimal bac;
    private final BigDecimal pv;
    private final BigDecimal ev;
    private final BigDecimal ac;

    private EarnedValue(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac) {
        this.bac = bac;
        this.pv = pv;
        this.ev = ev;
        this.ac = ac;
    }

    /**
     * The figures of a budget at completion, planned value, earned value and actual cost. Any argument may be
     * {@code null} ("not known"): the figures that need it are then empty, the others are still defined.
     */
    public static EarnedValue of(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac) {
        return new EarnedValue(bac, pv, ev, ac);
    }

    /** Budget at completion, 2 decimals. */
    public Optional<BigDecimal> bac() {
        return money(bac);
    }

    /** Planned value, 2 decimals. */
    public Optional<BigDecimal> pv() {
        return money(pv);
    }

    /** Earned value, 2 decimals. */
    public Optional<BigDecimal> ev() {
        return money(ev);
    }

    /** Actual cost, 2 decimals. */
    public Optional<BigDecimal> ac() {
        return money(ac);
    }

    /** Schedule variance, EV − PV; negative when behind plan. */
    public Optional<BigDecimal> sv() {
        return both(ev, pv) ? money(ev.subtract(pv)) : Optional.empty();
    }

    /** Cost variance, EV − AC; negative when over budget. */
    public Optional<BigDecimal> cv() {
        return both(ev, ac) ? money(ev.subtract(ac)) : Optional.empty();
    }

    /** Schedule performance index, EV ÷ PV. */
    public Optional<BigDecimal> spi() {
        return index(exactSpi());
    }

    /** Cost performance index, EV ÷ AC. */
    public Optional<BigDecimal> cpi() {
        return index(exactCpi());
    }

    /** Estimate at completion if the cost performance so far holds: BAC ÷ CPI. */
    public Optional<BigDecimal> eacTypical() {
        return money(exactEacTypical());
    }

    /** Estimate at completion if the rest of the work goes to budget: AC + (BAC − EV). */
    public Optional<BigDecimal> eacAtypical() {
        return bac != null && ev != null && ac != null ? money(ac.add(bac.subtract(ev))) : Optional.empty();
    }

    /** Estimate at completion if both cost and schedule performance weigh on the rest: AC + (BAC − EV) ÷ (CPI × SPI). */
    public Optional<BigDecimal> eacCombined() {
        BigDecimal cpi = exactCpi();
        BigDecimal spi = exactSpi();
        if (bac == null || cpi == null || spi == null) {
            return Optional.empty();
        }
        BigDecimal rest = divide(bac.subtract(ev), cpi.multiply(spi, EXACT));
        return rest != null ? money(ac.add(rest)) : Optional.empty();
    }

    /** Estimate to complete, EAC (typical) − AC. */
    public Optional<BigDecimal> etc() {
        BigDecimal eac = exactEacTypical();
        return eac != null ? money(eac.subtract(ac)) : Optional.empty();
    }

    /** Variance at completion, BAC − EAC (typical); negative when the budget will be overrun. */
    public Optional<BigDecimal> vac() {
        BigDecimal eac = exactEacTypical();
        return eac != null ? money(bac.subtract(eac)) : Optional.empty();
    }

    /** To-complete performance index to finish on budget: (BAC − EV) ÷ (BAC − AC). */
    public Optional<BigDecimal> tcpiToBac() {
        if (bac == null || ev == null || ac == null) {
            return Optional.empty();
        }
        return index(divide(bac.subtract(ev), bac.subtract(ac)));
    }

    /** To-complete performance index to finish at the typical estimate: (BAC − EV) ÷ (EAC typical − AC). */
    public Optional<BigDecimal> tcpiToEac() {
        BigDecimal eac = exactEacTypical();
        if (eac == null) {
            return Optional.empty();
        }
        return index(divide(bac.subtract(ev), eac.subtract(ac)));
    }

    private BigDecimal exactSpi() {
        return both(ev, pv) ? divide(ev, pv) : null;
    }

    private BigDecimal exactCpi() {
        return both(ev, ac) ? divide(ev, ac) : null;
    }

    private BigDecimal exactEacTypical() {
        BigDecimal cpi = exactCpi();
        return bac != null && cpi != null ? divide(bac, cpi) : null;
    }

    private static boolean both(BigDecimal a, BigDecimal b) {
        return a != null && b != null;
    }

    /** The quotient with 34 significant digits, or {@code null} for a zero divisor. */
    private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return divisor.signum() == 0 ? null : dividend.divide(divisor, EXACT);
    }

    private static Optional<BigDecimal> money(BigDecimal value) {
        return Optional.ofNullable(value).map(v -> v.setScale(MONEY_SCALE, RoundingMode.HALF_UP));
    }

    private static Optional<BigDecimal> index(BigDecimal value) {
        return Optional.ofNullable(value).map(v -> v.setScale(INDEX_SCALE, RoundingMode.HALF_UP));
    }

    @Override
    public String toString() {
        return "EarnedValue[bac=" + bac + ", pv=" + pv + ", ev=" + ev + ", ac=" + ac + "]";
    }
}
