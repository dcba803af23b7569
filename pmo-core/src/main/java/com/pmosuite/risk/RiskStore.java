package com.pmosuite.risk;

import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.Page;
import com.pmosuite.shared.PageRequest;
import com.pmosuite.shared.StaleVersion;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Port: where risks, their linked issues and their history live. Every method that writes does all of its
 * rows in one transaction, and writes history in that same transaction.
 */
public interface RiskStore {

    /** Stores a new risk at version 1 with a {@code created} history entry. */
    Risk create(String projectKey, RiskFields fields, String actorKey, Instant at);

    /** Stores all the rows or none of them. */
    List<Risk> createAll(String projectKey, List<RiskFields> rows, String actorKey, Instant at);

    /**
     * Creates and updates a project's risks in one transaction, with their history: all or nothing. Each update is
     * made only at its expected version, as {@link #update} does.
     *
     * @return the created risks in the order given, then the updated ones
     * @throws StaleVersion when any update's risk moved on; nothing is then written
     */
    List<Risk> writeAll(String projectKey, List<RiskFields> creates, List<RiskUpdate> updates, String actorKey,
                        Instant at);

    Optional<Risk> find(long id);

    /**
     * Replaces a risk's fields if it is still at {@code expectedVersion}; the version then goes up by one and
     * {@code changes} go into the history. Safe against concurrent writers: of two updates from the same
     * version exactly one wins.
     *
     * @throws StaleVersion carrying the current risk, when the version moved on
     * @throws NotFound     when there is no such risk
     */
    Risk update(long id, int expectedVersion, RiskFields fields, List<FieldChange> changes, String actorKey,
                Instant at);

    /**
     * Deletes a risk and its links; its history stays, ending with a {@code deleted} entry.
     *
     * @param expectedVersion when present, the delete only happens at that version (else {@link StaleVersion})
     */
    void delete(long id, OptionalInt expectedVersion, String actorKey, Instant at);

    Page<Risk> search(RiskQuery query);

    /** All of a project's risks in the given statuses (all statuses when empty), ordered by id. */
    List<Risk> findByProject(String projectKey, Set<RiskStatus> statuses);

    /**
     * How many of a project's risks in the given statuses (all when empty) share each inherent cell and residual
     * assessment: a heat map's counts without reading the risks.
     */
    List<RiskCellCount> countByCell(String projectKey, Set<RiskStatus> statuses);

    /**
     * How many of a project's risks (any status) use a probability or impact level above {@code level}, inherent
     * or residual (a residual assessment counts only when both of its levels are set).
     */
    int countUsingLevelsAbove(String projectKey, int level);

    /** The ids of all of a project's risks, ascending: a large register's index, to be read in slices. */
    List<Long> idsOf(String projectKey);

    /** The risks with these ids, ordered by id; ids of no (longer existing) risk are left out. */
    List<Risk> findAll(Collection<Long> ids);

    /**
     * For each of the projects, how many risks in the given statuses (all when empty) share a kind and an inherent
     * cell, with the sum of their cost impacts: multi-project totals without reading the risks. Projects without
     * risks are left out.
     */
    List<RiskGroupTotal> totalsByProject(Set<String> projectKeys, Set<RiskStatus> statuses);

    /**
     * A page of the risks of several projects as one list, each project narrowed by its own score ranges, sorted as
     * {@link RiskOrdering} defines: what a portfolio's risk list, top risks and overdue reviews are read with, in
     * the store, never risk by risk. An empty {@code projects} map finds nothing.
     */
    Page<Risk> searchProjects(MultiProjectRiskQuery query);

    /** Risks that list the issue among their linked (mitigation) issues, ordered by id. */
    List<Risk> findLinkedTo(String issueKey);

    /**
     * A project's risks whose title contains {@code text} ignoring case (as {@link RiskOrdering#titleKey} folds it;
     * {@code %} and {@code _} are plain characters), ordered by that key then id, one page of them, with the
     * number of all that match.
     */
    Page<Risk> findByTitle(String projectKey, String text, PageRequest page);

    /** The risk's history, oldest first; kept after the risk is deleted. */
    List<RiskHistoryEntry> history(long riskId);

    /** The project a risk belonged to, also after deletion; empty for an id never used. */
    Optional<String> projectOf(long riskId);
}
