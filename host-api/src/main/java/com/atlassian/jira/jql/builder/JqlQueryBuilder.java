package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

/**
 * Compile-time stand-in for Jira's JqlQueryBuilder, a class with static factories (see
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/jql/builder/JqlQueryBuilder.html and docs/host-api.md).
 * Jira's factories build through a component only Jira has, so outside Jira they throw; callers take a
 * {@code Supplier<JqlQueryBuilder>} so tests can pass a mock. {@code orderBy()}, {@code clear()} and the clause and
 * order-by factories are omitted.
 */
public class JqlQueryBuilder {

    private JqlQueryBuilder() {
    }

    /** A new, empty builder. */
    public static JqlQueryBuilder newBuilder() {
        throw new UnsupportedOperationException("JqlQueryBuilder runs only inside Jira");
    }

    /** A builder holding a copy of the query's where and order-by clauses. */
    public static JqlQueryBuilder newBuilder(Query existingQuery) {
        throw new UnsupportedOperationException("JqlQueryBuilder runs only inside Jira");
    }

    /** The builder of this query's where clause. */
    public JqlClauseBuilder where() {
        throw new UnsupportedOperationException("JqlQueryBuilder runs only inside Jira");
    }

    /** The query built so far; the builder can still be used afterwards. */
    public Query buildQuery() {
        throw new UnsupportedOperationException("JqlQueryBuilder runs only inside Jira");
    }
}
