package com.pmosuite.plugin.compliance.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.NavigatorQueries;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.facts.FieldMapping;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraNavigatorQueriesTest {
    private static final long PROJECT = 10_000L;
    private static final FieldMapping MAPPING = new FieldMapping("customfield_10002", null, null, null, null,
            Map.of("10000", 1));

    private final SearchService search = mock(SearchService.class);
    private final RecordedJql ruleBuilder = new RecordedJql();
    private RecordedJql copied;
    private final JiraNavigatorQueries navigator = new JiraNavigatorQueries(search,
            new RuleJql(() -> ruleBuilder.builder, () -> MAPPING, mock(UserManager.class)), query -> {
                copied = new RecordedJql(query);
                return copied.builder;
            });

    JiraNavigatorQueriesTest() {
        // Jira prints a query as its JQL; the recorded query's text is that JQL.
        when(search.getJqlString(any())).thenAnswer(i -> ((Query) i.getArgument(0)).getQueryString());
    }

    @Test
    void aRuleIsBuiltWithTheBuilderRestrictedToTheProjectAndPrintedByJira() {
        NavigatorQueries.NavigatorQuery query = navigator.query(new Check.Condition(
                new Rule.Clause(FactField.STATUS_CATEGORY, RuleOperator.NOT_EQUALS, "DONE")), PROJECT, "ALPHA");

        assertThat(query.jql()).isEqualTo("project in (10000) AND statusCategory != \"Done\"");
    }

    @Test
    void aRawJqlIsParsedByJiraAndThenRestrictedToTheProjectWithTheBuilder() {
        Query parsed = () -> "status = Open";
        when(search.parseQuery(null, "status = Open")).thenReturn(new SearchService.ParseResult(parsed, null));

        NavigatorQueries.NavigatorQuery query = navigator.query(new Check.Jql("status = Open"), PROJECT, "ALPHA");

        assertThat(query.jql()).isEqualTo("{status = Open} AND project in (10000)");
    }

    @Test
    void jqlJiraCannotParseHasNoLinkAndSaysWhy() {
        MessageSet errors = mock(MessageSet.class);
        when(errors.getErrorMessages()).thenReturn(Set.of("Field 'sttus' does not exist."));
        when(search.parseQuery(null, "sttus = Open")).thenReturn(new SearchService.ParseResult(null, errors));

        NavigatorQueries.NavigatorQuery query = navigator.query(new Check.Jql("sttus = Open"), PROJECT, "ALPHA");

        assertThat(query.available()).isFalse();
        assertThat(query.unavailable()).isEqualTo("Field 'sttus' does not exist.");
    }

    @Test
    void aRuleJqlCannotSayHasNoLinkAndSaysWhy() {
        // No actual-cost field is mapped, so the rule has no JQL.
        NavigatorQueries.NavigatorQuery query = navigator.query(new Check.Condition(
                new Rule.Clause(FactField.ACTUAL_COST, RuleOperator.GREATER_THAN, "10")), PROJECT, "ALPHA");

        assertThat(query.available()).isFalse();
        assertThat(query.unavailable()).isNotBlank();
    }

    @Test
    void otherChecksAreNotIssueSearches() {
        assertThat(navigator.query(new Check.NoOverdue(3), PROJECT, "ALPHA").unavailable())
                .isEqualTo(NavigatorQueries.NOT_AN_ISSUE_SEARCH);
    }
}
