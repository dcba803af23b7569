package com.pmosuite.risk;

import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static com.pmosuite.testkit.RiskDraftFixture.copyOf;
import static org.assertj.core.api.Assertions.assertThat;

class RiskMergeTest {
    private final RiskFields base = aThreat().fullyDescribed().fields();

    @Test
    void fieldsOnlyIChangedAreAppliedOnTopOfTheirs() {
        RiskFields mine = copyOf(base).withTitle("My title").withImpact(5).fields();
        RiskFields theirs = copyOf(base).withDescription("Their description").fields();

        RiskMerge merge = RiskMerge.of(base, mine, theirs);

        assertThat(merge.isClean()).isTrue();
        assertThat(merge.merged()).isEqualTo(copyOf(base).withTitle("My title").withImpact(5)
                .withDescription("Their description").fields());
    }

    @Test
    void fieldsOnlyTheyChangedKeepTheirValueEvenWhenMyFormStillShowsTheOldOne() {
        RiskFields mine = copyOf(base).withCategory("Mine").fields();
        RiskFields theirs = copyOf(base).withTitle("Renamed by Carol").withProbability(1).fields();

        RiskFields merged = RiskMerge.of(base, mine, theirs).merged();

        assertThat(merged.title()).isEqualTo("Renamed by Carol");
        assertThat(merged.probability()).isEqualTo(1);
        assertThat(merged.category()).isEqualTo("Mine");
    }

    @Test
    void aFieldBothChangedToDifferentValuesIsTheOnlyConflictAndKeepsTheirValue() {
        RiskFields mine = copyOf(base).withTitle("My title").withCategory("Mine").fields();
        RiskFields theirs = copyOf(base).withTitle("Their title").withTrigger("Their trigger").fields();

        RiskMerge merge = RiskMerge.of(base, mine, theirs);

        assertThat(merge.conflicts()).containsExactly("title");
        assertThat(merge.merged().title()).isEqualTo("Their title");
        assertThat(merge.merged().category()).isEqualTo("Mine");
        assertThat(merge.merged().trigger()).isEqualTo("Their trigger");
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        RiskFields mine = copyOf(base).withStatus(RiskStatus.MONITORING).withCostImpact("100").fields();
        RiskFields theirs = copyOf(base).withStatus(RiskStatus.MONITORING).withCostImpact("100.00").fields();

        RiskMerge merge = RiskMerge.of(base, mine, theirs);

        assertThat(merge.isClean()).isTrue();
        assertThat(merge.merged().status()).isEqualTo(RiskStatus.MONITORING);
    }

    @Test
    void clearingAFieldIsAChangeLikeAnyOther() {
        RiskFields mine = copyOf(base).withDescription(null).fields();
        RiskFields theirs = copyOf(base).withCause("Their cause").fields();

        RiskFields merged = RiskMerge.of(base, mine, theirs).merged();

        assertThat(merged.description()).isNull();
        assertThat(merged.cause()).isEqualTo("Their cause");
    }

    @Test
    void clearingAFieldTheyChangedIsAConflict() {
        RiskFields mine = copyOf(base).withResponsePlan(null).fields();
        RiskFields theirs = copyOf(base).withResponsePlan("Their plan").fields();

        RiskMerge merge = RiskMerge.of(base, mine, theirs);

        assertThat(merge.conflicts()).containsExactly("responsePlan");
        assertThat(merge.merged().responsePlan()).isEqualTo("Their plan");
    }

    @Test
    void aMoneyAmountWrittenWithOtherDecimalsIsNoChange() {
        RiskFields mine = copyOf(base).withCostImpact("48000.5").withTitle("Mine").fields();
        RiskFields theirs = copyOf(base).withCostImpact("9").fields();

        RiskMerge merge = RiskMerge.of(base, mine, theirs);

        assertThat(merge.isClean()).isTrue();
        assertThat(merge.merged().costImpact()).isEqualByComparingTo(new BigDecimal("9"));
    }

