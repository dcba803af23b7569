package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.OffenderKind;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.StandardResult;
import com.pmosuite.risk.RiskStatus;
import org.junit.jupiter.api.Test;

import static com.pmosuite.compliance.engine.ScanFixture.TODAY;
import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static org.assertj.core.api.Assertions.assertThat;

/** "The risk register was reviewed within N days": the latest review of its open risks is that recent. */
class RiskReviewCheckTest {
    private static final Check MONTHLY = new Check.RiskReview(30);
    private final ScanFixture fixture = new ScanFixture();

    @Test
    void aRegisterWithoutRisksIsNotApplicable() {
        StandardResult result = fixture.result(MONTHLY);

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(result.detail()).isEqualTo("no open risks");
    }

    @Test
    void closedRisksAloneAreNotApplicable() {
        fixture.risk(aThreat().withStatus(RiskStatus.CLOSED).withLastReviewDate(TODAY.minusDays(300)));

        assertThat(fixture.result(MONTHLY).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void reviewedExactlyNDaysAgoPasses() {
        fixture.risk(aThreat().withLastReviewDate(TODAY.minusDays(90)));
        fixture.risk(aThreat().withLastReviewDate(TODAY.minusDays(30)));

        assertThat(fixture.result(MONTHLY).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void reviewedOneDayEarlierFails() {
        fixture.risk(aThreat().withLastReviewDate(TODAY.minusDays(31)));

        StandardResult result = fixture.result(MONTHLY);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.offenderKind()).isEqualTo(OffenderKind.PROJECT);
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.detail()).isEqualTo("last reviewed on 2026-01-30, 31 days ago (at most 30 days)");
    }

    @Test
    void aClosedRisksRecentReviewDoesNotCount() {
        fixture.risk(aThreat().withLastReviewDate(TODAY.minusDays(60)));
        fixture.risk(aThreat().withStatus(RiskStatus.CLOSED).withLastReviewDate(TODAY));

        assertThat(fixture.result(MONTHLY).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void openRisksNeverReviewedFail() {
        fixture.risk(aThreat());

        assertThat(fixture.result(MONTHLY).detail()).isEqualTo("no open risk was ever reviewed");
    }
}
