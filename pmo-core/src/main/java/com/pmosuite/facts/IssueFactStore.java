package com.pmosuite.facts;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the issue-facts table. Every write takes a new, unique, increasing change stamp from the database, so each
 * node's in-memory view catches up with {@link #changesSince} and stays consistent across a cluster.
 */
public interface IssueFactStore {

    /** Inserts or replaces these facts, in one transaction. */
    void upsert(Collection<IssueFact> facts);

    /** Removes these facts (unknown ids are ignored), in one transaction, leaving tombstones for {@link #changesSince}. */
    void delete(Collection<Long> issueIds);

    Optional<IssueFact> find(long issueId);

    /** Stored facts of these projects with an id above {@code afterIssueId}, ascending by id, at most {@code limit}. */
    List<IssueFact> page(Collection<Long> projectIds, long afterIssueId, int limit);

    /** The highest change stamp committed so far; 0 for an empty table. */
    long stamp();

    /**
     * Changes with a stamp above {@code since}, in stamp order, at most {@code limit} of them. A fact changed twice
     * appears once, in its latest state. {@code since = 0} reads every live fact.
     */
    FactChanges changesSince(long since, int limit);

    /**
     * The projects that hold live facts, so a walk can find facts left behind in projects that are no longer
     * tracked without reading them all. This default reads every live fact; stores answer it with one query.
     */
    default Set<Long> projectsWithFacts() {
        Set<Long> projects = new HashSet<>();
        long since = 0;
        FactChanges slice;
        do {
            slice = changesSince(since, 1000);
            slice.upserted().forEach(fact -> projects.add(fact.projectId()));
            since = slice.stamp();
        } while (slice.more());
        return projects;
    }
}