    @Test
    void linkedIssuesAddedAndRemovedOnBothSidesAreAllApplied() {
        RiskFields start = copyOf(base).withLinkedIssueKeys("OPS-1", "OPS-2", "OPS-3").fields();
        RiskFields mine = copyOf(start).withLinkedIssueKeys("OPS-1", "OPS-3", "MY-1").fields();
        RiskFields theirs = copyOf(start).withLinkedIssueKeys("OPS-2", "OPS-3", "THEIR-1").fields();

        RiskMerge merge = RiskMerge.of(start, mine, theirs);

        assertThat(merge.isClean()).isTrue();
        assertThat(merge.merged().linkedIssueKeys()).containsExactly("OPS-3", "THEIR-1", "MY-1");
    }

    @Test
    void linkedIssuesOnlyTheyChangedStayAsTheyAreWhenIOnlyReorderedMine() {
        RiskFields start = copyOf(base).withLinkedIssueKeys("OPS-1", "OPS-2").fields();
        RiskFields mine = copyOf(start).withLinkedIssueKeys("OPS-2", "OPS-1").fields();
        RiskFields theirs = copyOf(start).withLinkedIssueKeys("OPS-1", "OPS-2", "OPS-9").fields();

        assertThat(RiskMerge.of(start, mine, theirs).merged().linkedIssueKeys())
                .containsExactly("OPS-1", "OPS-2", "OPS-9");
    }

    @Test
    void linkedIssuesFromNoneToSomeOnBothSidesAreUnited() {
        RiskFields start = copyOf(base).withLinkedIssueKeys().fields();
        RiskFields mine = copyOf(start).withLinkedIssueKeys("A-1").fields();
        RiskFields theirs = copyOf(start).withLinkedIssueKeys("B-1").fields();

        assertThat(RiskMerge.of(start, mine, theirs).merged().linkedIssueKeys()).containsExactly("B-1", "A-1");
    }

    @Test
    void removingEveryLinkWhileTheyAddedOneKeepsOnlyTheirs() {
        RiskFields start = copyOf(base).withLinkedIssueKeys("OPS-1").fields();
        RiskFields mine = copyOf(start).withLinkedIssueKeys().fields();
        RiskFields theirs = copyOf(start).withLinkedIssueKeys("OPS-1", "OPS-2").fields();

        assertThat(RiskMerge.of(start, mine, theirs).merged().linkedIssueKeys()).containsExactly("OPS-2");
    }

    @Test
    void aResidualLevelEachSideChangedCombinesWhenTheAssessmentStaysWhole() {
        RiskFields mine = copyOf(base).withResidualProbability(1).fields();
        RiskFields theirs = copyOf(base).withResidualImpact(5).fields();

        RiskMerge merge = RiskMerge.of(base, mine, theirs);

        assertThat(merge.isClean()).isTrue();
        assertThat(merge.merged().residualProbability()).isEqualTo(1);
        assertThat(merge.merged().residualImpact()).isEqualTo(5);
    }

    @Test
    void aResidualAssessmentIClearedWhileTheyChangedOneLevelIsAskedAboutAsAPair() {
        RiskFields mine = copyOf(base).withoutResidual().fields();
        RiskFields theirs = copyOf(base).withResidualImpact(5).fields();

        RiskMerge merge = RiskMerge.of(base, mine, theirs);

        assertThat(merge.conflicts()).containsExactly("residualImpact");
        assertThat(merge.merged().residualProbability()).isNull();
        assertThat(merge.merged().residualImpact()).isEqualTo(5);
    }

    @Test
    void aStrategyThatWouldNotSuitTheirNewKindIsAskedAboutWithTheKind() {
        RiskFields start = aThreat().withStrategy(ResponseStrategy.ACCEPT).fields();
        RiskFields mine = copyOf(start).withStrategy(ResponseStrategy.MITIGATE).fields();
        RiskFields theirs = copyOf(start).withKind("opportunity").fields();

        RiskMerge merge = RiskMerge.of(start, mine, theirs);

        assertThat(merge.conflicts()).containsExactly("kind", "strategy");
        assertThat(merge.merged().kind()).isEqualTo(RiskKind.OPPORTUNITY);
        assertThat(merge.merged().strategy()).isEqualTo(ResponseStrategy.ACCEPT);
    }

