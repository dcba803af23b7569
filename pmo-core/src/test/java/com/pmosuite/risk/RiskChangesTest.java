package com.pmosuite.risk;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static com.pmosuite.testkit.RiskDraftFixture.anOpportunity;
import static com.pmosuite.testkit.RiskDraftFixture.copyOf;
import static org.assertj.core.api.Assertions.assertThat;

class RiskChangesTest {

    @Test
    void identicalFieldsHaveNoChanges() {
        RiskFields fields = aThreat().fullyDescribed().fields();

        assertThat(RiskChanges.between(fields, copyOf(fields).fields())).isEmpty();
    }

    @Test
    void eachChangedFieldIsListedOnceWithItsOldAndNewValue() {
        RiskFields before = aThreat().withTitle("Old title").withProbability(2).fields();
        RiskFields after = copyOf(before).withTitle("New title").withImpact(5).fields();

        assertThat(RiskChanges.between(before, after)).containsExactly(
                new FieldChange("title", "Old title", "New title"),
                new FieldChange("impact", "4", "5"));
    }

    @Test
    void changesAreListedInTheFormsFieldOrderWhateverOrderTheyWereMadeIn() {
        RiskFields before = aThreat().fields();
        RiskFields after = copyOf(before).withLinkedIssueKeys("OPS-1").withCostImpact("1").withTitle("Renamed")
                .withStatus(RiskStatus.MONITORING).fields();

        assertThat(RiskChanges.between(before, after)).extracting(FieldChange::field)
                .containsExactly("title", "status", "costImpact", "linkedIssueKeys");
    }

    @Test
    void enumerationsAreSpelledInLowerCaseAsInTheApi() {
        RiskFields before = aThreat().withStrategy(ResponseStrategy.ACCEPT).fields();
        RiskFields after = copyOf(before).withKind("opportunity").withStatus(RiskStatus.RESPONDING)
                .withStrategy(ResponseStrategy.ENHANCE).fields();

        assertThat(RiskChanges.between(before, after)).containsExactly(
                new FieldChange("kind", "threat", "opportunity"),
                new FieldChange("status", "open", "responding"),
                new FieldChange("strategy", "accept", "enhance"));
    }

    @Test
    void datesAreIsoAndMoneyIsAPlainDecimalToTheCent() {
        RiskFields before = aThreat().withProximityDate(LocalDate.of(2026, 6, 30)).withCostImpact("10000").fields();
        RiskFields after = copyOf(before).withProximityDate(LocalDate.of(2026, 7, 1)).withCostImpact("12500.5")
                .fields();

        assertThat(RiskChanges.between(before, after)).containsExactly(
                new FieldChange("proximityDate", "2026-06-30", "2026-07-01"),
                new FieldChange("costImpact", "10000.00", "12500.50"));
    }

    @Test
    void linkedIssueKeysAreListedCommaSeparated() {
        RiskFields before = aThreat().withLinkedIssueKeys("OPS-42").fields();
        RiskFields after = copyOf(before).withLinkedIssueKeys("OPS-42", "INFRA-7").fields();

        assertThat(RiskChanges.between(before, after)).containsExactly(
                new FieldChange("linkedIssueKeys", "OPS-42", "OPS-42, INFRA-7"));
    }

    @Test
    void aReorderingOfLinkedIssuesIsAChange() {
        RiskFields before = aThreat().withLinkedIssueKeys("OPS-1", "OPS-2").fields();
        RiskFields after = copyOf(before).withLinkedIssueKeys("OPS-2", "OPS-1").fields();

        assertThat(RiskChanges.between(before, after)).containsExactly(
                new FieldChange("linkedIssueKeys", "OPS-1, OPS-2", "OPS-2, OPS-1"));
    }

    @Test
    void aValueThatAppearsOrDisappearsHasNoOldOrNoNewValue() {
        RiskFields before = aThreat().withoutOwner().withLinkedIssueKeys("OPS-1").fields();
        RiskFields after = copyOf(before).withOwner("bob").withResidual(1, 2).withLinkedIssueKeys().fields();

        assertThat(RiskChanges.between(before, after)).containsExactly(
                new FieldChange("ownerKey", null, "bob"),
                new FieldChange("residualProbability", null, "1"),
                new FieldChange("residualImpact", null, "2"),
                new FieldChange("linkedIssueKeys", "OPS-1", null));
    }

    @Test
    void everyFieldOfARiskIsCompared() {
        RiskFields before = aThreat().fields();
        RiskFields after = anOpportunity().fullyDescribed().withTitle("Other").withProbability(1).withImpact(1)
                .withOwner("carol").fields();

        assertThat(RiskChanges.between(before, after)).extracting(FieldChange::field).containsExactly(
                "title", "description", "category", "cause", "effect", "kind", "probability", "impact", "ownerKey",
                "status", "strategy", "responsePlan", "contingencyPlan", "trigger", "proximityDate",
                "lastReviewDate", "nextReviewDate", "residualProbability", "residualImpact", "costImpact",
                "linkedIssueKeys");
    }
}
