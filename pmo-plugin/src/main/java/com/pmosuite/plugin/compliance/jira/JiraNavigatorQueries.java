package com.pmosuite.plugin.compliance.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.NavigatorQueries;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link NavigatorQueries} in Jira: a condition rule becomes its {@link Query} through {@link RuleJql} (clause by
 * clause with {@code JqlQueryBuilder}), a raw JQL standard is parsed with {@code SearchService.parseQuery} and
 * restricted to the project with the builder; either is printed with {@code SearchService.getJqlString}, never
 * joined as text.
 */
public final class JiraNavigatorQueries implements NavigatorQueries {
    private final SearchService search;
    private final RuleJql rules;
    private final Function<Query, JqlQueryBuilder> builders;

    /** @param builders a builder holding a copy of a query: {@code JqlQueryBuilder::newBuilder} in Jira */
    public JiraNavigatorQueries(SearchService search, RuleJql rules, Function<Query, JqlQueryBuilder> builders) {
        this.search = Objects.requireNonNull(search, "search");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.builders = Objects.requireNonNull(builders, "builders");
    }

    @Override
    public NavigatorQuery query(Check check, long projectId, String projectKey) {
        return switch (check) {
            case Check.Condition condition -> {
                try {
                    yield NavigatorQuery.of(search.getJqlString(rules.query(condition.rule(), projectId)));
                } catch (ValidationFailed unsayable) {
                    yield NavigatorQuery.unavailable(unsayable.errors().stream().map(FieldError::message)
                            .collect(Collectors.joining(" ")));
                }
            }
            case Check.Jql jql -> raw(jql.jql(), projectId);
            default -> NavigatorQuery.unavailable(NOT_AN_ISSUE_SEARCH);
        };
    }

    private NavigatorQuery raw(String jql, long projectId) {
        if (jql.isBlank() || jql.length() > Check.Jql.MAX_LENGTH) {
            return NavigatorQuery.unavailable("The JQL is empty or longer than " + Check.Jql.MAX_LENGTH
                    + " characters.");
        }
        SearchService.ParseResult parsed = search.parseQuery(null, jql);
        if (!parsed.isValid() || parsed.getQuery() == null) {
            MessageSet errors = parsed.getErrors();
            List<String> messages = errors == null || errors.getErrorMessages() == null ? List.of()
                    : List.copyOf(new TreeSet<>(errors.getErrorMessages()));
            return NavigatorQuery.unavailable(messages.isEmpty() ? "Jira could not parse the JQL."
                    : String.join(" ", messages));
        }
        Query restricted = builders.apply(parsed.getQuery()).where().and().project(projectId).buildQuery();
        return NavigatorQuery.of(search.getJqlString(restricted));
    }
}
