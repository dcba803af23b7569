package com.pmosuite.shared;

import java.util.Optional;

/** Port: tells whether an issue exists and the current user may see it, before PMO data points at it. */
public interface IssueDirectory {

    /**
     * The issue's current key when it exists and the current user may see it; empty otherwise. Jira finds a moved
     * issue by its old key too, so this is also how a link follows the issue to its new key.
     */
    Optional<String> visibleKey(String issueKey);

    /** Accepts every well-formed key as it is: for runtimes without issues to check, and for domain tests. */
    IssueDirectory ANY = Optional::of;
}
