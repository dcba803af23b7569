package com.pmosuite.compliance.standard;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.shared.FieldError;
import com.pmosuite.testkit.StandardFixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a standard must be to be saved: each field, each check kind's parameters, and a rule's bounds. */
class StandardValidationTest {

    private static List<FieldError> errorsOf(StandardDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        StandardValidation.standard("", draft, StandardFixtures.jqlRefusingBogus(), errors);
        return errors;
    }

    private static List<String> fieldsWithErrors(Check check) {
        return errorsOf(StandardFixtures.standard("S", check)).stream().map(FieldError::field).toList();
    }

    private static List<String> ruleErrors(Rule rule) {
        return fieldsWithErrors(new Check.Condition(rule));
    }

    private static Rule.Clause clause(FactField field, RuleOperator operator, String value) {
        return new Rule.Clause(field, operator, value);
    }

    @Test
    void oneStandardOfEveryKindIsValid() {
        for (StandardDraft draft : StandardFixtures.oneOfEveryKind()) {
            assertThat(errorsOf(draft)).as(draft.name()).isEmpty();
        }
    }

    @Test
    void nameSeverityWeightAndCheckAreRequiredAndBounded() {
        StandardDraft draft = new StandardDraft("  ", "r".repeat(4001), null, 0, true, null);

        assertThat(errorsOf(draft)).extracting(FieldError::field)
                .containsExactly("name", "rationale", "severity", "weight", "check");
        assertThat(errorsOf(new StandardDraft("n".repeat(256), null, StandardSeverity.INFO, 101, true,
                new Check.NoOverdue(1)))).extracting(FieldError::field).containsExactly("name", "weight");
    }

    @Test
    void aNameIsTrimmedAndControlCharactersAreRefused() {
        List<FieldError> errors = new ArrayList<>();
        StandardDraft clean = StandardValidation.standard("", StandardFixtures.standard("  Lead  ",
                new Check.NoOverdue(1)), StandardFixtures.jqlRefusingBogus(), errors);

        assertThat(clean.name()).isEqualTo("Lead");
        assertThat(errorsOf(new StandardDraft("bad\u202Ename", null, StandardSeverity.MINOR, 1, true,
                new Check.NoOverdue(1))))
                .extracting(FieldError::field).containsExactly("name");
    }

    @Test
    void dayCountsRunFromZeroToTenYears() {
        assertThat(fieldsWithErrors(new Check.NoOverdue(-1))).containsExactly("check.graceDays");
        assertThat(fieldsWithErrors(new Check.NoOverdue(3650))).isEmpty();
        assertThat(fieldsWithErrors(new Check.NoStaleWork(3651))).containsExactly("check.days");
        assertThat(fieldsWithErrors(new Check.RiskReview(-5))).containsExactly("check.days");
    }

    @Test
    void projectDetailsAsksForAtLeastOneThing() {
        assertThat(fieldsWithErrors(new Check.ProjectDetails(false, false, false))).containsExactly("check");
        assertThat(fieldsWithErrors(new Check.ProjectDetails(false, false, true))).isEmpty();
    }

    @Test
    void issueTypeIdsAreDigitsAndAtMostFifty() {
        assertThat(fieldsWithErrors(new Check.IssueDates(Set.of("10000", "epic"), true, false)))
                .containsExactly("check.issueTypeIds");
        Set<String> fiftyOne = Set.copyOf(IntStream.range(0, 51).mapToObj(String::valueOf).toList());
        assertThat(fieldsWithErrors(new Check.FieldSet(fiftyOne, FactField.DUE)))
                .containsExactly("check.issueTypeIds");
        assertThat(fieldsWithErrors(new Check.IssueDates(Set.of(), false, false))).containsExactly("check");
    }

    @Test
    void evmThresholdsAreBetweenZeroAndTenWithFourDecimalsAndOneIsSet() {
        assertThat(fieldsWithErrors(new Check.EvmIndices(null, null))).containsExactly("check");
        assertThat(fieldsWithErrors(new Check.EvmIndices(new BigDecimal("10.5"), new BigDecimal("-0.1"))))
                .containsExactly("check.minSpi", "check.minCpi");
        assertThat(fieldsWithErrors(new Check.EvmIndices(new BigDecimal("0.12345"), null)))
                .containsExactly("check.minSpi");
        assertThat(fieldsWithErrors(new Check.EvmIndices(new BigDecimal("0.9000000"), null))).isEmpty();
    }

    @Test
    void evmThresholdsAreStoredInOneSpellingSoThatEqualValuesCompareEqual() {
        List<FieldError> errors = new ArrayList<>();
        StandardDraft clean = StandardValidation.standard("", StandardFixtures.standard("E",
                new Check.EvmIndices(new BigDecimal("0.9000"), null)), StandardFixtures.jqlRefusingBogus(), errors);

        assertThat(clean.check()).isEqualTo(new Check.EvmIndices(new BigDecimal("0.90"), null));
    }

