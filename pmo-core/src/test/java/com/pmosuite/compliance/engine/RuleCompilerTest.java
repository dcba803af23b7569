package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.facts.IssueFact;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static com.pmosuite.compliance.FactField.ACTUAL_COST;
import static com.pmosuite.compliance.FactField.ASSIGNEE;
import static com.pmosuite.compliance.FactField.CREATED;
import static com.pmosuite.compliance.FactField.DUE;
import static com.pmosuite.compliance.FactField.HIERARCHY_LEVEL;
import static com.pmosuite.compliance.FactField.ISSUE_TYPE;
import static com.pmosuite.compliance.FactField.ORIGINAL_ESTIMATE;
import static com.pmosuite.compliance.FactField.RESOLVED;
import static com.pmosuite.compliance.FactField.SECURITY_LEVEL;
import static com.pmosuite.compliance.FactField.START;
import static com.pmosuite.compliance.FactField.STATUS_CATEGORY;
import static com.pmosuite.compliance.FactField.STORY_POINTS;
import static com.pmosuite.compliance.FactField.TIME_SPENT;
import static com.pmosuite.compliance.FactField.UPDATED;
import static com.pmosuite.compliance.RuleOperator.EQUALS;
import static com.pmosuite.compliance.RuleOperator.GREATER_THAN;
import static com.pmosuite.compliance.RuleOperator.IN;
import static com.pmosuite.compliance.RuleOperator.IS_EMPTY;
import static com.pmosuite.compliance.RuleOperator.IS_NOT_EMPTY;
import static com.pmosuite.compliance.RuleOperator.LESS_THAN;
import static com.pmosuite.compliance.RuleOperator.NOT_EQUALS;
import static com.pmosuite.compliance.RuleOperator.NOT_IN;
import static com.pmosuite.compliance.engine.ScanFixture.BUG;
import static com.pmosuite.compliance.engine.ScanFixture.STORY;
import static com.pmosuite.compliance.engine.ScanFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Condition rules over one issue's facts: every operator on every kind of field, as JQL would answer them. */
class RuleCompilerTest {
    private final ScanFixture fixture = new ScanFixture();
    private final IssueFact bare = fixture.issue(1).fact();
    private final IssueFact full = fixture.issue(2).inProgress().assignee("alice").securityLevel(10_100)
            .start(LocalDate.of(2026, 2, 1)).due(LocalDate.of(2026, 3, 31)).points(5)
            .estimate(7_200, 3_600, 3_600).cost("1234.50").created(Instant.parse("2026-02-10T23:59:59Z"))
            .updated(Instant.parse("2026-03-01T10:00:00Z")).fact();

    private static Rule clause(FactField field, RuleOperator operator, String value) {
        return new Rule.Clause(field, operator, value);
    }

