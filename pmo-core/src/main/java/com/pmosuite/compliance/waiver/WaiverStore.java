package com.pmosuite.compliance.waiver;

import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.WaiverStatus;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: where waivers live, with their audit history (record type {@value Waivers#ENTITY_TYPE}). Every write stores
 * the waiver and its history lines in one transaction.
 */
public interface WaiverStore {

    /**
     * Stores a new {@link WaiverStatus#REQUESTED} waiver at version 1, with a {@code created} history line written
     * under the project.
     *
     * @param projectKey the project's key now, kept with the history so it can still be read after a rename
     */
    Waiver create(WaiverRequest request, String projectKey, String actorKey, Instant at);

    Optional<Waiver> find(long id);

    /**
     * Moves a waiver to another status if it is still at {@code expectedVersion}: the version goes up by one,
     * {@code decidedBy}/{@code decidedAt}/{@code decisionNote} become this decision's, and the history gets a
     * {@code status} line (and a {@code decisionNote} line when there is a note). Of two decisions from one version
     * exactly one wins. The caller has checked that the transition is allowed from the status at that version.
     *
     * @throws StaleVersion carrying the current waiver, when the version moved on
     * @throws NotFound     when there is no such waiver
     */
    Waiver decide(long id, int expectedVersion, WaiverStatus status, String note, String actorKey, Instant at);

    /** A project's waivers, newest first (by id). */
    List<Waiver> forProject(long projectId);

    /** Every waiver in one of these statuses (all of them when the set is empty), newest first (by id). */
    List<Waiver> withStatus(Set<WaiverStatus> statuses);

    /**
     * The approved waivers whose expiry date is {@code day} or later, of every project: what a scan on {@code day}
     * applies. Read with one query, whatever the number of projects.
     */
    List<Waiver> approvedNotExpiredOn(LocalDate day);

    /** A waiver's history, oldest first. */
    List<AuditEntry> history(long id);
}
