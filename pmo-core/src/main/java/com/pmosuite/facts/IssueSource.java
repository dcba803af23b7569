package com.pmosuite.facts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port: reads issue facts from the issue tracker (Jira's search in the plugin, the workbench's issues there). Reads
 * ignore the reader's permissions: facts are shared, and visibility is applied when a rollup is read.
 */
public interface IssueSource {

    /** The most issues one {@link #page} call may ask for; Jira's search windows are capped well above this. */
    int MAX_PAGE = 1000;

    /**
     * The facts of issues in these projects whose id is above {@code afterIssueId}, in ascending id order, at most
     * {@code pageSize} ({@code 1..MAX_PAGE}). Paging by id, not by offset, so no page ever needs a search window
     * past Jira's 10,000-hit cap, and an issue created during a walk is not skipped.
     */
    List<IssueFact> page(Collection<Long> projectIds, long afterIssueId, int pageSize);

    /** The current facts of one issue; empty when it no longer exists. */
    Optional<IssueFact> fact(long issueId);

    /** How many issues these projects hold now, for progress reports of a walk. */
    long count(Collection<Long> projectIds);
}
