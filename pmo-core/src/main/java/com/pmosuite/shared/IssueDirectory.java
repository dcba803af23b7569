package com.pmosuite.shared;

/** Port: tells whether an issue exists and the current user may see it, before PMO data points at it. */
public interface IssueDirectory {

    boolean isVisible(String issueKey);

    /** Accepts every well-formed key: for runtimes without issues to check against, and for domain tests. */
    IssueDirectory ANY = issueKey -> true;
}
