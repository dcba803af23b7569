package com.pmosuite.testkit;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.JqlRunner;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.risk.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Standards for tests: one valid draft of every check kind, and a JQL runner that refuses what a test marks. */
public final class StandardFixtures {
    private StandardFixtures() {
    }

    public static StandardDraft standard(String name, Check check) {
        return new StandardDraft(name, "Why " + name + " matters", StandardSeverity.MAJOR, 10, true, check);
    }

    public static StandardDraft projectHasALead() {
        return standard("Project has a lead", new Check.ProjectDetails(true, false, false));
    }

    public static StandardDraft noOverdueWork() {
        return standard("No overdue work", new Check.NoOverdue(7));
    }

    /** Epics without a due date: a condition over issue facts, two levels of groups. */
    public static StandardDraft epicsHaveDueDates() {
        return standard("Epics have due dates", new Check.Condition(new Rule.All(List.of(
                new Rule.Clause(FactField.HIERARCHY_LEVEL, RuleOperator.EQUALS, "epic"),
                new Rule.Any(List.of(
                        new Rule.Clause(FactField.DUE, RuleOperator.IS_EMPTY, null),
                        new Rule.Clause(FactField.DUE, RuleOperator.LESS_THAN, "-14d")))))));
    }

    /** One valid standard of every check kind, named after the kind. */
    public static List<StandardDraft> oneOfEveryKind() {
        List<Check> checks = List.of(
                new Check.ProjectDetails(true, true, true),
                new Check.IssueDates(Set.of("10000", "10001"), true, true),
                new Check.NoOverdue(0),
                new Check.FieldSet(Set.of(), FactField.STORY_POINTS),
                new Check.VersionDates(),
                new Check.NoStaleWork(14),
                new Check.RiskReview(30),
                new Check.RiskCare(Severity.HIGH),
                new Check.PlanBaseline(),
                new Check.EvmIndices(new BigDecimal("0.90"), new BigDecimal("0.85")),
                epicsHaveDueDates().check(),
                new Check.Jql("project = ALPHA AND duedate < now()"));
        List<StandardDraft> drafts = new ArrayList<>();
        for (Check check : checks) {
            drafts.add(standard("Check " + check.type(), check));
        }
        return drafts;
    }

    /** A JQL runner whose only opinion is that JQL containing "bogus" does not parse. */
    public static JqlRunner jqlRefusingBogus() {
        return new JqlRunner() {
            @Override
            public List<String> problems(String jql) {
                return jql.contains("bogus") ? List.of("Field 'bogus' does not exist") : List.of();
            }

            @Override
            public Match matches(long projectId, String jql, int keyCap) {
                throw new UnsupportedOperationException("standards never run JQL, they only validate it");
            }
        };
    }
}
