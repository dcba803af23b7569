package com.atlassian.jira.issue.search;

/**
 * Compile-time stand-in for Jira's checked SearchException, thrown by SearchService's searches; only the message
 * constructor is declared (see docs/host-api.md).
 */
public class SearchException extends Exception {

    public SearchException(String message) {
        super(message);
    }
}
