package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Compile-time stand-in for Jira's SearchResults (a generic class since Jira 8, {@code getIssues()} renamed
 * {@code getResults()}), declaring the constructor that builds one page and the getters the plugin calls (see
 * docs/host-api.md).
 */
public class SearchResults<T> {
    private final List<T> results;
    private final int total;
    private final int max;
    private final int start;

    public SearchResults(List<T> issues, int totalIssueCount, int maxIssueCount, int startIndex) {
        this.results = List.copyOf(issues);
        this.total = totalIssueCount;
        this.max = maxIssueCount;
        this.start = startIndex;
    }

    public List<T> getResults() {
        return results;
    }

    public int getTotal() {
        return total;
    }

    public int getMax() {
        return max;
    }

    public int getStart() {
        return start;
    }
}