    private static boolean matches(Rule rule, IssueFact fact) {
        try {
            return RuleCompiler.compile(rule, TODAY, ZoneOffset.UTC).test(fact);
        } catch (InvalidCheck e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static String invalid(Rule rule) {
        return assertThatThrownBy(() -> RuleCompiler.compile(rule, TODAY, ZoneOffset.UTC))
                .isInstanceOf(InvalidCheck.class).actual().getMessage();
    }

    @Test
    void idFieldsCompareWithEqualsAndLists() {
        assertThat(matches(clause(ISSUE_TYPE, EQUALS, STORY), full)).isTrue();
        assertThat(matches(clause(ISSUE_TYPE, NOT_EQUALS, STORY), full)).isFalse();
        assertThat(matches(clause(ISSUE_TYPE, IN, BUG + ", " + STORY), full)).isTrue();
        assertThat(matches(clause(ISSUE_TYPE, NOT_IN, BUG + "," + STORY), full)).isFalse();
        assertThat(matches(clause(ISSUE_TYPE, NOT_IN, BUG), full)).isTrue();
    }

    @Test
    void anUnsetIdFieldIsNeverEqualButAlwaysNotEqual() {
        assertThat(matches(clause(ASSIGNEE, EQUALS, "alice"), bare)).isFalse();
        assertThat(matches(clause(ASSIGNEE, IN, "alice,bob"), bare)).isFalse();
        assertThat(matches(clause(ASSIGNEE, NOT_EQUALS, "bob"), bare)).isTrue();
        assertThat(matches(clause(ASSIGNEE, NOT_IN, "bob,carol"), bare)).isTrue();
        assertThat(matches(clause(ASSIGNEE, NOT_EQUALS, "bob"), full)).isTrue();
        assertThat(matches(clause(SECURITY_LEVEL, NOT_EQUALS, "1"), bare)).isTrue();
    }

    @Test
    void isEmptyMatchesOnlyUnsetFields() {
        assertThat(matches(clause(ASSIGNEE, IS_EMPTY, null), bare)).isTrue();
        assertThat(matches(clause(ASSIGNEE, IS_EMPTY, null), full)).isFalse();
        assertThat(matches(clause(DUE, IS_EMPTY, null), bare)).isTrue();
        assertThat(matches(clause(STORY_POINTS, IS_NOT_EMPTY, null), full)).isTrue();
        assertThat(matches(clause(ACTUAL_COST, IS_NOT_EMPTY, null), bare)).isFalse();
        assertThat(matches(clause(RESOLVED, IS_EMPTY, null), full)).isTrue();
        assertThat(matches(clause(ISSUE_TYPE, IS_EMPTY, null), bare)).isFalse();
    }

    @Test
    void statusCategoriesByNameOrJiraKey() {
        assertThat(matches(clause(STATUS_CATEGORY, EQUALS, "in_progress"), full)).isTrue();
        assertThat(matches(clause(STATUS_CATEGORY, IN, "TODO, DONE"), full)).isFalse();
        assertThat(matches(clause(STATUS_CATEGORY, EQUALS, "indeterminate"), full)).isTrue();
        assertThat(matches(clause(STATUS_CATEGORY, NOT_EQUALS, "new"), bare)).isFalse();
    }

    @Test
    void hierarchyLevelsByNameOrNumber() {
        IssueFact epic = fixture.issue(3).epic().fact();
        IssueFact subTask = fixture.issue(4).subTask().fact();
        IssueFact initiative = fixture.issue(5).epic().fact();
        initiative = new IssueFact(5, initiative.projectId(), "10010", 2, null, null, initiative.statusCategory(),
                initiative.created(), null, null, null, null, null, null, null, null, null, null,
                initiative.updated());

        assertThat(matches(clause(HIERARCHY_LEVEL, EQUALS, "epic"), epic)).isTrue();
        assertThat(matches(clause(HIERARCHY_LEVEL, EQUALS, "sub-task"), subTask)).isTrue();
        assertThat(matches(clause(HIERARCHY_LEVEL, IN, "standard, 2"), initiative)).isTrue();
        assertThat(matches(clause(HIERARCHY_LEVEL, IN, "standard, 2"), epic)).isFalse();
        assertThat(matches(clause(HIERARCHY_LEVEL, NOT_EQUALS, "Standard"), full)).isFalse();
    }

    @Test
    void securityLevelsAreIds() {
        assertThat(matches(clause(SECURITY_LEVEL, IN, "10200, 10100"), full)).isTrue();
        assertThat(matches(clause(SECURITY_LEVEL, EQUALS, "10200"), full)).isFalse();
    }

    @Test
    void datesCompareByDay() {
        assertThat(matches(clause(DUE, EQUALS, "2026-03-31"), full)).isTrue();
        assertThat(matches(clause(DUE, NOT_EQUALS, "2026-03-31"), full)).isFalse();
        assertThat(matches(clause(DUE, LESS_THAN, "2026-03-31"), full)).isFalse();
        assertThat(matches(clause(DUE, LESS_THAN, "2026-04-01"), full)).isTrue();
        assertThat(matches(clause(DUE, GREATER_THAN, "2026-03-31"), full)).isFalse();
        assertThat(matches(clause(DUE, GREATER_THAN, "2026/03/30"), full)).isTrue();
        assertThat(matches(clause(START, EQUALS, "2026-02-01"), full)).isTrue();
    }

    @Test
    void aDateTimeFallsOnItsDayInTheZone() {
        // Created at 23:59:59 UTC on 10 Feb: that day, not after it.
        assertThat(matches(clause(CREATED, EQUALS, "2026-02-10"), full)).isTrue();
        assertThat(matches(clause(CREATED, GREATER_THAN, "2026-02-10"), full)).isFalse();
        assertThat(matches(clause(CREATED, LESS_THAN, "2026-02-11"), full)).isTrue();
        assertThat(matches(clause(CREATED, NOT_EQUALS, "2026-02-11"), full)).isTrue();
        assertThat(matches(clause(UPDATED, EQUALS, "2026-03-01"), full)).isTrue();
    }

    @Test
    void anUnsetDateOrNumberNeverComparesButIsAlwaysNotEqual() {
        for (RuleOperator operator : List.of(EQUALS, LESS_THAN, GREATER_THAN)) {
            assertThat(matches(clause(DUE, operator, "2026-03-02"), bare)).as(operator.name()).isFalse();
            assertThat(matches(clause(RESOLVED, operator, "2026-03-02"), bare)).as(operator.name()).isFalse();
            assertThat(matches(clause(STORY_POINTS, operator, "3"), bare)).as(operator.name()).isFalse();
            assertThat(matches(clause(ACTUAL_COST, operator, "3"), bare)).as(operator.name()).isFalse();
        }
        assertThat(matches(clause(DUE, NOT_EQUALS, "2026-03-02"), bare)).isTrue();
        assertThat(matches(clause(RESOLVED, NOT_EQUALS, "2026-03-02"), bare)).isTrue();
        assertThat(matches(clause(STORY_POINTS, NOT_EQUALS, "3"), bare)).isTrue();
        assertThat(matches(clause(ACTUAL_COST, NOT_EQUALS, "3"), bare)).isTrue();
    }

    @Test
    void relativeDatesCountFromTheScansDay() {
        // Due 31 March 2026; the scan is on 2 March.
        assertThat(matches(clause(DUE, LESS_THAN, "4w"), full)).isFalse();
        assertThat(matches(clause(DUE, EQUALS, "29d"), full)).isTrue();
        assertThat(matches(clause(DUE, GREATER_THAN, "+28d"), full)).isTrue();
        // Created 10 Feb, 20 days before the scan.
        assertThat(matches(clause(CREATED, LESS_THAN, "-14d"), full)).isTrue();
        assertThat(matches(clause(CREATED, LESS_THAN, "-20d"), full)).isFalse();
        assertThat(matches(clause(CREATED, EQUALS, "-20d"), full)).isTrue();
        assertThat(matches(clause(CREATED, GREATER_THAN, "-3w"), full)).isTrue();
    }

    @Test
    void numbersCompareAsNumbers() {
        assertThat(matches(clause(STORY_POINTS, EQUALS, "5.0"), full)).isTrue();
        assertThat(matches(clause(STORY_POINTS, LESS_THAN, "5"), full)).isFalse();
        assertThat(matches(clause(STORY_POINTS, LESS_THAN, "5.5"), full)).isTrue();
        assertThat(matches(clause(STORY_POINTS, GREATER_THAN, "-1"), full)).isTrue();
        assertThat(matches(clause(ORIGINAL_ESTIMATE, EQUALS, "7200"), full)).isTrue();
        assertThat(matches(clause(TIME_SPENT, NOT_EQUALS, "3600"), full)).isFalse();
        assertThat(matches(clause(FactField.REMAINING_ESTIMATE, GREATER_THAN, "3599.5"), full)).isTrue();
    }

    @Test
    void moneyComparesExactly() {
        assertThat(matches(clause(ACTUAL_COST, EQUALS, "1234.5"), full)).isTrue();
        assertThat(matches(clause(ACTUAL_COST, GREATER_THAN, "1234.49"), full)).isTrue();
        assertThat(matches(clause(ACTUAL_COST, LESS_THAN, "1234.50"), full)).isFalse();
        assertThat(matches(clause(ACTUAL_COST, NOT_EQUALS, "1234.51"), full)).isTrue();
    }

    @Test
    void allNeedsEveryPartAndAnyOne() {
        Rule assignedStory = new Rule.All(List.of(clause(ISSUE_TYPE, EQUALS, STORY),
                clause(ASSIGNEE, IS_NOT_EMPTY, null)));
        Rule bugOrUnassigned = new Rule.Any(List.of(clause(ISSUE_TYPE, EQUALS, BUG),
                clause(ASSIGNEE, IS_EMPTY, null)));

        assertThat(matches(assignedStory, full)).isTrue();
        assertThat(matches(assignedStory, bare)).isFalse();
        assertThat(matches(bugOrUnassigned, bare)).isTrue();
        assertThat(matches(bugOrUnassigned, full)).isFalse();
    }

    @Test
    void groupsNestUpToFourDeep() {
        Rule nested = new Rule.All(List.of(
                new Rule.Any(List.of(
                        new Rule.All(List.of(clause(STATUS_CATEGORY, EQUALS, "IN_PROGRESS"),
                                new Rule.Any(List.of(clause(DUE, LESS_THAN, "-1d"), clause(DUE, GREATER_THAN, "2w"))))),
                        clause(ISSUE_TYPE, EQUALS, BUG))),
                clause(STORY_POINTS, IS_NOT_EMPTY, null)));

        assertThat(matches(nested, full)).isTrue();
        assertThat(matches(nested, bare)).isFalse();
        assertThat(invalid(new Rule.All(List.of(nested)))).isEqualTo("the rule is nested more than 4 deep");
    }

    @Test
    void aRuleHasAtMostFiftyConditions() {
        List<Rule> clauses = new ArrayList<>();
        for (int i = 0; i < Rule.MAX_CLAUSES; i++) {
            clauses.add(clause(ISSUE_TYPE, EQUALS, Integer.toString(i)));
        }
        assertThat(matches(new Rule.Any(clauses), bare)).isFalse();

        clauses.add(clause(ISSUE_TYPE, EQUALS, STORY));
        assertThat(invalid(new Rule.Any(clauses))).isEqualTo("the rule has more than 50 conditions");
    }

    @Test
    void valuesTheFieldCannotTakeAreReported() {
        assertThat(invalid(clause(DUE, LESS_THAN, "yesterday")))
                .isEqualTo("due: \"yesterday\" is not a date (yyyy-MM-dd) or a relative date in days or weeks"
                        + " (-14d, 2w)");
        assertThat(invalid(clause(DUE, EQUALS, "2026-02-30"))).isEqualTo("due: \"2026-02-30\" is not a date");
        assertThat(invalid(clause(CREATED, LESS_THAN, "-1h"))).startsWith("created: \"-1h\" is not a date");
        assertThat(invalid(clause(STORY_POINTS, GREATER_THAN, "1e3")))
                .isEqualTo("story points: \"1e3\" is not a number (plain decimal notation)");
        assertThat(invalid(clause(STATUS_CATEGORY, EQUALS, "Closed")))
                .isEqualTo("status category: \"Closed\" is none of TODO, IN_PROGRESS, DONE");
        assertThat(invalid(clause(SECURITY_LEVEL, IN, "10100, high"))).isEqualTo("security level: \"high\" is not an id");
        assertThat(invalid(clause(HIERARCHY_LEVEL, EQUALS, "story"))).isEqualTo("hierarchy level: \"story\" is not an id");
        assertThat(invalid(clause(ISSUE_TYPE, EQUALS, " "))).isEqualTo("issue type equals needs a value");
        assertThat(invalid(clause(ISSUE_TYPE, IN, " , "))).isEqualTo("issue type: the list has no values");
        assertThat(invalid(clause(ISSUE_TYPE, EQUALS, "x".repeat(Rule.MAX_VALUE_LENGTH + 1))))
                .isEqualTo("issue type: a value is at most 500 characters");
    }

    @Test
    void operatorsTheFieldKindDoesNotTakeAreReported() {
        assertThat(invalid(clause(ASSIGNEE, LESS_THAN, "alice"))).isEqualTo("assignee cannot be compared with less than");
        assertThat(invalid(clause(DUE, IN, "2026-01-01"))).isEqualTo("due cannot be compared with in");
        assertThat(invalid(clause(STORY_POINTS, NOT_IN, "1"))).isEqualTo("story points cannot be compared with not in");
        assertThat(invalid(clause(ACTUAL_COST, IN, "1"))).isEqualTo("actual cost cannot be compared with in");
    }

    @Test
    void anEmptyGroupIsNoRule() {
        assertThat(invalid(new Rule.All(List.of()))).isEqualTo("an and/or group needs at least one condition");
        assertThat(invalid(new Rule.Any(List.of()))).isEqualTo("an and/or group needs at least one condition");
    }
}
