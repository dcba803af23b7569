package com.pmosuite.compliance.engine;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.Outcome;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.compliance.StandardResult;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.pmosuite.compliance.engine.ScanFixture.TODAY;
import static com.pmosuite.compliance.engine.ScanFixture.standard;
import static org.assertj.core.api.Assertions.assertThat;

/** "Issues matching the rule are violations", over every issue of the project, resolved ones too. */
class ConditionCheckTest {
    private final ScanFixture fixture = new ScanFixture();

    @Test
    void issuesMatchingTheRuleAreViolations() {
        fixture.issue(1).inProgress().save();
        fixture.issue(2).inProgress().assignee("alice").save();
        fixture.issue(3).save();

        StandardResult result = fixture.result(new Check.Condition(new Rule.All(List.of(
                new Rule.Clause(FactField.STATUS_CATEGORY, RuleOperator.EQUALS, "IN_PROGRESS"),
                new Rule.Clause(FactField.ASSIGNEE, RuleOperator.IS_EMPTY, null)))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.offenders()).containsExactly("ALPHA-1");
        assertThat(result.detail()).isEqualTo("1 issue matching the rule");
    }

    @Test
    void resolvedIssuesAreTestedToo() {
        fixture.issue(1).doneUnresolved().save();
        fixture.issue(2).done(TODAY.minusDays(1)).save();

        StandardResult result = fixture.result(new Check.Condition(new Rule.All(List.of(
                new Rule.Clause(FactField.STATUS_CATEGORY, RuleOperator.EQUALS, "DONE"),
                new Rule.Clause(FactField.RESOLVED, RuleOperator.IS_EMPTY, null)))));

        assertThat(result.offenders()).containsExactly("ALPHA-1");
    }

    @Test
    void relativeDatesAreTheScansDay() {
        fixture.issue(1).done(TODAY.minusDays(2)).save();
        fixture.issue(2).done(TODAY.minusDays(10)).save();
        Check resolvedThisWeek = new Check.Condition(
                new Rule.Clause(FactField.RESOLVED, RuleOperator.GREATER_THAN, "-7d"));

        assertThat(fixture.result(resolvedThisWeek).offenders()).containsExactly("ALPHA-1");
        assertThat(fixture.result(resolvedThisWeek, TODAY.plusDays(30)).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void nothingMatchingPasses() {
        fixture.issue(1).save();

        assertThat(fixture.result(new Check.Condition(
                new Rule.Clause(FactField.DUE, RuleOperator.LESS_THAN, "2026-01-01"))).outcome())
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void aRuleThatCannotBeEvaluatedIsAnErrorAndTheOthersStillScore() {
        fixture.issue(1).epic().due(LocalDate.of(2026, 5, 1)).start(LocalDate.of(2026, 1, 1)).save();

        ProjectScan scan = fixture.scan(
                standard(1, new Check.Condition(new Rule.Clause(FactField.DUE, RuleOperator.LESS_THAN, "soon"))),
                standard(2, new Check.IssueDates(Set.of(), true, true)));

        assertThat(scan.results().get(0).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(scan.results().get(0).detail()).startsWith("due: \"soon\" is not a date");
        assertThat(scan.results().get(1).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(scan.score()).isEqualByComparingTo("100.0");
        assertThat(scan.scoredWeight()).isEqualTo(10);
    }
}
