package com.pmosuite.evm;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EarnedValueTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Optional<BigDecimal> is(String value) {
        return Optional.of(new BigDecimal(value));
    }

    /** The worked example of docs/evm.md: behind schedule and over budget. */
    private final EarnedValue behindAndOver = EarnedValue.of(d("100000"), d("50000"), d("40000"), d("45000"));

    @Test
    void workedExampleVariancesAndIndices() {
        assertThat(behindAndOver.sv()).isEqualTo(is("-10000.00"));
        assertThat(behindAndOver.cv()).isEqualTo(is("-5000.00"));
        assertThat(behindAndOver.spi()).isEqualTo(is("0.8000"));
        // 40,000 / 45,000 = 0.888…
        assertThat(behindAndOver.cpi()).isEqualTo(is("0.8889"));
    }

    @Test
    void workedExampleEstimatesAtCompletion() {
        // 100,000 / (40,000 / 45,000) = 112,500 exactly; with the rounded CPI 0.8889 it would be 112,498.59.
        assertThat(behindAndOver.eacTypical()).isEqualTo(is("112500.00"));
        // 45,000 + (100,000 − 40,000)
        assertThat(behindAndOver.eacAtypical()).isEqualTo(is("105000.00"));
        // 45,000 + 60,000 / (8/9 × 4/5) = 45,000 + 60,000 × 45/32 = 45,000 + 84,375
        assertThat(behindAndOver.eacCombined()).isEqualTo(is("129375.00"));
        assertThat(behindAndOver.etc()).isEqualTo(is("67500.00"));
        assertThat(behindAndOver.vac()).isEqualTo(is("-12500.00"));
    }

    @Test
    void workedExampleToCompletePerformanceIndices() {
        // 60,000 / 55,000 and 60,000 / 67,500
        assertThat(behindAndOver.tcpiToBac()).isEqualTo(is("1.0909"));
        assertThat(behindAndOver.tcpiToEac()).isEqualTo(is("0.8889"));
    }

    @Test
    void accessorsGiveTheInputsAsMoney() {
        EarnedValue value = EarnedValue.of(d("1000"), d("250.5"), d("100.125"), d("0"));

        assertThat(value.bac()).isEqualTo(is("1000.00"));
        assertThat(value.pv()).isEqualTo(is("250.50"));
        assertThat(value.ev()).isEqualTo(is("100.13"));
        assertThat(value.ac()).isEqualTo(is("0.00"));
    }

    @Test
    void aheadOfScheduleAndUnderBudgetGivesPositiveVariances() {
        EarnedValue value = EarnedValue.of(d("1000"), d("400"), d("500"), d("400"));

        assertThat(value.sv()).isEqualTo(is("100.00"));
        assertThat(value.cv()).isEqualTo(is("100.00"));
        assertThat(value.spi()).isEqualTo(is("1.2500"));
        assertThat(value.cpi()).isEqualTo(is("1.2500"));
        assertThat(value.eacTypical()).isEqualTo(is("800.00"));
        assertThat(value.vac()).isEqualTo(is("200.00"));
    }

    @Test
    void noActualCostLeavesCostIndexAndEstimatesUndefined() {
        EarnedValue value = EarnedValue.of(d("1000"), d("400"), d("300"), BigDecimal.ZERO);

        assertThat(value.cv()).isEqualTo(is("300.00"));
        assertThat(value.cpi()).isEmpty();
        assertThat(value.eacTypical()).isEmpty();
        assertThat(value.eacCombined()).isEmpty();
        assertThat(value.etc()).isEmpty();
        assertThat(value.vac()).isEmpty();
        assertThat(value.tcpiToEac()).isEmpty();
        assertThat(value.eacAtypical()).isEqualTo(is("700.00"));
        assertThat(value.tcpiToBac()).isEqualTo(is("0.7000"));
        assertThat(value.spi()).isEqualTo(is("0.7500"));
    }

    @Test
    void nothingEarnedGivesZeroIndicesAndNoTypicalEstimate() {
        EarnedValue value = EarnedValue.of(d("1000"), d("400"), BigDecimal.ZERO, d("200"));

        assertThat(value.spi()).isEqualTo(is("0.0000"));
        assertThat(value.cpi()).isEqualTo(is("0.0000"));
        // BAC / 0 and (BAC − EV) / (0 × 0) have no value
        assertThat(value.eacTypical()).isEmpty();
        assertThat(value.eacCombined()).isEmpty();
        assertThat(value.etc()).isEmpty();
        assertThat(value.eacAtypical()).isEqualTo(is("1200.00"));
        assertThat(value.tcpiToBac()).isEqualTo(is("1.2500"));
    }

    @Test
    void allWorkEarnedLeavesNothingToCompleteAgainstTheEstimate() {
        EarnedValue value = EarnedValue.of(d("1000"), d("1000"), d("1000"), d("800"));

        assertThat(value.eacTypical()).isEqualTo(is("800.00"));
        assertThat(value.etc()).isEqualTo(is("0.00"));
        assertThat(value.eacAtypical()).isEqualTo(is("800.00"));
        assertThat(value.tcpiToBac()).isEqualTo(is("0.0000"));
        // (BAC − EV) / (EAC − AC) = 0 / 0
        assertThat(value.tcpiToEac()).isEmpty();
    }

    @Test
    void budgetSpentLeavesNoToCompleteIndexAgainstIt() {
        EarnedValue value = EarnedValue.of(d("1000"), d("900"), d("600"), d("1000"));

        assertThat(value.tcpiToBac()).isEmpty();
        assertThat(value.cpi()).isEqualTo(is("0.6000"));
        // 1000 / 0.6 = 1666.666…, and (1000 − 600) / (1666.666… − 1000) = 0.6
        assertThat(value.eacTypical()).isEqualTo(is("1666.67"));
        assertThat(value.tcpiToEac()).isEqualTo(is("0.6000"));
    }

    @Test
    void noPlannedValueLeavesScheduleFiguresUndefined() {
        EarnedValue value = EarnedValue.of(d("1000"), BigDecimal.ZERO, d("100"), d("100"));

        assertThat(value.spi()).isEmpty();
        assertThat(value.eacCombined()).isEmpty();
        assertThat(value.sv()).isEqualTo(is("100.00"));
        assertThat(value.cpi()).isEqualTo(is("1.0000"));
    }

    @Test
    void aMissingInputLeavesOnlyTheFiguresThatNeedIt() {
        EarnedValue noPlan = EarnedValue.of(null, null, d("300"), d("400"));

        assertThat(noPlan.bac()).isEmpty();
        assertThat(noPlan.pv()).isEmpty();
        assertThat(noPlan.sv()).isEmpty();
        assertThat(noPlan.spi()).isEmpty();
        assertThat(noPlan.eacTypical()).isEmpty();
        assertThat(noPlan.eacAtypical()).isEmpty();
        assertThat(noPlan.eacCombined()).isEmpty();
        assertThat(noPlan.etc()).isEmpty();
        assertThat(noPlan.vac()).isEmpty();
        assertThat(noPlan.tcpiToBac()).isEmpty();
        assertThat(noPlan.tcpiToEac()).isEmpty();
        assertThat(noPlan.cv()).isEqualTo(is("-100.00"));
        assertThat(noPlan.cpi()).isEqualTo(is("0.7500"));
    }

    @Test
    void indicesAndMoneyRoundHalfUp() {
        // 17,777 / 20,000 = 0.88885 and 10.005 − 0 = 10.005: half-even would give 0.8888 and 10.00
        EarnedValue value = EarnedValue.of(d("100000"), d("0"), d("17777"), d("20000"));
        assertThat(value.cpi()).isEqualTo(is("0.8889"));
        assertThat(EarnedValue.of(null, d("0"), d("10.005"), null).sv()).isEqualTo(is("10.01"));
        assertThat(EarnedValue.of(null, d("0"), d("-10.005"), null).sv()).isEqualTo(is("-10.01"));
    }
}
