package com.atlassian.query;

/**
 * Compile-time stand-in for Jira's parsed JQL query (an interface); the plugin only passes it from
 * SearchService.parseQuery to the searches. {@code getQueryString()} is declared for implementations outside Jira
 * (the workbench), which read the JQL the query was parsed from (see docs/host-api.md).
 */
public interface Query {

    String getQueryString();
}
