package com.atlassian.query.operator;

/**
 * Compile-time stand-in for Jira's JQL operator enum (see
 * https://docs.atlassian.com/jira/5.0/com/atlassian/query/operator/Operator.html and docs/host-api.md). The plugin
 * reads constants by name ({@code getstatic}), so their order does not matter; the real enum's display-string and
 * operator-matching methods are omitted.
 */
public enum Operator {
    LIKE,
    NOT_LIKE,
    EQUALS,
    NOT_EQUALS,
    IN,
    NOT_IN,
    IS,
    IS_NOT,
    LESS_THAN,
    LESS_THAN_EQUALS,
    GREATER_THAN,
    GREATER_THAN_EQUALS,
    WAS,
    WAS_NOT,
    WAS_IN,
    WAS_NOT_IN,
    CHANGED,
    NOT_CHANGED,
    BEFORE,
    AFTER,
    FROM,
    TO,
    ON,
    DURING,
    BY
}