    @Test
    void jqlIsValidatedByTheRunnerAndBoundedInLength() {
        assertThat(errorsOf(StandardFixtures.standard("J", new Check.Jql("bogus = 1"))))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.api.Assertions.tuple("check.jql", "Field 'bogus' does not exist"));
        assertThat(fieldsWithErrors(new Check.Jql("a".repeat(Check.Jql.MAX_LENGTH + 1)))).containsExactly("check.jql");
        assertThat(fieldsWithErrors(new Check.Jql("   "))).containsExactly("check.jql");
    }

    @Test
    void anOperatorMustFitTheFieldsKind() {
        assertThat(ruleErrors(clause(FactField.ISSUE_TYPE, RuleOperator.LESS_THAN, "10000")))
                .containsExactly("check.rule.operator");
        assertThat(ruleErrors(clause(FactField.DUE, RuleOperator.IN, "2026-01-01")))
                .containsExactly("check.rule.operator");
        assertThat(ruleErrors(clause(FactField.STORY_POINTS, RuleOperator.GREATER_THAN, "8"))).isEmpty();
    }

    @Test
    void valuesParseForTheFieldsKindAtTheirPath() {
        Rule rule = new Rule.All(List.of(
                clause(FactField.DUE, RuleOperator.LESS_THAN, "-14d"),
                clause(FactField.DUE, RuleOperator.LESS_THAN, "2026-02-30"),
                clause(FactField.CREATED, RuleOperator.GREATER_THAN, "yesterday"),
                clause(FactField.STORY_POINTS, RuleOperator.EQUALS, "1e9"),
                clause(FactField.ORIGINAL_ESTIMATE, RuleOperator.LESS_THAN, "3600"),
                clause(FactField.STATUS_CATEGORY, RuleOperator.EQUALS, "Doing"),
                clause(FactField.ISSUE_TYPE, RuleOperator.IN, "10000, 10001"),
                clause(FactField.ISSUE_TYPE, RuleOperator.NOT_IN, "10000,,10001"),
                clause(FactField.RESOLVED, RuleOperator.IS_EMPTY, "2026-01-01"),
                clause(FactField.ASSIGNEE, RuleOperator.EQUALS, null),
                clause(FactField.UPDATED, RuleOperator.GREATER_THAN, "2w")));

        assertThat(ruleErrors(rule)).containsExactly("check.rule.parts[1].value", "check.rule.parts[2].value",
                "check.rule.parts[3].value", "check.rule.parts[5].value", "check.rule.parts[7].value",
                "check.rule.parts[8].value", "check.rule.parts[9].value");
    }

    @Test
    void valuesLongerThanTheLimitAreRefusedBeforeTheyAreParsed() {
        assertThat(ruleErrors(clause(FactField.ASSIGNEE, RuleOperator.EQUALS, "u".repeat(Rule.MAX_VALUE_LENGTH + 1))))
                .containsExactly("check.rule.value");
    }

    @Test
    void inListsHoldAtMostAHundredValues() {
        String many = String.join(",", Collections.nCopies(StandardValidation.MAX_LIST_VALUES + 1, "1"));
        assertThat(ruleErrors(clause(FactField.SECURITY_LEVEL, RuleOperator.IN, many)))
                .containsExactly("check.rule.value");
    }

    @Test
    void groupsNestAtMostFourDeep() {
        Rule rule = clause(FactField.DUE, RuleOperator.IS_EMPTY, null);
        for (int depth = 0; depth < Rule.MAX_DEPTH; depth++) {
            rule = new Rule.All(List.of(rule));
        }
        assertThat(ruleErrors(rule)).isEmpty();
        assertThat(ruleErrors(new Rule.Any(List.of(rule)))).containsExactly("check.rule");
    }

    @Test
    void aRuleHasAtMostFiftyClauses() {
        Rule.Clause one = clause(FactField.DUE, RuleOperator.IS_EMPTY, null);
        assertThat(ruleErrors(new Rule.Any(Collections.nCopies(Rule.MAX_CLAUSES, one)))).isEmpty();
        assertThat(ruleErrors(new Rule.Any(Collections.nCopies(Rule.MAX_CLAUSES + 1, one))))
                .containsExactly("check.rule");
    }

    @Test
    void aHugeRuleIsRefusedWithoutParsingItsValues() {
        Rule.Clause bad = clause(FactField.DUE, RuleOperator.LESS_THAN, "not a date");
        List<FieldError> errors = new ArrayList<>();

        StandardValidation.rule("rule", new Rule.All(Collections.nCopies(1_000_000, bad)), errors);

        assertThat(errors).extracting(FieldError::field).containsExactly("rule");
    }

    @Test
    void anEmptyGroupIsRefused() {
        assertThat(ruleErrors(new Rule.All(List.of(new Rule.Any(List.of())))))
                .containsExactly("check.rule.parts[0].parts");
    }
}