    @Test
    void aStrategyIClearedWhileTheyMarkedTheRiskRespondingIsAskedAbout() {
        RiskFields start = aThreat().withStrategy(ResponseStrategy.MITIGATE).fields();
        RiskFields mine = copyOf(start).withStrategy((String) null).fields();
        RiskFields theirs = copyOf(start).withStatus(RiskStatus.RESPONDING).fields();

        RiskMerge merge = RiskMerge.of(start, mine, theirs);

        assertThat(merge.conflicts()).containsExactly("status", "strategy");
        assertThat(merge.merged().status()).isEqualTo(RiskStatus.RESPONDING);
        assertThat(merge.merged().strategy()).isEqualTo(ResponseStrategy.MITIGATE);
    }

    @Test
    void reviewDatesThatWouldEndUpInTheWrongOrderAreAskedAbout() {
        RiskFields mine = copyOf(base).withNextReviewDate(LocalDate.of(2026, 2, 20)).fields();
        RiskFields theirs = copyOf(base).withLastReviewDate(LocalDate.of(2026, 2, 25)).fields();

        RiskMerge merge = RiskMerge.of(base, mine, theirs);

        assertThat(merge.conflicts()).containsExactly("lastReviewDate", "nextReviewDate");
        assertThat(merge.merged().nextReviewDate()).isEqualTo(base.nextReviewDate());
    }

    @Test
    void withoutABaseEveryDifferenceIsAConflictAndTheirsIsKept() {
        RiskFields mine = copyOf(base).withTitle("Mine").fields();
        RiskFields theirs = copyOf(base).withDescription("Theirs").fields();

        RiskMerge merge = RiskMerge.withoutBase(mine, theirs);

        assertThat(merge.conflicts()).containsExactly("title", "description");
        assertThat(merge.merged()).isEqualTo(theirs);
    }

    @Test
    void theFieldsOfAnEarlierVersionAreRebuiltFromTheHistory() {
        RiskRegister register = new RiskRegister(new InMemoryRiskStore(), new InMemoryRiskSettingsStore(),
                InMemoryPeople.withAliceBobAndCarol(), FixedClock.atStart());
        Risk first = register.create("ALPHA", aThreat().fullyDescribed().build(), "alice");
        Risk second = register.update(first.id(), 1, copyOf(first.fields()).withTitle("Second").withDescription(null)
                .withCostImpact(null).withLinkedIssueKeys("OPS-42").build(), "bob");
        Risk third = register.update(first.id(), 2, copyOf(second.fields()).withResidual(null, null)
                .withStrategy(ResponseStrategy.AVOID).withLinkedIssueKeys().build(), "carol");
        List<RiskHistoryEntry> history = register.history(first.id());

        assertThat(RiskMerge.fieldsAt(third.fields(), 3, history, 1)).contains(first.fields());
        assertThat(RiskMerge.fieldsAt(third.fields(), 3, history, 2)).contains(second.fields());
        assertThat(RiskMerge.fieldsAt(third.fields(), 3, history, 3)).contains(third.fields());
    }

    @Test
    void aVersionTheHistoryCannotReachHasNoFields() {
        RiskFields now = aThreat().fields();

        assertThat(RiskMerge.fieldsAt(now, 2, List.of(), 0)).isEmpty();
        assertThat(RiskMerge.fieldsAt(now, 2, List.of(), 3)).isEmpty();
    }

    @Test
    void theFieldNamesAreTheRestBodysInTheFormsOrder() {
        assertThat(RiskMerge.fieldNames()).startsWith("title", "description").endsWith("costImpact",
                "linkedIssueKeys").hasSize(21);
    }
}
