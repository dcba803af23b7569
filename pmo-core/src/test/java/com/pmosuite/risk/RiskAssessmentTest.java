package com.pmosuite.risk;

import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static com.pmosuite.testkit.RiskDraftFixture.anOpportunity;
import static org.assertj.core.api.Assertions.assertThat;

class RiskAssessmentTest {
    private static final LocalDate TODAY = FixedClock.TODAY;
    private static final RiskSettings THREE_BY_THREE =
            new RiskSettings(RiskMatrix.THREE_BY_THREE, SeverityBands.defaultsFor(RiskMatrix.THREE_BY_THREE));

    @Test
    void theScoreIsProbabilityTimesImpactClassifiedByTheProjectsBands() {
        RiskAssessment assessment = assess(aThreat().withProbability(4).withImpact(5).withResidual(2, 2));

        assertThat(assessment.score()).isEqualTo(20);
        assertThat(assessment.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(assessment.residualScore()).isEqualTo(4);
        assertThat(assessment.residualSeverity()).isEqualTo(Severity.LOW);
    }

    @Test
    void withoutAResidualAssessmentTheResidualIsTheInherentScore() {
        RiskAssessment assessment = assess(aThreat().withProbability(3).withImpact(4).withoutResidual());

        assertThat(assessment.residualScore()).isEqualTo(12);
        assertThat(assessment.residualSeverity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void theBandsOfAThreeByThreeProjectApply() {
        RiskAssessment assessment = RiskAssessment.of(
                aThreat().withProbability(2).withImpact(3).fields(THREE_BY_THREE), THREE_BY_THREE, TODAY);

        assertThat(assessment.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void aThreatsExpectedMonetaryValueIsNegative() {
        RiskAssessment assessment = assess(aThreat().withProbability(3).withCostImpact("10000"));

        assertThat(assessment.expectedMonetaryValue()).isEqualTo(new BigDecimal("-5000.00"));
    }

    @Test
    void anOpportunitysExpectedMonetaryValueIsPositive() {
        RiskAssessment assessment = assess(anOpportunity().withProbability(3).withCostImpact("10000"));

        assertThat(assessment.expectedMonetaryValue()).isEqualTo(new BigDecimal("5000.00"));
    }

    @Test
    void theExpectedMonetaryValueIsRoundedHalfUpToTheCent() {
        // 12.25 x 50% = 6.125: half up gives 6.13 where half even or down would give 6.12.
        assertThat(assess(anOpportunity().withProbability(3).withCostImpact("12.25")).expectedMonetaryValue())
                .isEqualTo(new BigDecimal("6.13"));
        assertThat(assess(aThreat().withProbability(3).withCostImpact("12.25")).expectedMonetaryValue())
                .isEqualTo(new BigDecimal("-6.13"));
    }

    @Test
    void onAThreeByThreeMatrixTheLowestLevelCountsAsOneSixth() {
        RiskFields fields =
                anOpportunity().withProbability(1).withImpact(1).withCostImpact("100").fields(THREE_BY_THREE);

        RiskAssessment assessment = RiskAssessment.of(fields, THREE_BY_THREE, TODAY);

        assertThat(assessment.expectedMonetaryValue()).isEqualTo(new BigDecimal("16.67"));
    }

    @Test
    void onAThreeByThreeMatrixTheExpectedMonetaryValueIsRoundedOnlyOnceAtTheEnd() {
        // 1/6 and 5/6 have no exact decimal: rounding the probability first would give 5000.01, 0.02 and
        // 1666670000000.00 here.
        assertThat(threeByThreeEmv(1, "30000")).isEqualTo(new BigDecimal("5000.00"));
        assertThat(threeByThreeEmv(3, "0.03")).isEqualTo(new BigDecimal("0.03"));
        assertThat(threeByThreeEmv(1, "9999999999999.99")).isEqualTo(new BigDecimal("1666666666666.67"));
    }

    @Test
    void theResidualExpectedMonetaryValueUsesTheResidualProbability() {
        RiskAssessment assessment = assess(aThreat().withProbability(5).withResidual(1, 4).withCostImpact("10000"));

        assertThat(assessment.expectedMonetaryValue()).isEqualTo(new BigDecimal("-9000.00"));
        assertThat(assessment.residualExpectedMonetaryValue()).isEqualTo(new BigDecimal("-1000.00"));
    }

    @Test
    void withoutAResidualAssessmentTheResidualExpectedMonetaryValueIsTheInherentOne() {
        RiskAssessment assessment = assess(aThreat().withProbability(2).withoutResidual().withCostImpact("10000"));

        assertThat(assessment.residualExpectedMonetaryValue()).isEqualTo(new BigDecimal("-3000.00"));
    }

    @Test
    void withoutACostImpactThereIsNoExpectedMonetaryValue() {
        RiskAssessment assessment = assess(aThreat().withResidual(1, 1).withCostImpact(null));

        assertThat(assessment.expectedMonetaryValue()).isNull();
        assertThat(assessment.residualExpectedMonetaryValue()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = RiskStatus.class, names = {"OPEN", "RESPONDING", "MONITORING"})
    void aLiveRiskPastItsNextReviewIsOverdue(RiskStatus status) {
        RiskAssessment assessment = assess(live(status).withNextReviewDate(TODAY.minusDays(1)));

        assertThat(assessment.reviewOverdue()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = RiskStatus.class, names = {"OCCURRED", "CLOSED"})
    void aRiskThatCanNoLongerHappenIsNeverOverdue(RiskStatus status) {
        RiskAssessment assessment = assess(aThreat().withStatus(status).withNextReviewDate(TODAY.minusDays(30)));

        assertThat(assessment.reviewOverdue()).isFalse();
    }

    @Test
    void aReviewDueTodayIsNotOverdueYet() {
        assertThat(assess(aThreat().withNextReviewDate(TODAY)).reviewOverdue()).isFalse();
    }

    @Test
    void aRiskWithoutANextReviewIsNotOverdue() {
        assertThat(assess(aThreat().withNextReviewDate((String) null)).reviewOverdue()).isFalse();
    }

    private static BigDecimal threeByThreeEmv(int probability, String cost) {
        RiskFields fields = anOpportunity().withProbability(probability).withImpact(1).withCostImpact(cost)
                .fields(THREE_BY_THREE);
        return RiskAssessment.of(fields, THREE_BY_THREE, TODAY).expectedMonetaryValue();
    }

    private static RiskDraftFixture live(RiskStatus status) {
        return aThreat().withStatus(status).withStrategy(ResponseStrategy.MITIGATE);
    }

    private static RiskAssessment assess(RiskDraftFixture draft) {
        return RiskAssessment.of(draft.fields(), RiskSettings.DEFAULT, TODAY);
    }
}
