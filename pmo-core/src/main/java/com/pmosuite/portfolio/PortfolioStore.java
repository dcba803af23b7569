package com.pmosuite.portfolio;

import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Port: where portfolios, their programs, chosen projects and categories live, with their audit history. Every
 * method that writes does all of its rows, and the history, in one transaction.
 */
public interface PortfolioStore {

    /** Stores a new portfolio at version 1, giving it and its programs ids, with a {@code created} entry. */
    Portfolio create(PortfolioFields fields, String actorKey, Instant at);

    Optional<Portfolio> find(long id);

    /** Every portfolio, ordered by id. */
    List<Portfolio> all();

    /**
     * Replaces a portfolio's content if it is still at {@code expectedVersion}; the version then goes up by one.
     * Programs with an id keep it (the caller checked that they belong to this portfolio), programs with id 0 get a
     * new one, stored programs not sent are removed. The history gets {@link PortfolioChanges#between} the stored
     * and the new content. Of two updates from one version exactly one wins.
     *
     * @throws StaleVersion carrying the current portfolio, when the version moved on
     * @throws NotFound     when there is no such portfolio
     */
    Portfolio update(long id, int expectedVersion, PortfolioFields fields, String actorKey, Instant at);

    /**
     * Deletes a portfolio with its programs and memberships; its history stays, ending with a {@code deleted} entry.
     *
     * @param expectedVersion when present, the delete only happens at that version (else {@link StaleVersion})
     * @throws NotFound when there is no such portfolio
     */
    void delete(long id, OptionalInt expectedVersion, String actorKey, Instant at);

    /** A portfolio's history, oldest first; still there after it was deleted. */
    List<AuditEntry> history(long id);

    /**
     * What makes a project tracked, over all portfolios at once, without reading each portfolio: every explicitly
     * chosen project id and every category id.
     */
    Membership membership();

    /** The project ids chosen explicitly and the category ids chosen, by any portfolio. */
    record Membership(Set<Long> projectIds, Set<Long> categoryIds) {
        public Membership {
            projectIds = Set.copyOf(projectIds);
            categoryIds = Set.copyOf(categoryIds);
        }
    }
}
