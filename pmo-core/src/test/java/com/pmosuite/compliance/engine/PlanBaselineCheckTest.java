package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ScanEngine;
import com.pmosuite.compliance.ScanTarget;
import com.pmosuite.compliance.StandardResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.pmosuite.compliance.engine.ScanFixture.ALPHA;
import static com.pmosuite.compliance.engine.ScanFixture.BETA;
import static com.pmosuite.compliance.engine.ScanFixture.TODAY;
import static com.pmosuite.compliance.engine.ScanFixture.standard;
import static org.assertj.core.api.Assertions.assertThat;

/** "The project has a budget and a baseline". */
class PlanBaselineCheckTest {
    private final ScanFixture fixture = new ScanFixture();

    @Test
    void aBudgetAndBothBaselineDatesPass() {
        fixture.figures.put(ALPHA, "120000.00", "2026-01-01", "2026-12-31", null, null);

        assertThat(fixture.result(new Check.PlanBaseline()).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void whatIsMissingIsNamed() {
        fixture.figures.put(ALPHA, null, "2026-01-01", null, null, null);

        StandardResult result = fixture.result(new Check.PlanBaseline());

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.offenderKind()).isEqualTo(OffenderKind.PROJECT);
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.detail()).isEqualTo("no budget, no baseline finish");
    }

    @Test
    void aProjectWithoutAnyPlanMissesEverything() {
        assertThat(fixture.result(new Check.PlanBaseline()).detail())
                .isEqualTo("no budget, no baseline start, no baseline finish");
    }

    @Test
    void figuresAreReadOncePerScanForEveryProjectThatNeedsThem() {
        fixture.figures.put(ALPHA, "1.00", "2026-01-01", "2026-12-31", null, null);
        ScanTarget alpha = new ScanTarget(ALPHA, "ALPHA", List.of(standard(1, new Check.PlanBaseline()),
                standard(2, new Check.EvmIndices(null, null))), List.of());
        ScanTarget beta = new ScanTarget(BETA, "BETA", List.of(standard(1, new Check.PlanBaseline())), List.of());
        ScanTarget gamma = new ScanTarget(10_002, "GAMMA", List.of(standard(3, new Check.NoOverdue(0))), List.of());

        var scans = fixture.engine().scan(List.of(alpha, beta, gamma), TODAY, ScanEngine.DEFAULT_OFFENDER_CAP);

        assertThat(fixture.figures.calls).hasSize(1);
        assertThat(fixture.figures.calls.get(0)).containsExactlyInAnyOrder(ALPHA, BETA);
        assertThat(scans.get(0).results().get(0).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(scans.get(1).results().get(0).outcome()).isEqualTo(Outcome.FAILED);
    }
}
