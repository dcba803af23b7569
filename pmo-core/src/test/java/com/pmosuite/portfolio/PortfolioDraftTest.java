package com.pmosuite.portfolio;

import com.pmosuite.rollup.RagThresholds;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.PortfolioFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortfolioDraftTest {
    private static final Set<Long> PROJECTS = Set.of(10000L, 10001L, 10002L, 10003L);
    private static final Set<Long> CATEGORIES = Set.of(1L, 2L, 3L);
    private final InMemoryPeople people = InMemoryPeople.withAliceBobAndCarol();

    private static PortfolioDraft named(String name) {
        return new PortfolioDraft(name, null, null, null, null, null, null, null);
    }

    private static PortfolioDraft withPlan(PortfolioDraft.Plan plan) {
        return new PortfolioDraft("P", null, null, null, plan, null, null, null);
    }

    private static PortfolioDraft.Plan planOf(String bac, String currency, String start, String finish,
                                              String rate) {
        return new PortfolioDraft.Plan(bac, currency, start, finish, rate, null);
    }

    private PortfolioFields valid(PortfolioDraft draft) {
        return draft.validate(people, PROJECTS, CATEGORIES);
    }

    private List<FieldError> errorsOf(PortfolioDraft draft) {
        try {
            valid(draft);
        } catch (ValidationFailed e) {
            return e.errors();
        }
        throw new AssertionError("expected the draft to be refused");
    }

    @Test
    void aDraftOfStoredFieldsValidatesBackToTheSameFields() {
        PortfolioFields fields = PortfolioFixtures.digitalTransformation();

        assertThat(valid(PortfolioDraft.of(fields))).isEqualTo(fields);
    }

    @Test
    void theNameIsRequiredAndTrimmedAndTheColourDefaults() {
        assertThat(errorsOf(named("  \u00a0 "))).containsExactly(new FieldError("name", "is required"));
        PortfolioFields fields = valid(named("  Growth  "));
        assertThat(fields.name()).isEqualTo("Growth");
        assertThat(fields.colour()).isEqualTo(PortfolioDraft.DEFAULT_COLOUR);
    }

    @Test
    void textIsRefusedAtOneCharacterPastItsLimit() {
        assertThat(valid(named("n".repeat(PortfolioDraft.NAME_MAX))).name()).hasSize(PortfolioDraft.NAME_MAX);
        assertThat(errorsOf(named("n".repeat(PortfolioDraft.NAME_MAX + 1)))).extracting(FieldError::field)
                .containsExactly("name");
        PortfolioDraft longDescription = new PortfolioDraft("P", "d".repeat(PortfolioDraft.DESCRIPTION_MAX + 1),
                null, null, null, null, null, null);
        assertThat(errorsOf(longDescription)).extracting(FieldError::field).containsExactly("description");
    }

    @Test
    void aNameMustBeOneLineWithoutControlCharacters() {
        assertThat(errorsOf(named("Two\nlines"))).extracting(FieldError::field).containsExactly("name");
        assertThat(errorsOf(named("Bidi \u202e trick"))).extracting(FieldError::message)
                .containsExactly("contains control characters (U+202E); remove it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0052cc", "#0052c", "#0052cz", "#0052cc0", "red"})
    void aColourMustBeHashAndSixHexDigits(String colour) {
        assertThat(errorsOf(new PortfolioDraft("P", null, null, colour, null, null, null, null)))
                .containsExactly(new FieldError("colour", "must be a colour like #0052cc"));
    }

    @Test
    void aColourIsStoredInLowerCase() {
        assertThat(valid(new PortfolioDraft("P", null, null, "#00A3BF", null, null, null, null)).colour())
                .isEqualTo("#00a3bf");
    }

    @Test
    void anOwnerIsStoredByUserKeyAndMustExist() {
        assertThat(valid(new PortfolioDraft("P", null, "alice", null, null, null, null, null)).ownerKey())
                .isEqualTo("alice");
        assertThat(errorsOf(new PortfolioDraft("P", null, "nobody", null, null, null, null, null)))
                .containsExactly(new FieldError("ownerKey", "no user with key or username 'nobody'"));
    }

    @Test
    void amountsHaveTheRiskRegistersCanonicalForm() {
        PlanFigures plan = valid(withPlan(planOf("0012500", null, null, null, "85.5"))).defaults();
        assertThat(plan.budgetAtCompletion()).isEqualTo(new BigDecimal("12500.00"));
        assertThat(plan.costRatePerHour()).isEqualTo(new BigDecimal("85.50"));
        assertThat(errorsOf(withPlan(planOf("1.500,00", null, null, null, "-1"))))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("defaults.budgetAtCompletion",
                                PortfolioDraft.AMOUNT_FORM),
                        org.assertj.core.groups.Tuple.tuple("defaults.costRatePerHour", "must not be negative"));
    }

    @Test
    void amountsAreRefusedPastThirteenDigitsOrTwoDecimals() {
        assertThat(valid(withPlan(planOf("9999999999999.99", null, null, null, null))).defaults()
                .budgetAtCompletion()).isEqualTo(PortfolioDraft.AMOUNT_MAX);
        assertThat(errorsOf(withPlan(planOf("10000000000000", null, null, null, "1.234"))))
                .extracting(FieldError::message)
                .containsExactly("must be at most 9999999999999.99", "must have at most 2 decimal places");
        assertThat(errorsOf(withPlan(planOf("1".repeat(100_000), null, null, null, null))))
                .extracting(FieldError::field).containsExactly("defaults.budgetAtCompletion");
    }

    @Test
    void aCurrencyMustBeAnIso4217Code() {
        assertThat(valid(withPlan(planOf(null, "chf", null, null, null))).defaults().currency()).isEqualTo("CHF");
        assertThat(errorsOf(withPlan(planOf(null, "ABC", null, null, null)))).extracting(FieldError::message)
                .containsExactly("must be an ISO 4217 currency code like EUR or USD");
        assertThat(errorsOf(withPlan(planOf(null, "EURO", null, null, null)))).hasSize(1);
    }

    @Test
    void theBaselineMayNotFinishBeforeItStarts() {
        assertThat(valid(withPlan(planOf(null, null, "2026-05-01", "2026-05-01", null))).defaults().baselineFinish())
                .hasToString("2026-05-01");
        assertThat(errorsOf(withPlan(planOf(null, null, "2026-05-02", "2026-05-01", null))))
                .containsExactly(new FieldError("defaults.baselineFinish", "must be on or after the baseline start"));
        assertThat(errorsOf(withPlan(planOf(null, null, "2026-13-01", "01/05/2026", null))))
                .extracting(FieldError::field)
                .containsExactly("defaults.baselineStart", "defaults.baselineFinish");
    }

    @Test
    void thresholdsNeedAllSixBoundsInOrder() {
        PortfolioDraft.Thresholds partial = new PortfolioDraft.Thresholds("0.9", null, "0.9", "0.8", "0.1", "0.2");
        assertThat(errorsOf(withPlan(new PortfolioDraft.Plan(null, null, null, null, null, partial))))
                .extracting(FieldError::field).containsExactly("defaults.thresholds.spiRed");

        PortfolioDraft.Thresholds reversed = new PortfolioDraft.Thresholds("0.8", "0.9", "0.8", "0.9", "0.3", "0.2");
        assertThat(errorsOf(withPlan(new PortfolioDraft.Plan(null, null, null, null, null, reversed))))
                .extracting(FieldError::field)
                .containsExactly("defaults.thresholds.spiRed", "defaults.thresholds.cpiRed",
                        "defaults.thresholds.overdueShareRed");
    }

    @Test
    void thresholdsAreBoundedAndWrittenCanonically() {
        PortfolioDraft.Thresholds t = new PortfolioDraft.Thresholds("0.9", "0.85", "1", "0.8500", "0.1", "0.25");
        RagThresholds read = valid(withPlan(new PortfolioDraft.Plan(null, null, null, null, null, t))).defaults()
                .thresholds();
        assertThat(read.spiAmber()).hasToString("0.90");
        assertThat(read.cpiAmber()).hasToString("1.00");
        assertThat(read.cpiRed()).hasToString("0.85");

        PortfolioDraft.Thresholds tooHigh = new PortfolioDraft.Thresholds("10.5", "0.1", "0.12345", "0.1", "1.01",
                "-0.1");
        assertThat(errorsOf(withPlan(new PortfolioDraft.Plan(null, null, null, null, null, tooHigh))))
                .extracting(FieldError::field)
                .containsExactly("defaults.thresholds.spiAmber", "defaults.thresholds.cpiAmber",
                        "defaults.thresholds.overdueShareAmber", "defaults.thresholds.overdueShareRed");
    }

    @Test
    void chosenProjectsMustExistAndSitInOnePlaceOnly() {
        PortfolioDraft draft = new PortfolioDraft("P", null, null, null, null,
                List.of(new PortfolioDraft.ProgramDraft(null, "Platform", null, null, null,
                        List.of(new PortfolioDraft.Entry(10000L, null)))),
                List.of(new PortfolioDraft.Entry(10000L, null), new PortfolioDraft.Entry(424242L, null),
                        new PortfolioDraft.Entry(null, null)),
                null);

        assertThat(errorsOf(draft)).extracting(FieldError::field)
                .containsExactly("projects[1].projectId", "projects[2].projectId",
                        "programs[0].projects[0].projectId");
    }

    @Test
    void categoriesMustExistOnce() {
        PortfolioDraft draft = new PortfolioDraft("P", null, null, null, null, null, null,
                java.util.Arrays.asList(1L, 1L, 99L, null));

        assertThat(errorsOf(draft)).extracting(FieldError::field)
                .containsExactly("categoryIds[1]", "categoryIds[2]", "categoryIds[3]");
    }

    @Test
    void programNamesAreRequiredAndUniqueIgnoringCase() {
        PortfolioDraft draft = new PortfolioDraft("P", null, null, null, null,
                List.of(new PortfolioDraft.ProgramDraft(null, "Platform", null, null, null, null),
                        new PortfolioDraft.ProgramDraft(null, "PLATFORM", null, null, null, null),
                        new PortfolioDraft.ProgramDraft(null, "", null, null, null, null)),
                null, null);

        assertThat(errorsOf(draft)).extracting(FieldError::field)
                .containsExactly("programs[1].name", "programs[2].name");
    }

    @Test
    void listsAreRefusedOnePastTheirLimitWithoutLookingAtTheirElements() {
        List<PortfolioDraft.ProgramDraft> programs = Collections.nCopies(PortfolioDraft.PROGRAMS_MAX + 1,
                new PortfolioDraft.ProgramDraft(null, "same name", null, null, null, null));
        assertThat(errorsOf(new PortfolioDraft("P", null, null, null, null, programs, null, null)))
                .containsExactly(new FieldError("programs", "at most 50 programs"));

        List<PortfolioDraft.Entry> projects = new ArrayList<>();
        LongStream.rangeClosed(1, PortfolioDraft.PROJECTS_MAX + 1)
                .forEach(id -> projects.add(new PortfolioDraft.Entry(id, null)));
        assertThat(errorsOf(new PortfolioDraft("P", null, null, null, null, null, projects, null)))
                .extracting(FieldError::field).containsExactly("projects");

        List<Long> categories = Collections.nCopies(PortfolioDraft.CATEGORIES_MAX + 1, 1L);
        assertThat(errorsOf(new PortfolioDraft("P", null, null, null, null, null, null, categories)))
                .containsExactly(new FieldError("categoryIds", "at most 50 categories"));
    }

    @Test
    void everyProblemIsReportedAtOnceUnderItsPath() {
        PortfolioDraft draft = new PortfolioDraft("", null, "nobody", "blue", planOf("x", null, null, null, null),
                List.of(new PortfolioDraft.ProgramDraft(null, "Platform", null, null,
                        planOf(null, "XXY", null, null, null),
                        List.of(new PortfolioDraft.Entry(10000L, planOf(null, null, "2026-02-01", "2026-01-01",
                                null))))),
                null, null);

        assertThat(errorsOf(draft)).extracting(FieldError::field)
                .containsExactly("name", "ownerKey", "colour", "defaults.budgetAtCompletion",
                        "programs[0].defaults.currency", "programs[0].projects[0].plan.baselineFinish");
    }
}
