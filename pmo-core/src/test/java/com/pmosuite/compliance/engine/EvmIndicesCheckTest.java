package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.StandardResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static com.pmosuite.compliance.engine.ScanFixture.ALPHA;
import static org.assertj.core.api.Assertions.assertThat;

/** "SPI and CPI not below a threshold"; an index that is not defined cannot fail. */
class EvmIndicesCheckTest {
    private static final Check BOTH = new Check.EvmIndices(new BigDecimal("0.85"), new BigDecimal("0.90"));
    private final ScanFixture fixture = new ScanFixture();

    private void indices(String spi, String cpi) {
        fixture.figures.put(ALPHA, "1000.00", "2026-01-01", "2026-12-31", spi, cpi);
    }

    @Test
    void indicesAtOrAboveTheirThresholdsPass() {
        indices("0.8500", "1.2000");

        assertThat(fixture.result(BOTH).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void anIndexBelowItsThresholdFailsWithBothFigures() {
        indices("0.7800", "0.8999");

        StandardResult result = fixture.result(BOTH);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.offenderKind()).isEqualTo(OffenderKind.PROJECT);
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.detail()).isEqualTo("SPI 0.7800 below 0.85, CPI 0.8999 below 0.90");
    }

    @Test
    void indicesThatAreNotDefinedAreNotApplicable() {
        StandardResult result = fixture.result(BOTH);

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(result.total()).isZero();
        assertThat(result.detail()).isEqualTo("the indices checked are not defined");
    }

    @Test
    void oneDefinedIndexIsJudgedAlone() {
        indices(null, "0.5000");

        assertThat(fixture.result(BOTH).detail()).isEqualTo("CPI 0.5000 below 0.90");
        assertThat(fixture.result(new Check.EvmIndices(new BigDecimal("0.85"), null)).outcome())
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aThresholdLeftOutIsNotChecked() {
        indices("0.1000", "1.0000");

        assertThat(fixture.result(new Check.EvmIndices(null, new BigDecimal("0.95"))).outcome())
                .isEqualTo(Outcome.PASSED);
        assertThat(fixture.result(new Check.EvmIndices(null, null)).detail()).isEqualTo("no threshold set");
    }
}
