package com.pmosuite.plugin.compliance.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.query.Query;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.facts.FieldMapping;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.pmosuite.compliance.FactField.ASSIGNEE;
import static com.pmosuite.compliance.FactField.CREATED;
import static com.pmosuite.compliance.FactField.DUE;
import static com.pmosuite.compliance.FactField.HIERARCHY_LEVEL;
import static com.pmosuite.compliance.FactField.ISSUE_TYPE;
import static com.pmosuite.compliance.FactField.RESOLVED;
import static com.pmosuite.compliance.FactField.STATUS_CATEGORY;
import static com.pmosuite.compliance.RuleOperator.EQUALS;
import static com.pmosuite.compliance.RuleOperator.GREATER_THAN;
import static com.pmosuite.compliance.RuleOperator.IN;
import static com.pmosuite.compliance.RuleOperator.IS_EMPTY;
import static com.pmosuite.compliance.RuleOperator.IS_NOT_EMPTY;
import static com.pmosuite.compliance.RuleOperator.LESS_THAN;
import static com.pmosuite.compliance.RuleOperator.NOT_EQUALS;
import static com.pmosuite.compliance.RuleOperator.NOT_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RuleJqlTest {
    private static final String NEVER = "( issuetype in subTaskIssueTypes() AND issuetype in standardIssueTypes() )";
    /** Story points, start date and actual cost mapped; issue type 10000 is at epic level, 10100 above it. */
    private static final FieldMapping MAPPING = new FieldMapping("customfield_10002", "customfield_10003", null,
            "customfield_10015", "customfield_10020", Map.of("10000", 1, "10100", 2, "10001", 1));

    private final RecordedJql recorded = new RecordedJql();
    private final UserManager users = mock(UserManager.class);
    private FieldMapping mapping = MAPPING;
    private final RuleJql rules = new RuleJql(() -> recorded.builder, () -> mapping, users);

    @Test
    void allJoinsItsPartsWithAndInsideBrackets() {
        Query query = rules.query(all(clause(ISSUE_TYPE, EQUALS, "10002"), clause(STATUS_CATEGORY, NOT_EQUALS, "DONE")));

        assertThat(recorded.text()).isEqualTo("( issuetype = 10002 AND statusCategory != \"Done\" )");
        assertThat(query.getQueryString()).isEqualTo(recorded.text());
    }

    @Test
    void anyJoinsWithOrAndNestedRulesKeepTheirOwnBrackets() {
        rules.query(any(
                all(clause(ISSUE_TYPE, EQUALS, "10002"), clause(DUE, IS_EMPTY, null)),
                clause(STATUS_CATEGORY, EQUALS, "IN_PROGRESS")));

        assertThat(recorded.text()).isEqualTo(
                "( ( issuetype = 10002 AND duedate IS EMPTY ) OR statusCategory = \"In Progress\" )");
    }

    @Test
    void aProjectRestrictionIsAndedBeforeTheRule() {
        rules.query(any(clause(ISSUE_TYPE, EQUALS, "10002"), clause(ISSUE_TYPE, EQUALS, "10003")), 10_000L);

        assertThat(recorded.text()).isEqualTo("project in (10000) AND ( issuetype = 10002 OR issuetype = 10003 )");
    }

    @Test
    void anEmptyAllMatchesEveryIssueAndAnEmptyAnyNone() {
        rules.query(new Rule.All(List.of()), 10_000L);
        assertThat(recorded.text()).isEqualTo("project in (10000)");

        recorded.calls.clear();
        rules.query(new Rule.All(List.of()));
        assertThat(recorded.text()).isEmpty();

        recorded.calls.clear();
        rules.query(all(clause(DUE, IS_EMPTY, null), new Rule.Any(List.of())));
        assertThat(recorded.text()).isEqualTo("( duedate IS EMPTY AND " + NEVER + " )");
    }

    @Test
    void issueTypesAreComparedByIdAsNumbersSoJiraDoesNotReadThemAsNames() {
        assertThat(jql(clause(ISSUE_TYPE, EQUALS, "10002"))).isEqualTo("issuetype = 10002");
        assertThat(jql(clause(ISSUE_TYPE, NOT_EQUALS, "10002"))).isEqualTo("issuetype != 10002");
        assertThat(jql(clause(ISSUE_TYPE, IN, "10002, 10003,10002"))).isEqualTo("issuetype in (10002, 10003)");
        assertThat(jql(clause(ISSUE_TYPE, NOT_IN, "10002,10003"))).isEqualTo("issuetype not in (10002, 10003)");
        assertThat(problem(clause(ISSUE_TYPE, EQUALS, "Bug")))
                .isEqualTo(new FieldError("rule.value", "not a Jira id: Bug"));
    }

    @Test
    void statusCategoriesAreJirasCategoryNames() {
        assertThat(jql(clause(STATUS_CATEGORY, EQUALS, "TODO"))).isEqualTo("statusCategory = \"To Do\"");
        assertThat(jql(clause(STATUS_CATEGORY, NOT_IN, "TODO,DONE")))
                .isEqualTo("statusCategory not in (\"To Do\", \"Done\")");
        assertThat(problem(clause(STATUS_CATEGORY, EQUALS, "CLOSED")).field()).isEqualTo("rule.value");
    }

    @Test
    void hierarchyLevelsAreTheIssueTypesTheFieldMappingPutsThere() {
        assertThat(jql(clause(HIERARCHY_LEVEL, EQUALS, "sub-task"))).isEqualTo("issuetype in subTaskIssueTypes()");
        assertThat(jql(clause(HIERARCHY_LEVEL, EQUALS, "epic"))).isEqualTo("issuetype in (10000, 10001)");
        assertThat(jql(clause(HIERARCHY_LEVEL, EQUALS, "2"))).isEqualTo("issuetype in (10100)");
        assertThat(jql(clause(HIERARCHY_LEVEL, EQUALS, "standard"))).isEqualTo(
                "( issuetype in standardIssueTypes() AND issuetype not in (10000, 10001, 10100) )");
        assertThat(jql(clause(HIERARCHY_LEVEL, IN, "sub-task,epic"))).isEqualTo(
                "( issuetype in subTaskIssueTypes() OR issuetype in (10000, 10001) )");
        assertThat(jql(clause(HIERARCHY_LEVEL, NOT_EQUALS, "epic"))).isEqualTo(
                "NOT ( issuetype in (10000, 10001) )");
    }

    @Test
    void aLevelNoIssueTypeHasMatchesNothingAndStandardIsEveryNonSubTaskWhenNothingIsMapped() {
        assertThat(jql(clause(HIERARCHY_LEVEL, EQUALS, "3"))).isEqualTo(NEVER);

        mapping = FieldMapping.NONE;
        assertThat(jql(clause(HIERARCHY_LEVEL, EQUALS, "standard"))).isEqualTo("issuetype in standardIssueTypes()");
        assertThat(problem(clause(HIERARCHY_LEVEL, EQUALS, "initiative")).field()).isEqualTo("rule.value");
    }

    @Test
    void assigneesAreNamedByTheirUsernameAndNotEqualsCountsUnassignedIssues() {
        ApplicationUser alice = mock(ApplicationUser.class);
        when(alice.getUsername()).thenReturn("alice");
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(alice);

        assertThat(jql(clause(ASSIGNEE, EQUALS, "JIRAUSER10100"))).isEqualTo("assignee = \"alice\"");
        assertThat(jql(clause(ASSIGNEE, NOT_EQUALS, "JIRAUSER10100")))
                .isEqualTo("( assignee != \"alice\" OR assignee IS EMPTY )");
        assertThat(jql(clause(ASSIGNEE, IS_EMPTY, null))).isEqualTo("assignee IS EMPTY");
        assertThat(problem(clause(ASSIGNEE, EQUALS, "JIRAUSER999")))
                .isEqualTo(new FieldError("rule.value", "no Jira user has the key JIRAUSER999"));
    }

    @Test
    void securityLevelsAreJqlLevelsByIdAndNotInCountsIssuesWithoutALevel() {
        assertThat(jql(clause(FactField.SECURITY_LEVEL, NOT_IN, "10200,10201")))
                .isEqualTo("( level not in (10200, 10201) OR level IS EMPTY )");
    }

    @Test
    void aDateIsADayBeforeWhichAfterWhichOrDuringWhichAnIssueFalls() {
        assertThat(jql(clause(CREATED, LESS_THAN, "2026-03-01"))).isEqualTo("created < \"2026-03-01\"");
        assertThat(jql(clause(CREATED, GREATER_THAN, "2026-03-01"))).isEqualTo("created >= \"2026-03-02\"");
        assertThat(jql(clause(CREATED, EQUALS, "2026-02-28")))
                .isEqualTo("( created >= \"2026-02-28\" AND created < \"2026-03-01\" )");
        assertThat(jql(clause(CREATED, NOT_EQUALS, "2026-12-31")))
                .isEqualTo("( created < \"2026-12-31\" OR created >= \"2027-01-01\" )");
        assertThat(jql(clause(RESOLVED, NOT_EQUALS, "2026-12-31")))
                .isEqualTo("( resolved < \"2026-12-31\" OR resolved >= \"2027-01-01\" OR resolved IS EMPTY )");
    }

    @Test
    void relativeDaysStayRelativeAsStartOfDayIncrements() {
        assertThat(jql(clause(FactField.UPDATED, LESS_THAN, "-14d"))).isEqualTo("updated < startOfDay(\"-14d\")");
        assertThat(jql(clause(DUE, GREATER_THAN, "-1d"))).isEqualTo("duedate >= startOfDay()");
        assertThat(jql(clause(DUE, EQUALS, "2w")))
                .isEqualTo("( duedate >= startOfDay(\"+14d\") AND duedate < startOfDay(\"+15d\") )");
        assertThat(problem(clause(DUE, LESS_THAN, "-4h")).field()).isEqualTo("rule.value");
        assertThat(problem(clause(DUE, LESS_THAN, "2026-02-30")).message()).isEqualTo("not a date: 2026-02-30");
    }

    @Test
    void mappedCustomFieldsAreSearchedAsCfWithTheirNumber() {
        assertThat(jql(clause(FactField.START, IS_NOT_EMPTY, null))).isEqualTo("NOT cf[10015] IS EMPTY");
        assertThat(jql(clause(FactField.STORY_POINTS, GREATER_THAN, "8"))).isEqualTo("cf[10002] > \"8\"");
        assertThat(jql(clause(FactField.ACTUAL_COST, NOT_EQUALS, "1250.50")))
                .isEqualTo("( cf[10020] != \"1250.50\" OR cf[10020] IS EMPTY )");
        assertThat(jql(clause(FactField.START, LESS_THAN, "2026-01-01"))).isEqualTo("cf[10015] < \"2026-01-01\"");
    }

    @Test
    void anUnmappedFieldCannotBeSearchedAndSaysWhereItIs() {
        mapping = FieldMapping.NONE;

        assertThatThrownBy(() -> rules.query(any(clause(DUE, IS_EMPTY, null),
                clause(FactField.STORY_POINTS, GREATER_THAN, "8"))))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("rule.parts[1].field", "STORY_POINTS has no Jira field mapped to it "
                                + "(Issue facts admin page), so Jira cannot search it")));
    }

    @Test
    void estimatesInSecondsAreWholeMinutesInJql() {
        assertThat(jql(clause(FactField.ORIGINAL_ESTIMATE, GREATER_THAN, "5400"))).isEqualTo("originalEstimate > \"90m\"");
        assertThat(jql(clause(FactField.REMAINING_ESTIMATE, LESS_THAN, "0"))).isEqualTo("remainingEstimate < \"0m\"");
        assertThat(jql(clause(FactField.TIME_SPENT, IS_EMPTY, null))).isEqualTo("timeSpent IS EMPTY");
        assertThat(problem(clause(FactField.TIME_SPENT, EQUALS, "90")).field()).isEqualTo("rule.value");
        assertThat(problem(clause(FactField.TIME_SPENT, EQUALS, "1e3")).field()).isEqualTo("rule.value");
    }

    @Test
    void fieldsThatAlwaysHaveAValueAreNeverEmpty() {
        assertThat(jql(clause(CREATED, IS_EMPTY, null))).isEqualTo(NEVER);
        assertThat(jql(clause(STATUS_CATEGORY, IS_NOT_EMPTY, null))).isEqualTo("NOT " + NEVER);
    }

    @Test
    void operatorsThatDoNotFitTheFieldAreRefused() {
        assertThat(problem(clause(ISSUE_TYPE, LESS_THAN, "10002")).field()).isEqualTo("rule.operator");
        assertThat(problem(clause(CREATED, IN, "2026-01-01")).field()).isEqualTo("rule.operator");
        assertThat(problem(clause(FactField.STORY_POINTS, NOT_IN, "1,2")).field()).isEqualTo("rule.operator");
        assertThat(problem(clause(ISSUE_TYPE, EQUALS, " ")).field()).isEqualTo("rule.value");
    }

    @Test
    void aRuleBeyondTheCoresBoundsIsRefusedBeforeItIsWalked() {
        Rule deep = clause(DUE, IS_EMPTY, null);
        for (int i = 0; i < Rule.MAX_DEPTH; i++) {
            deep = all(deep, clause(DUE, IS_EMPTY, null));
        }
        Rule tooDeep = deep;
        assertThatThrownBy(() -> rules.query(tooDeep)).isInstanceOf(ValidationFailed.class);

        List<Rule> many = new ArrayList<>();
        for (int i = 0; i <= Rule.MAX_CLAUSES; i++) {
            many.add(clause(DUE, IS_EMPTY, null));
        }
        assertThatThrownBy(() -> rules.query(new Rule.Any(many))).isInstanceOf(ValidationFailed.class);
        assertThat(recorded.calls).isEmpty();
    }

    @Test
    void aRuleAtTheCoresBoundsIsTranslated() {
        List<Rule> half = new ArrayList<>();
        for (int i = 0; i < Rule.MAX_CLAUSES / 2; i++) {
            half.add(clause(DUE, IS_EMPTY, null));
        }
        rules.query(all(new Rule.Any(half), new Rule.All(List.of()), new Rule.Any(half)));

        assertThat(recorded.calls).filteredOn(call -> call.method().equals("addEmptyCondition"))
                .hasSize(Rule.MAX_CLAUSES);
    }

    private String jql(Rule rule) {
        recorded.calls.clear();
        rules.query(rule);
        return recorded.text();
    }

    private FieldError problem(Rule rule) {
        try {
            rules.query(rule);
        } catch (ValidationFailed e) {
            assertThat(e.errors()).hasSize(1);
            return e.errors().getFirst();
        }
        throw new AssertionError("the rule was translated: " + recorded.text());
    }

    private static Rule.Clause clause(FactField field, RuleOperator operator, String value) {
        return new Rule.Clause(field, operator, value);
    }

    private static Rule all(Rule... parts) {
        return new Rule.All(List.of(parts));
    }

    private static Rule any(Rule... parts) {
        return new Rule.Any(List.of(parts));
    }
}
