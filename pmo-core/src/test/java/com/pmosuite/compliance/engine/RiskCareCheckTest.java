package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.StandardResult;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.Severity;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.Test;

import static com.pmosuite.compliance.engine.ScanFixture.TODAY;
import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Every risk at or above a severity has an owner, a response plan and a next review date not in the past".
 * On the default 5x5 scale probability 3 x impact 4 = 12 is high, 1 x 2 = 2 low.
 */
class RiskCareCheckTest {
    private static final Check HIGH_AND_ABOVE = new Check.RiskCare(Severity.HIGH);
    private final ScanFixture fixture = new ScanFixture();

    private static RiskDraftFixture caredFor() {
        return aThreat().withResponsePlan("Second vendor").withNextReviewDate(TODAY);
    }

    @Test
    void risksWithOwnerPlanAndNextReviewPass() {
        fixture.risk(caredFor());

        assertThat(fixture.result(HIGH_AND_ABOVE).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void eachMissingPieceMakesTheRiskAnOffender() {
        Risk noOwner = fixture.risk(caredFor().withoutOwner());
        Risk noPlan = fixture.risk(caredFor().withResponsePlan(null));
        Risk reviewPassed = fixture.risk(caredFor().withNextReviewDate(TODAY.minusDays(1)));
        Risk noNextReview = fixture.risk(caredFor().withNextReviewDate((String) null));

        StandardResult result = fixture.result(HIGH_AND_ABOVE);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.offenderKind()).isEqualTo(OffenderKind.RISK);
        assertThat(result.offenders()).containsExactly("RISK-" + noOwner.id(), "RISK-" + noPlan.id(),
                "RISK-" + reviewPassed.id(), "RISK-" + noNextReview.id());
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.detail()).isEqualTo("4 risks at or above high without an owner, a response plan or a next"
                + " review date not in the past");
    }

    @Test
    void risksBelowTheSeverityAreLeftAlone() {
        fixture.risk(aThreat().withProbability(1).withImpact(2));

        StandardResult result = fixture.result(HIGH_AND_ABOVE);

        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(fixture.result(new Check.RiskCare(Severity.LOW)).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void noRisksAtAllPasses() {
        assertThat(fixture.result(HIGH_AND_ABOVE).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void closedRisksNeedNoCare() {
        fixture.risk(aThreat().withStatus(RiskStatus.CLOSED));

        assertThat(fixture.result(HIGH_AND_ABOVE).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void theNextReviewDateIsJudgedOnTheScansDay() {
        fixture.risk(caredFor());

        assertThat(fixture.result(HIGH_AND_ABOVE, TODAY.plusDays(1)).outcome()).isEqualTo(Outcome.FAILED);
    }
}
