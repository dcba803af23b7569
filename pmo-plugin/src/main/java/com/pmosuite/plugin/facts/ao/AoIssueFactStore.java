package com.pmosuite.plugin.facts.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.facts.FactChanges;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.IssueFactStore;
import com.pmosuite.facts.StatusCategory;
import com.pmosuite.plugin.platform.ao.AoErrors;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * {@link IssueFactStore} on Active Objects: the {@code ISSUE_FACT} table, one row per issue (live or tombstone),
 * and its stamp counter in {@code STAMP_COUNTER}.
 * <p>
 * <b>Why a counter row, not a sequence.</b> A reader catches up with "rows stamped above the last stamp I saw".
 * That is only safe if stamps become visible in the order they are handed out. A sequence (or an auto-increment
 * id) hands stamp n to one transaction and n+1 to another that may commit first; a reader at READ COMMITTED then
 * sees n+1, moves its position past n, and never sees n. So every writing transaction first updates the counter
 * row (taking its row lock, which it keeps until commit), only then reads the counter and stores the advanced
 * value, and stamps its rows from it. A second writer blocks on the row lock until the first has committed, so
 * stamps are committed in increasing order and every reader's snapshot holds a prefix of them. Under stricter
 * isolation (AO's own SERIALIZABLE outside Jira) the second writer fails instead of waiting, and the write is retried.
 * Rows are single INSERTs after one DELETE per chunk of ids, never created and read back.
 */
public final class AoIssueFactStore implements IssueFactStore {
    /** The counter's name in {@code STAMP_COUNTER}. */
    static final String COUNTER = "ISSUE_FACT";
    // Keeps IN (...) lists well under every database's bind-parameter limit.
    private static final int IN_CHUNK = 500;
    private static final int MAX_CONFLICT_RETRIES = 100;
    /**
     * Creating the counter row (write lock) never overlaps a writing transaction (read lock) of this JVM: see
     * {@link #counterExists()}. JVM-wide because AO's provider monitor is shared by every store over one database.
     */
    private static final ReadWriteLock COUNTER_CREATION = new ReentrantReadWriteLock();
    /** AO's default string column length; the actual cost's text must fit. */
    private static final int MAX_TEXT = 255;

    static final String ISSUE_ID = "ISSUE_ID";
    static final String PROJECT_ID = "PROJECT_ID";
    static final String CHANGE_STAMP = "CHANGE_STAMP";
    static final String DELETED = "DELETED";
    private static final String COLUMNS = String.join(", ", ISSUE_ID, PROJECT_ID, CHANGE_STAMP, DELETED,
            "ISSUE_TYPE_ID", "HIERARCHY_LEVEL", "PARENT_ID", "EPIC_ID", "STATUS_CATEGORY", "CREATED_AT",
            "RESOLVED_AT", "START_DAY", "DUE_DAY", "STORY_POINTS", "ORIGINAL_ESTIMATE", "REMAINING_ESTIMATE",
            "TIME_SPENT", "ACTUAL_COST", "ASSIGNEE_KEY", "SECURITY_LEVEL_ID", "UPDATED_AT");

    private final ActiveObjects ao;
    /** The counter row is never deleted, so once seen it need not be looked for again. */
    private volatile boolean counterSeen;

    public AoIssueFactStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void upsert(Collection<IssueFact> facts) {
        Map<Long, IssueFact> latest = new LinkedHashMap<>();
        for (IssueFact fact : facts) {
            requireFits(fact);
            latest.put(fact.issueId(), fact);
        }
        if (latest.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(latest.keySet());
        counterExists();
        writing(() -> ao.executeInTransaction(() -> {
            StampCounterEntity counter = lockedCounter();
            long stamp = counter.getStamp();
            counter.setStamp(stamp + latest.size());
            counter.save();
            deleteRows(ids);
            for (IssueFact fact : latest.values()) {
                ao.create(IssueFactEntity.class, row(fact, ++stamp));
            }
            return null;
        }));
    }

    @Override
    public void delete(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(new HashSet<>(issueIds));
        // Most such calls are events for issues that have no fact (projects outside every portfolio): answer them
        // with one read instead of queueing them behind the writers on the counter row.
        if (liveAmong(ids).isEmpty()) {
            return;
        }
        counterExists();
        writing(() -> ao.executeInTransaction(() -> {
            StampCounterEntity counter = lockedCounter();
            // Read under the counter's lock: no other writer can change these rows until this one commits.
            List<Long> live = liveAmong(ids);
            if (live.isEmpty()) {
                return null;
            }
            long stamp = counter.getStamp();
            counter.setStamp(stamp + live.size());
            counter.save();
            deleteRows(live);
            for (Long id : live) {
                ao.create(IssueFactEntity.class, new DBParam(ISSUE_ID, id), new DBParam(CHANGE_STAMP, ++stamp),
                        new DBParam(DELETED, true));
            }
            return null;
        }));
    }

    @Override
    public Optional<IssueFact> find(long issueId) {
        IssueFactEntity[] rows = ao.find(IssueFactEntity.class, Query.select(COLUMNS)
                .where(ISSUE_ID + " = ? AND " + DELETED + " = ?", issueId, false));
        return rows.length == 0 ? Optional.empty() : Optional.of(toFact(rows[0]));
    }

    @Override
    public List<IssueFact> page(Collection<Long> projectIds, long afterIssueId, int limit) {
        if (limit < 1 || projectIds.isEmpty()) {
            return List.of();
        }
        List<Long> projects = List.copyOf(new HashSet<>(projectIds));
        List<IssueFact> page = new ArrayList<>();
        for (int from = 0; from < projects.size(); from += IN_CHUNK) {
            List<Long> chunk = projects.subList(from, Math.min(projects.size(), from + IN_CHUNK));
            List<Object> params = new ArrayList<>(chunk);
            params.add(afterIssueId);
            // Tombstones have no project, so the project filter leaves them out. One project is "=", not "IN (?)":
            // HSQLDB answers an IN list with ORDER BY and LIMIT by walking the primary key over the whole table
            // (2.5 s for a page of one project in 100k facts), but uses the project index for "=" (12 ms).
            String projectFilter = chunk.size() == 1 ? PROJECT_ID + " = ?"
                    : PROJECT_ID + " IN (" + placeholders(chunk.size()) + ")";
            for (IssueFactEntity row : ao.find(IssueFactEntity.class, Query.select(COLUMNS)
                    .where(projectFilter + " AND " + ISSUE_ID + " > ?", params.toArray())
                    .order(ISSUE_ID + " ASC").limit(limit))) {
                page.add(toFact(row));
            }
        }
        if (projects.size() > IN_CHUNK) {
            page.sort(Comparator.comparingLong(IssueFact::issueId));
        }
        return page.size() > limit ? List.copyOf(page.subList(0, limit)) : page;
    }

    @Override
    public long stamp() {
        StampCounterEntity[] counters = ao.find(StampCounterEntity.class,
                Query.select("COUNTER_NAME, STAMP").where("COUNTER_NAME = ?", COUNTER));
        return counters.length == 0 ? 0 : counters[0].getStamp();
    }

    @Override
    public FactChanges changesSince(long since, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        // One indexed range read. Every stamp at or below the highest one this statement sees is committed (see the
        // class comment), so the next slice may start right after the last row returned.
        Query query = since == 0
                ? Query.select(COLUMNS).where(CHANGE_STAMP + " > ? AND " + DELETED + " = ?", since, false)
                : Query.select(COLUMNS).where(CHANGE_STAMP + " > ?", since);
        IssueFactEntity[] rows = ao.find(IssueFactEntity.class, query.order(CHANGE_STAMP + " ASC").limit(limit + 1));
        List<IssueFact> upserted = new ArrayList<>();
        List<Long> deleted = new ArrayList<>();
        long reached = since;
        for (int i = 0; i < Math.min(limit, rows.length); i++) {
            IssueFactEntity row = rows[i];
            if (row.isDeleted()) {
                deleted.add(row.getIssueId());
            } else {
                upserted.add(toFact(row));
            }
            reached = row.getChangeStamp();
        }
        return new FactChanges(upserted, deleted, reached, rows.length > limit);
    }

    @Override
    public Set<Long> projectsWithFacts() {
        // AO builds an entity from each row and needs its key: any issue id of the group will do.
        IssueFactEntity[] groups = ao.find(IssueFactEntity.class,
                Query.select("MIN(" + ISSUE_ID + ") AS " + ISSUE_ID + ", " + PROJECT_ID)
                        .where(PROJECT_ID + " IS NOT NULL").group(PROJECT_ID));
        Set<Long> projects = new HashSet<>();
        Arrays.stream(groups).forEach(group -> projects.add(group.getProjectId()));
        return projects;
    }

    /**
     * Creates the counter row if there is none yet, in a transaction of its own, so that writing transactions only
     * ever update it. Why the care: AO 4.0.3's HSQLDB provider runs every INSERT under one provider-wide monitor
     * ({@code HSQLDatabaseProvider.executeInsertReturningKey} is {@code synchronized}) and keeps it while the INSERT
     * waits in HSQLDB for another transaction's row lock. An INSERT of the counter's key waits for any transaction
     * that holds the row (a first creator's uncommitted INSERT, or a writer's UPDATE once it exists); if that is a
     * writing transaction, its next fact INSERT waits for the monitor, a cycle across the JVM and the database that
     * neither detects: two first writers hung for good under load, and HSQLDB's SHUTDOWN behind them. So the INSERT
     * runs under {@link #COUNTER_CREATION}'s write lock, while no writing transaction of this JVM is open; a lone
     * creator commits right after its INSERT without the monitor, and a second one then fails on the unique key.
     * Writers in other JVMs have monitors of their own. Must run outside any transaction (a joined one would keep
     * the new row uncommitted).
     */
    private void counterExists() {
        if (counterSeen) {
            return;
        }
        COUNTER_CREATION.writeLock().lock();
        try {
            if (counterRow().length == 0) {
                ao.executeInTransaction(() -> ao.create(StampCounterEntity.class,
                        new DBParam("COUNTER_NAME", COUNTER), new DBParam("STAMP", 0L), new DBParam("LOCK_TOKEN", 0L)));
            }
        } catch (RuntimeException failure) {
            // Another node created it first (unique key); anything else, or still no row, is a real failure.
            if (!AoErrors.isWriteConflict(failure) || counterRow().length == 0) {
                throw failure;
            }
        } finally {
            COUNTER_CREATION.writeLock().unlock();
        }
        counterSeen = true;
    }

    /** Runs a writing transaction, retrying conflicts, while no counter row is being created in this JVM. */
    private void writing(Supplier<?> write) {
        COUNTER_CREATION.readLock().lock();
        try {
            retryingConflicts(write);
        } finally {
            COUNTER_CREATION.readLock().unlock();
        }
    }

    private StampCounterEntity[] counterRow() {
        return ao.find(StampCounterEntity.class, Query.select("COUNTER_NAME").where("COUNTER_NAME = ?", COUNTER));
    }

    /**
     * The counter row (see {@link #counterExists()}), locked for this transaction: a write that does not depend on
     * what was read takes the row lock (waiting for a writer that holds it to commit), and only then is the stamp
     * read, by a new statement that sees that writer's commit.
     */
    private StampCounterEntity lockedCounter() {
        StampCounterEntity[] counters = ao.find(StampCounterEntity.class,
                Query.select("COUNTER_NAME, LOCK_TOKEN").where("COUNTER_NAME = ?", COUNTER));
        if (counters.length == 0) {
            throw new IllegalStateException("The " + COUNTER + " stamp counter row is missing");
        }
        counters[0].setLockToken(ThreadLocalRandom.current().nextLong());
        counters[0].save();
        return ao.find(StampCounterEntity.class,
                Query.select("COUNTER_NAME, STAMP, LOCK_TOKEN").where("COUNTER_NAME = ?", COUNTER))[0];
    }

    private List<Long> liveAmong(List<Long> ids) {
        List<Long> live = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            List<Object> params = new ArrayList<>(chunk);
            params.add(false);
            for (IssueFactEntity row : ao.find(IssueFactEntity.class, Query.select(ISSUE_ID)
                    .where(ISSUE_ID + " IN (" + placeholders(chunk.size()) + ") AND " + DELETED + " = ?",
                            params.toArray()))) {
                live.add(row.getIssueId());
            }
        }
        return live;
    }

    private void deleteRows(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            ao.deleteWithSQL(IssueFactEntity.class, ISSUE_ID + " IN (" + placeholders(chunk.size()) + ")",
                    chunk.toArray());
        }
    }

    /**
     * Runs a write again when the database reports that a concurrent writer got there first (a serialization
     * failure under SERIALIZABLE): the transaction was rolled back, so nothing of it
     * is left, and upserts and deletes may simply be repeated.
     */
    private void retryingConflicts(Supplier<?> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                write.get();
                return;
            } catch (RuntimeException failure) {
                if (!AoErrors.isWriteConflict(failure) || attempt == MAX_CONFLICT_RETRIES) {
                    throw failure;
                }
                try {
                    // Backs off further each time (capped), so two writers that keep colliding on a busy machine
                    // drift apart instead of using up their attempts within a few milliseconds.
                    Thread.sleep(ThreadLocalRandom.current().nextLong(1, Math.min(250L, 10L * attempt) + 2));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }

    private static void requireFits(IssueFact fact) {
        if (fact.actualCost() != null && fact.actualCost().toString().length() > MAX_TEXT) {
            throw new IllegalArgumentException("Actual cost of issue " + fact.issueId() + " has too many digits");
        }
        if (fact.issueTypeId().length() > MAX_TEXT
                || (fact.assigneeKey() != null && fact.assigneeKey().length() > MAX_TEXT)) {
            throw new IllegalArgumentException("Issue " + fact.issueId() + " has a type id or assignee key longer than "
                    + MAX_TEXT);
        }
    }

    /** Every column of a live row; package-visible for the bench's batch-insert baseline. */
    static DBParam[] row(IssueFact fact, long stamp) {
        return new DBParam[]{
                new DBParam(ISSUE_ID, fact.issueId()),
                new DBParam(PROJECT_ID, fact.projectId()),
                new DBParam(CHANGE_STAMP, stamp),
                new DBParam(DELETED, false),
                new DBParam("ISSUE_TYPE_ID", fact.issueTypeId()),
                new DBParam("HIERARCHY_LEVEL", fact.hierarchyLevel()),
                new DBParam("PARENT_ID", fact.parentId()),
                new DBParam("EPIC_ID", fact.epicId()),
                new DBParam("STATUS_CATEGORY", fact.statusCategory().name()),
                new DBParam("CREATED_AT", fact.created().toEpochMilli()),
                new DBParam("RESOLVED_AT", fact.resolved() == null ? null : fact.resolved().toEpochMilli()),
                new DBParam("START_DAY", fact.start() == null ? null : fact.start().toEpochDay()),
                new DBParam("DUE_DAY", fact.due() == null ? null : fact.due().toEpochDay()),
                new DBParam("STORY_POINTS", fact.storyPoints()),
                new DBParam("ORIGINAL_ESTIMATE", fact.originalEstimateSeconds()),
                new DBParam("REMAINING_ESTIMATE", fact.remainingEstimateSeconds()),
                new DBParam("TIME_SPENT", fact.timeSpentSeconds()),
                new DBParam("ACTUAL_COST", fact.actualCost() == null ? null : fact.actualCost().toString()),
                new DBParam("ASSIGNEE_KEY", fact.assigneeKey()),
                new DBParam("SECURITY_LEVEL_ID", fact.securityLevelId()),
                new DBParam("UPDATED_AT", fact.updated().toEpochMilli())};
    }

    private static IssueFact toFact(IssueFactEntity row) {
        return new IssueFact(row.getIssueId(), row.getProjectId(), row.getIssueTypeId(), row.getHierarchyLevel(),
                row.getParentId(), row.getEpicId(), StatusCategory.valueOf(row.getStatusCategory()),
                Instant.ofEpochMilli(row.getCreatedAt()),
                row.getResolvedAt() == null ? null : Instant.ofEpochMilli(row.getResolvedAt()),
                row.getStartDay() == null ? null : LocalDate.ofEpochDay(row.getStartDay()),
                row.getDueDay() == null ? null : LocalDate.ofEpochDay(row.getDueDay()),
                row.getStoryPoints(), row.getOriginalEstimate(), row.getRemainingEstimate(), row.getTimeSpent(),
                row.getActualCost() == null ? null : new BigDecimal(row.getActualCost()), row.getAssigneeKey(),
                row.getSecurityLevelId(), Instant.ofEpochMilli(row.getUpdatedAt()));
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
