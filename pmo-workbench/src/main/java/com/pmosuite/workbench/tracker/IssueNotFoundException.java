package com.pmosuite.workbench.tracker;

/** The issue does not exist, or the reader may not see it: both answer Jira's 404. */
public final class IssueNotFoundException extends RuntimeException {
    public IssueNotFoundException(String message) {
        super(message);
    }
}
