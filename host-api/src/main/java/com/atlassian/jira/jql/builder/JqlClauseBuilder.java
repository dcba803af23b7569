package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;
import com.atlassian.query.operator.Operator;

/**
 * Compile-time stand-in for Jira's fluent builder of a JQL where clause (an interface), declaring only the members the
 * plugin calls (see https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/jql/builder/JqlClauseBuilder.html and
 * docs/host-api.md). Every method returns the same builder, as in Jira; {@code and()}/{@code or()} must separate
 * conditions and {@code sub()}/{@code endsub()} bracket them.
 */
public interface JqlClauseBuilder {

    Query buildQuery();

    JqlClauseBuilder and();

    JqlClauseBuilder or();

    JqlClauseBuilder not();

    JqlClauseBuilder sub();

    JqlClauseBuilder endsub();

    /** {@code project in (pids)}. */
    JqlClauseBuilder project(Long... pids);

    /** {@code issuetype in standardIssueTypes()}. */
    JqlClauseBuilder issueTypeIsStandard();

    /** {@code issuetype in subTaskIssueTypes()}. */
    JqlClauseBuilder issueTypeIsSubtask();

    /** {@code clauseName operator "clauseValue"}. */
    JqlClauseBuilder addStringCondition(String clauseName, Operator operator, String clauseValue);

    /** {@code clauseName operator (clauseValues)}. */
    JqlClauseBuilder addStringCondition(String clauseName, Operator operator, String... clauseValues);

    /** {@code clauseName operator clauseValue}; a number operand is resolved as an id first. */
    JqlClauseBuilder addNumberCondition(String clauseName, Operator operator, Long clauseValue);

    /** {@code clauseName operator (clauseValues)}. */
    JqlClauseBuilder addNumberCondition(String clauseName, Operator operator, Long... clauseValues);

    /** {@code clauseName operator functionName(args)}. */
    JqlClauseBuilder addFunctionCondition(String clauseName, Operator operator, String functionName, String... args);

    /** {@code clauseName IS EMPTY}. */
    JqlClauseBuilder addEmptyCondition(String clauseName);
}
