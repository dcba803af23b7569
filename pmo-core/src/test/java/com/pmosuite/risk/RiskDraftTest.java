package com.pmosuite.risk;

import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.Person;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.RiskDraftFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static com.pmosuite.testkit.RiskDraftFixture.anOpportunity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RiskDraftTest {
    private static final RiskSettings THREE_BY_THREE =
            new RiskSettings(RiskMatrix.THREE_BY_THREE, SeverityBands.defaultsFor(RiskMatrix.THREE_BY_THREE));
    private static final LocalDate TODAY = FixedClock.TODAY;

    // --------------------------------------------------------------------------------------- title and text

    @Test
    void aTitleIsRequired() {
        assertThat(errorsOf(aThreat().withTitle(null))).containsExactly(new FieldError("title", "Title is required"));
    }

    @Test
    void aBlankTitleCountsAsMissing() {
        assertThat(errorsOf(aThreat().withTitle(" \t "))).containsExactly(
                new FieldError("title", "Title is required"));
    }

    @Test
    void oneLineFieldsRefuseLineBreaksAndTabs() {
        assertThat(errorsOf(aThreat().withTitle("Vendor\nslips"))).containsExactly(
                new FieldError("title", "must be one line: remove line breaks and tabs"));
        assertThat(errorsOf(aThreat().withTitle("Vendor\tslips"))).containsExactly(
                new FieldError("title", "must be one line: remove line breaks and tabs"));
        assertThat(errorsOf(aThreat().withCategory("Supply\r\nchain"))).containsExactly(
                new FieldError("category", "must be one line: remove line breaks and tabs"));
    }

    @Test
    void multiLineFieldsKeepTheirLineBreaks() {
        assertThat(valid(aThreat().withDescription("First line\nsecond line")).description())
                .isEqualTo("First line\nsecond line");
    }

    @Test
    void aTitleMayHave255CharactersButNoMore() {
        assertThat(valid(aThreat().withTitle("t".repeat(255))).title()).hasSize(255);
        assertThat(errorsOf(aThreat().withTitle("t".repeat(256)))).containsExactly(
                new FieldError("title", "must be at most 255 characters"));
    }

    @Test
    void longTextMayHave10000CharactersButNoMore() {
        assertThat(valid(aThreat().withDescription("d".repeat(10_000))).description()).hasSize(10_000);
        assertThat(errorsOf(aThreat().withResponsePlan("r".repeat(10_001)))).containsExactly(
                new FieldError("responsePlan", "must be at most 10000 characters"));
    }

    @Test
    void textIsTrimmedAndBlankTextIsAbsent() {
        RiskFields fields = valid(aThreat().withTitle("  Servers arrive late \n").withCategory("   ")
                .withTrigger("\tNo shipping notice "));

        assertThat(fields.title()).isEqualTo("Servers arrive late");
        assertThat(fields.category()).isNull();
        assertThat(fields.trigger()).isEqualTo("No shipping notice");
    }

    @Test
    void controlCharactersAreRejected() {
        assertThat(errorsOf(aThreat().withTitle("Servers\u0000late").withCause("bell \u0007 here")))
                .containsExactly(new FieldError("title", "contains control characters (U+0000); remove it"),
                        new FieldError("cause", "contains control characters (U+0007); remove it"));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"007F", "0085", "009B", "202A", "202E", "2066", "2069", "2028", "2029", "FDD0", "FDEF",
        "FFFE", "FFFF", "D800", "DC00"})
    void controlFormattingAndNonCharactersAreRejectedByName(String hex) {
        String character = String.valueOf((char) Integer.parseInt(hex, 16));

        assertThat(errorsOf(aThreat().withDescription("before " + character + " after"))).containsExactly(
                new FieldError("description", "contains control characters (U+" + hex + "); remove it"));
    }

    @Test
    void aNonCharacterBeyondTheBasicPlaneIsRejected() {
        assertThat(errorsOf(aThreat().withCause("x" + new String(Character.toChars(0x1FFFE)))))
                .containsExactly(new FieldError("cause", "contains control characters (U+1FFFE); remove it"));
    }

    @Test
    void charactersBeyondTheBasicPlaneAndRightToLeftTextAreKept() {
        String text = "Lieferung \uD83D\uDE9A verz\u00F6gert \u05E2\u05D1\u05E8\u05D9\u05EA \u200F";

        assertThat(valid(aThreat().withDescription(text)).description()).isEqualTo(text);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"00A0", "2007", "202F", "3000", "2003"})
    void aTitleOfOnlyWideOrNoBreakSpacesCountsAsMissing(String hex) {
        String spaces = String.valueOf((char) Integer.parseInt(hex, 16)).repeat(3);

        assertThat(errorsOf(aThreat().withTitle(spaces + " "))).containsExactly(
                new FieldError("title", "Title is required"));
    }

    @Test
    void lineBreaksAndTabsAreNotControlCharactersInText() {
        String text = "First line\r\nSecond\tline";

        assertThat(valid(aThreat().withDescription(text)).description()).isEqualTo(text);
    }

    // --------------------------------------------------------------------------------------------- defaults

    @Test
    void aRiskIsAnOpenThreatUnlessSaidOtherwise() {
        RiskFields fields = valid(aThreat().withKind(null).withStatus((String) null));

        assertThat(fields.kind()).isEqualTo(RiskKind.THREAT);
        assertThat(fields.status()).isEqualTo(RiskStatus.OPEN);
    }

    @Test
    void kindStatusAndStrategyAreReadIgnoringCaseAndSpaces() {
        RiskFields fields = valid(aThreat().withKind(" Opportunity ").withStatus("MONITORING").withStrategy("Exploit"));

        assertThat(fields.kind()).isEqualTo(RiskKind.OPPORTUNITY);
        assertThat(fields.status()).isEqualTo(RiskStatus.MONITORING);
        assertThat(fields.strategy()).isEqualTo(ResponseStrategy.EXPLOIT);
    }

    @Test
    void anUnknownKindOrStatusIsRejectedListingTheChoices() {
        assertThat(errorsOf(aThreat().withKind("hazard").withStatus("done"))).containsExactly(
                new FieldError("kind", "must be threat or opportunity"),
                new FieldError("status", "must be open, responding, monitoring, occurred or closed"));
    }

    // ------------------------------------------------------------------------------------ probability, impact

    @Test
    void probabilityAndImpactAreRequired() {
        assertThat(errorsOf(aThreat().withProbability(null).withImpact(null))).containsExactly(
                new FieldError("probability", "is required (1 to 5)"),
                new FieldError("impact", "is required (1 to 5)"));
    }

    @Test
    void probabilityAndImpactRunFromOneToFiveOnTheDefaultMatrix() {
        assertThat(valid(aThreat().withProbability(1).withImpact(5)).score()).isEqualTo(5);
        assertThat(errorsOf(aThreat().withProbability(0).withImpact(6))).containsExactly(
                new FieldError("probability", "must be between 1 and 5"),
                new FieldError("impact", "must be between 1 and 5"));
    }

    @Test
    void onAThreeByThreeMatrixLevelsAboveThreeAreRejected() {
        RiskDraftFixture draft = aThreat().withProbability(4).withImpact(3).withResidual(1, 5);

        assertThat(errorsOf(draft, THREE_BY_THREE)).containsExactly(
                new FieldError("probability", "must be between 1 and 3"),
                new FieldError("residualImpact", "must be between 1 and 3"));
    }

    @Test
    void onAThreeByThreeMatrixLevelsUpToThreeAreAccepted() {
        RiskFields fields = valid(aThreat().withProbability(3).withImpact(3).withResidual(1, 2), THREE_BY_THREE);

        assertThat(fields.score()).isEqualTo(9);
        assertThat(fields.residualScore()).isEqualTo(2);
    }

    @Test
    void residualProbabilityWithoutResidualImpactIsRejected() {
        assertThat(errorsOf(aThreat().withResidual(2, null))).containsExactly(new FieldError("residualImpact",
                "give residual probability and residual impact together, or neither"));
    }

    @Test
    void residualImpactWithoutResidualProbabilityIsRejected() {
        assertThat(errorsOf(aThreat().withResidual(null, 2))).containsExactly(new FieldError("residualProbability",
                "give residual probability and residual impact together, or neither"));
    }

    // ------------------------------------------------------------------------------------------ strategies

    @Test
    void exploitIsNotAResponseToAThreat() {
        assertThat(errorsOf(aThreat().withStrategy(ResponseStrategy.EXPLOIT))).containsExactly(
                new FieldError("strategy", "'exploit' is not a response to a threat"));
    }

    @Test
    void mitigateIsNotAResponseToAnOpportunity() {
        assertThat(errorsOf(anOpportunity().withStrategy(ResponseStrategy.MITIGATE))).containsExactly(
                new FieldError("strategy", "'mitigate' is not a response to an opportunity"));
    }

    @Test
    void acceptAndEscalateAreResponsesToThreatsAndOpportunitiesAlike() {
        for (ResponseStrategy strategy : List.of(ResponseStrategy.ACCEPT, ResponseStrategy.ESCALATE)) {
            assertThat(valid(aThreat().withStrategy(strategy)).strategy()).isEqualTo(strategy);
            assertThat(valid(anOpportunity().withStrategy(strategy)).strategy()).isEqualTo(strategy);
        }
    }

    @Test
    void anUnknownStrategyIsRejectedListingTheChoices() {
        assertThat(errorsOf(aThreat().withStrategy("ignore"))).containsExactly(new FieldError("strategy",
                "must be avoid, mitigate, transfer, exploit, enhance, share, accept or escalate"));
    }

    @Test
    void aRespondingRiskNeedsAStrategy() {
        assertThat(errorsOf(aThreat().withStatus(RiskStatus.RESPONDING))).containsExactly(new FieldError("strategy",
                "choose a response strategy before marking the risk responding"));
    }

    @Test
    void aRespondingRiskWithAWrongStrategyGetsOneStrategyError() {
        assertThat(errorsOf(aThreat().withStatus(RiskStatus.RESPONDING).withStrategy("share")))
                .extracting(FieldError::field).containsExactly("strategy");
    }

    // ------------------------------------------------------------------------------------------------ owner

    @Test
    void anOwnerMustBeAKnownPerson() {
        assertThat(errorsOf(aThreat().withOwner("mallory"))).containsExactly(
                new FieldError("ownerKey", "no user with key or username 'mallory'"));
    }

    @Test
    void aRiskMayHaveNoOwner() {
        assertThat(valid(aThreat().withoutOwner()).ownerKey()).isNull();
    }

    // ------------------------------------------------------------------------------------------------ dates

    @ParameterizedTest
    @ValueSource(strings = {"31/12/2026", "2026-13-01", "2026-02-30", "next week"})
    void aDateMustBeAnIsoCalendarDate(String text) {
        assertThat(errorsOf(aThreat().withProximityDate(text))).containsExactly(
                new FieldError("proximityDate", "must be a date like 2026-12-31"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "3000-01-01"})
    void aDateMustFallBetween1900And2999(String text) {
        assertThat(errorsOf(aThreat().withNextReviewDate(text))).containsExactly(
                new FieldError("nextReviewDate", "must be between 1900 and 2999"));
    }

    @Test
    void theFirstAndLastDayOfTheAllowedYearsAreAccepted() {
        RiskFields fields = valid(aThreat().withLastReviewDate("1900-01-01").withNextReviewDate("2999-12-31"));

        assertThat(fields.lastReviewDate()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(fields.nextReviewDate()).isEqualTo(LocalDate.of(2999, 12, 31));
    }

    @Test
    void anOwnerGivenByUsernameIsStoredByKey() {
        InMemoryPeople people = InMemoryPeople.withAliceBobAndCarol()
                .add(new Person("JIRAUSER10100", "dora", "Dora Diaz"));

        RiskFields fields = aThreat().withOwner("dora").build().validate(RiskSettings.DEFAULT, TODAY, people);

        assertThat(fields.ownerKey()).isEqualTo("JIRAUSER10100");
    }

    @Test
    void theLastReviewCannotBeInTheFuture() {
        assertThat(errorsOf(aThreat().withLastReviewDate(TODAY.plusDays(1)))).containsExactly(
                new FieldError("lastReviewDate", "cannot be in the future"));
    }

    @Test
    void theLastReviewMayBeToday() {
        assertThat(valid(aThreat().withLastReviewDate(TODAY)).lastReviewDate()).isEqualTo(TODAY);
    }

    @Test
    void theNextReviewCannotComeBeforeTheLast() {
        assertThat(errorsOf(aThreat().withLastReviewDate(TODAY).withNextReviewDate(TODAY.minusDays(1))))
                .containsExactly(new FieldError("nextReviewDate", "must be on or after the last review date"));
    }

    @Test
    void theNextReviewMayBeOnTheDayOfTheLast() {
        assertThat(valid(aThreat().withLastReviewDate(TODAY).withNextReviewDate(TODAY)).nextReviewDate())
                .isEqualTo(TODAY);
    }

    // ------------------------------------------------------------------------------------------------- cost

    @Test
    void aCostIsKeptToTheCent() {
        assertThat(valid(aThreat().withCostImpact("12500")).costImpact()).isEqualTo(new BigDecimal("12500.00"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.500,00", "12,50", "1,234,567.5", "1 500", "1_500", "1'500.00", "+5", ".5", "5.",
        "1e3", "\u0663", "\uFF11\uFF12"})
    void aCostInAnyFormButTheCanonicalOneIsRefusedSayingWhichFormIsExpected(String cost) {
        // "1.500,00" used to be stored as 1.50 and "12,50" as 1250.00: guessing the locale changes the amount.
        assertThat(errorsOf(aThreat().withCostImpact(cost))).containsExactly(
                new FieldError("costImpact", "must be an amount like 12500.00: digits, then optionally '.' and at"
                        + " most two decimals; no thousands separators, no decimal comma"));
    }

    @Test
    void aCostOfAMillionDigitsIsRefusedBeforeItIsParsed() {
        assertThat(errorsOf(aThreat().withCostImpact("9".repeat(1_000_000)))).containsExactly(
                new FieldError("costImpact", "must be at most 9999999999999.99"));
    }

    @Test
    void aCostOfAMillionDecimalsIsRefusedBeforeItIsParsed() {
        assertThat(errorsOf(aThreat().withCostImpact("1." + "0".repeat(1_000_000)))).containsExactly(
                new FieldError("costImpact", "must have at most 2 decimal places"));
    }

    @Test
    void leadingZerosDoNotCountTowardsTheLargestCost() {
        assertThat(valid(aThreat().withCostImpact("0".repeat(100) + "12.5")).costImpact())
                .isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void aNegativeCostIsRejectedBecauseTheKindGivesTheSign() {
        assertThat(errorsOf(aThreat().withCostImpact("-100"))).containsExactly(
                new FieldError("costImpact", "must not be negative (the risk's kind gives the sign)"));
    }

    @Test
    void aCostWithMoreThanTwoDecimalsIsRejected() {
        assertThat(errorsOf(aThreat().withCostImpact("10.005"))).containsExactly(
                new FieldError("costImpact", "must have at most 2 decimal places"));
    }

    @Test
    void threeDecimalsAreRefusedEvenWhenTheyEndInZero() {
        // In many locales "10.500" is ten thousand five hundred.
        assertThat(errorsOf(aThreat().withCostImpact("10.500"))).containsExactly(
                new FieldError("costImpact", "must have at most 2 decimal places"));
    }

    @Test
    void aCostAboveTheLargestStorableAmountIsRejected() {
        assertThat(valid(aThreat().withCostImpact("9999999999999.99")).costImpact()).isEqualTo(RiskDraft.COST_MAX);
        assertThat(errorsOf(aThreat().withCostImpact("10000000000000"))).containsExactly(
                new FieldError("costImpact", "must be at most 9999999999999.99"));
    }

    @Test
    void aCostThatIsNotANumberIsRejected() {
        assertThat(errorsOf(aThreat().withCostImpact("a lot"))).extracting(FieldError::field)
                .containsExactly("costImpact");
    }

    // ------------------------------------------------------------------------------------------ issue keys

    @Test
    void linkedIssueKeysAreTrimmedUpperCasedAndDeduplicatedInTheirFirstOrder() {
        RiskFields fields = valid(aThreat().withLinkedIssueKeys(" ops-42 ", "INFRA-7", "OPS-42", "", null, "infra-7"));

        assertThat(fields.linkedIssueKeys()).containsExactly("OPS-42", "INFRA-7");
    }

    @Test
    void somethingThatIsNotAnIssueKeyIsRejectedByName() {
        assertThat(errorsOf(aThreat().withLinkedIssueKeys("OPS-42", " 42-OPS", "OPS-0", "OPS"))).containsExactly(
                new FieldError("linkedIssueKeys", "'42-OPS' is not an issue key like ABC-123"),
                new FieldError("linkedIssueKeys", "'OPS-0' is not an issue key like ABC-123"),
                new FieldError("linkedIssueKeys", "'OPS' is not an issue key like ABC-123"));
    }

    @Test
    void aRiskLinksToAtMostFiftyIssues() {
        String[] fifty = IntStream.rangeClosed(1, 50).mapToObj(i -> "OPS-" + i).toArray(String[]::new);
        String[] fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(i -> "OPS-" + i).toArray(String[]::new);

        assertThat(valid(aThreat().withLinkedIssueKeys(fifty)).linkedIssueKeys()).hasSize(50);
        assertThat(errorsOf(aThreat().withLinkedIssueKeys(fiftyOne))).containsExactly(
                new FieldError("linkedIssueKeys", "at most 50 linked issues"));
    }

    @Test
    void noLinkedIssueKeyListMeansNoLinkedIssues() {
        assertThat(valid(aThreat().withLinkedIssueKeysOmitted()).linkedIssueKeys()).isEmpty();
    }

    // ----------------------------------------------------------------------------------------- whole draft

    @Test
    void everyProblemIsReportedAtOnce() {
        RiskDraftFixture draft = aThreat().withTitle(null).withProbability(9).withStrategy("exploit")
                .withOwner("mallory").withLastReviewDate("yesterday").withCostImpact("-1")
                .withLinkedIssueKeys("nope").withDescription("tab\u0001").withContingencyPlan("x".repeat(10_001));

        assertThat(errorsOf(draft)).extracting(FieldError::field).containsExactlyInAnyOrder("title", "probability",
                "strategy", "ownerKey", "lastReviewDate", "costImpact", "linkedIssueKeys", "description",
                "contingencyPlan");
    }

    @Test
    void aFullyDescribedDraftKeepsEveryValue() {
        RiskFields fields = valid(aThreat().fullyDescribed());

        assertThat(fields).isEqualTo(new RiskFields("Key supplier delivers the servers late",
                "The only vendor with stock has missed two of its last five dates.", "Supply chain",
                "Single source for the rack servers", "Go-live slips by up to four weeks", RiskKind.THREAT, 3, 4,
                "alice", RiskStatus.RESPONDING, ResponseStrategy.MITIGATE, "Order from a second vendor in parallel",
                "Run the pilot on cloud machines", "No shipping notice by the 15th", LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 16), 2, 3, new BigDecimal("48000.50"),
                List.of("OPS-42", "INFRA-7")));
    }

    @Test
    void theDraftOfStoredFieldsValidatesBackToTheSameFields() {
        RiskFields fields = valid(anOpportunity().fullyDescribed());

        assertThat(valid(RiskDraft.of(fields))).isEqualTo(fields);
    }

    // --------------------------------------------------------------------------------------------- helpers

    private static RiskFields valid(RiskDraftFixture draft) {
        return valid(draft.build());
    }

    private static RiskFields valid(RiskDraft draft) {
        return draft.validate(RiskSettings.DEFAULT, TODAY, InMemoryPeople.withAliceBobAndCarol());
    }

    private static RiskFields valid(RiskDraftFixture draft, RiskSettings settings) {
        return draft.build().validate(settings, TODAY, InMemoryPeople.withAliceBobAndCarol());
    }

    private static List<FieldError> errorsOf(RiskDraftFixture draft) {
        return errorsOf(draft, RiskSettings.DEFAULT);
    }

    private static List<FieldError> errorsOf(RiskDraftFixture draft, RiskSettings settings) {
        ValidationFailed failure = catchThrowableOfType(ValidationFailed.class,
                () -> draft.build().validate(settings, TODAY, InMemoryPeople.withAliceBobAndCarol()));
        assertThat(failure).as("validation failure").isNotNull();
        return failure.errors();
    }
}
