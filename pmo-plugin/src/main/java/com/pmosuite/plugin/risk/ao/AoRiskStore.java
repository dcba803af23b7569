package com.pmosuite.plugin.risk.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.plugin.platform.ao.AoErrors;
import com.pmosuite.plugin.platform.audit.ao.AoAuditTrail;
import com.pmosuite.plugin.platform.jira.ProjectIdentity;
import com.pmosuite.risk.FieldChange;
import com.pmosuite.risk.MultiProjectRiskQuery;
import com.pmosuite.risk.ResponseStrategy;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskCell;
import com.pmosuite.risk.RiskCellCount;
import com.pmosuite.risk.RiskFields;
import com.pmosuite.risk.RiskGroupTotal;
import com.pmosuite.risk.RiskHistoryEntry;
import com.pmosuite.risk.RiskKind;
import com.pmosuite.risk.RiskOrdering;
import com.pmosuite.risk.RiskQuery;
import com.pmosuite.risk.RiskSort;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.RiskStore;
import com.pmosuite.risk.RiskUpdate;
import com.pmosuite.risk.ScoreRange;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.Page;
import com.pmosuite.shared.PageRequest;
import com.pmosuite.shared.StaleVersion;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static com.pmosuite.plugin.risk.ao.RiskColumns.*;

/**
 * {@link RiskStore} on Active Objects. Each write runs in one AO transaction; concurrent saves of the same version
 * are refused by the unique revision key (see {@link RiskRevisionEntity}). No AO type leaves this class.
 */
public final class AoRiskStore implements RiskStore {
    // Keeps IN (...) lists well under every database's bind-parameter limit.
    private static final int IN_CHUNK = 500;
    private static final int MAX_CONFLICT_RETRIES = 10;
    private static final Set<RiskStatus> LIVE = EnumSet.copyOf(
            Arrays.stream(RiskStatus.values()).filter(RiskStatus::isLive).toList());

    private final ActiveObjects ao;
    private final ProjectIdentity projects;
    private final AoAuditTrail audit;

    /** @param projects maps the domain's project keys to the ids rows are stored under, and back */
    public AoRiskStore(ActiveObjects ao, ProjectIdentity projects) {
        this.ao = ao;
        this.projects = projects;
        this.audit = new AoAuditTrail(ao);
    }

    @Override
    public Risk create(String projectKey, RiskFields fields, String actorKey, Instant at) {
        long projectId = projects.idOf(projectKey);
        return ao.executeInTransaction(() -> insert(projectKey, projectId, fields, actorKey, at));
    }

    @Override
    public List<Risk> createAll(String projectKey, List<RiskFields> rows, String actorKey, Instant at) {
        long projectId = projects.idOf(projectKey);
        return ao.executeInTransaction(() -> {
            List<Risk> created = new ArrayList<>(rows.size());
            for (RiskFields fields : rows) {
                created.add(insert(projectKey, projectId, fields, actorKey, at));
            }
            return created;
        });
    }

    @Override
    public List<Risk> writeAll(String projectKey, List<RiskFields> creates, List<RiskUpdate> updates,
                               String actorKey, Instant at) {
        long projectId = projects.idOf(projectKey);
        return ao.executeInTransaction(() -> {
            List<Risk> written = new ArrayList<>(creates.size() + updates.size());
            for (RiskFields fields : creates) {
                written.add(insert(projectKey, projectId, fields, actorKey, at));
            }
            // A stale version throws out of the transaction, so no row of the import is written.
            for (RiskUpdate update : updates) {
                written.add(updateRow(update.id(), update.expectedVersion(), update.fields(), update.changes(),
                        actorKey, at));
            }
            return written;
        });
    }

    /**
     * Writes the risk row with every column in one INSERT and builds the result from what was written: the
     * entity AO returns holds only its id, and each getter on it would read one column back.
     */
    private Risk insert(String projectKey, long projectId, RiskFields fields, String actorKey, Instant at) {
        long stamp = at.toEpochMilli();
        List<DBParam> row = new ArrayList<>(columns(fields));
        row.add(new DBParam(PROJECT_ID, projectId));
        row.add(new DBParam(PROJECT_KEY, projectKey));
        row.add(new DBParam(CREATED_BY, actorKey));
        row.add(new DBParam(CREATED_AT, stamp));
        row.add(new DBParam(UPDATED_BY, actorKey));
        row.add(new DBParam(UPDATED_AT, stamp));
        row.add(new DBParam(VERSION, 1));
        int id = ao.create(RiskEntity.class, row.toArray(DBParam[]::new)).getID();
        claimRevision(id, 1);
        writeLinks(id, projectKey, fields.linkedIssueKeys());
        writeHistory(id, projectId, projectKey, 1, actorKey, at,
                List.of(new FieldChange(RiskHistoryEntry.CREATED, null, fields.title())));
        Instant written = Instant.ofEpochMilli(stamp);
        return new Risk(id, projectKey, fields, actorKey, written, actorKey, written, 1);
    }

    @Override
    public Optional<Risk> find(long id) {
        return load(id).map(e -> toRisk(e, linksOf(e.getID())));
    }

    @Override
    public Risk update(long id, int expectedVersion, RiskFields fields, List<FieldChange> changes, String actorKey,
                       Instant at) {
        return retryingConflicts(id, expectedVersion, () -> ao.executeInTransaction(
                () -> updateRow(id, expectedVersion, fields, changes, actorKey, at)));
    }

    /** One versioned update inside the caller's transaction. */
    private Risk updateRow(long id, int expectedVersion, RiskFields fields, List<FieldChange> changes,
                           String actorKey, Instant at) {
        RiskEntity entity = current(id, expectedVersion);
        int version = expectedVersion + 1;
        // Writing the row first takes its lock, so a concurrent writer waits here until this one commits and
        // then fails on the revision key (or, on HSQLDB MVCC, with a serialization failure) - after the winner's
        // state is visible.
        apply(entity, fields);
        entity.setUpdatedBy(actorKey);
        entity.setUpdatedAt(at.toEpochMilli());
        entity.setVersion(version);
        entity.save();
        claimRevision(entity.getID(), version);
        ao.deleteWithSQL(RiskLinkEntity.class, RISK_ID + " = ?", entity.getID());
        writeLinks(entity.getID(), entity.getProjectKey(), fields.linkedIssueKeys());
        writeHistory(entity.getID(), entity.getProjectId(), entity.getProjectKey(), version, actorKey, at, changes);
        return toRisk(entity, fields.linkedIssueKeys());
    }

    @Override
    public void delete(long id, OptionalInt expectedVersion, String actorKey, Instant at) {
        int from = expectedVersion.orElseGet(() -> load(id).orElseThrow(() -> new NotFound("Risk " + id))
                .getVersion());
        retryingConflicts(id, from, () -> ao.executeInTransaction(() -> {
            RiskEntity entity = current(id, from);
            entity.setVersion(from + 1);
            entity.save();
            claimRevision(entity.getID(), from + 1);
            writeHistory(entity.getID(), entity.getProjectId(), entity.getProjectKey(), from + 1, actorKey, at,
                    List.of(new FieldChange(RiskHistoryEntry.DELETED, entity.getTitle(), null)));
            ao.deleteWithSQL(RiskLinkEntity.class, RISK_ID + " = ?", entity.getID());
            ao.delete(entity);
            return null;
        }));
    }

    /** A versioned write, with conflicts turned into 409s or retried: see {@link AoErrors#retryingVersionConflicts}. */
    private <T> T retryingConflicts(long id, int expectedVersion, Supplier<T> write) {
        return AoErrors.retryingVersionConflicts("Risk " + id, expectedVersion, MAX_CONFLICT_RETRIES, write,
                () -> find(id), Risk::version);
    }

    /** The entity at {@code expectedVersion}, or the reason it is not. */
    private RiskEntity current(long id, int expectedVersion) {
        RiskEntity entity = load(id).orElseThrow(() -> new NotFound("Risk " + id));
        if (entity.getVersion() != expectedVersion) {
            throw new StaleVersion("Risk " + id, expectedVersion, toRisk(entity, linksOf(entity.getID())));
        }
        return entity;
    }

    private void claimRevision(int riskId, int version) {
        ao.create(RiskRevisionEntity.class,
                new DBParam(REVISION_KEY, riskId + ":" + version),
                new DBParam(RISK_ID, riskId),
                new DBParam(VERSION, version));
    }

    @Override
    public Page<Risk> search(RiskQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = projectAndStatuses(query.projectKey(), query.statuses(), params);
        if (query.ownerKey() != null) {
            where.append(" AND ").append(OWNER_KEY).append(" = ?");
            params.add(query.ownerKey());
        }
        if (!query.scoreRanges().isEmpty()) {
            where.append(" AND (");
            for (int i = 0; i < query.scoreRanges().size(); i++) {
                ScoreRange range = query.scoreRanges().get(i);
                where.append(i == 0 ? "" : " OR ").append('(').append(SCORE).append(" >= ? AND ").append(SCORE)
                        .append(" <= ?)");
                params.add(range.min());
                params.add(range.max());
            }
            where.append(')');
        }
        if (query.cell() != null) {
            inCell(query.cell(), where, params);
        }
        if (query.issueKey() != null && !linking(query.issueKey(), where, params)) {
            return new Page<>(List.of(), query.page().offset(), query.page().limit(), 0);
        }
        return sortedPage(where.toString(), params.toArray(), query.sort(), query.descending(), query.page());
    }

    @Override
    public Page<Risk> searchProjects(MultiProjectRiskQuery query) {
        if (query.projects().isEmpty()) {
            return new Page<>(List.of(), query.page().offset(), query.page().limit(), 0);
        }
        // Projects that share score ranges (the same bands, or no severity filter) share one IN list, so a
        // portfolio of projects on the default bands costs one short clause, whatever its size.
        Map<List<ScoreRange>, List<Long>> byRanges = new LinkedHashMap<>();
        query.projects().forEach((key, ranges) ->
                byRanges.computeIfAbsent(ranges, r -> new ArrayList<>()).add(projects.idOf(key)));
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("(");
        boolean first = true;
        for (Map.Entry<List<ScoreRange>, List<Long>> group : byRanges.entrySet()) {
            List<Long> ids = group.getValue().stream().distinct().toList();
            for (int start = 0; start < ids.size(); start += IN_CHUNK) {
                List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
                where.append(first ? "" : " OR ").append('(').append(PROJECT_ID).append(" IN (")
                        .append(placeholders(chunk.size())).append(')');
                params.addAll(chunk);
                scoreRanges(group.getKey(), where, params);
                where.append(')');
                first = false;
            }
        }
        where.append(')');
        if (!query.statuses().isEmpty()) {
            where.append(" AND ").append(STATUS).append(" IN (").append(placeholders(query.statuses().size()))
                    .append(')');
            query.statuses().stream().map(Names::of).sorted().forEach(params::add);
        }
        if (query.ownerKey() != null) {
            where.append(" AND ").append(OWNER_KEY).append(" = ?");
            params.add(query.ownerKey());
        }
        if (query.reviewBefore() != null) {
            // ISO dates compare as text in date order (see AoDueReviews).
            where.append(" AND ").append(NEXT_REVIEW_DATE).append(" IS NOT NULL AND ").append(NEXT_REVIEW_DATE)
                    .append(" < ?");
            params.add(query.reviewBefore().toString());
        }
        return sortedPage(where.toString(), params.toArray(), query.sort(), query.descending(), query.page());
    }

    /** Narrows to inherent scores in any of the ranges; no ranges narrow nothing. */
    private static void scoreRanges(List<ScoreRange> ranges, StringBuilder where, List<Object> params) {
        if (ranges.isEmpty()) {
            return;
        }
        where.append(" AND (");
        for (int i = 0; i < ranges.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append('(').append(SCORE).append(" >= ? AND ").append(SCORE)
                    .append(" <= ?)");
            params.add(ranges.get(i).min());
            params.add(ranges.get(i).max());
        }
        where.append(')');
    }

    /** The matching rows' page in the sort's order (see {@link RiskOrdering}), with the count of all matches. */
    private Page<Risk> sortedPage(String filter, Object[] values, RiskSort sort, boolean descending,
                                  PageRequest request) {
        int offset = request.offset();
        int limit = request.limit();
        int total = ao.count(RiskEntity.class, Query.select().where(filter, values));
        if (offset >= total) {
            return new Page<>(List.of(), offset, limit, total);
        }
        String column = sortColumn(sort);
        String direction = descending ? " DESC" : " ASC";
        List<RiskEntity> rows = new ArrayList<>(Math.min(limit, total - offset));
        if (!isNullable(sort)) {
            rows.addAll(page(filter, values, column + direction, offset, limit));
        } else {
            // Risks without a value come last in both directions (RiskOrdering). Databases disagree on where NULLs
            // sort and AO's ORDER BY takes no NULLS LAST or CASE, so the valued and the empty risks are two
            // consecutive runs, each paged in SQL: the page takes what it needs from the first, then the second.
            int valued = ao.count(RiskEntity.class,
                    Query.select().where(filter + " AND " + column + " IS NOT NULL", values));
            if (offset < valued) {
                rows.addAll(page(filter + " AND " + column + " IS NOT NULL", values, column + direction, offset,
                        Math.min(limit, valued - offset)));
            }
            int missing = limit - rows.size();
            if (missing > 0 && valued < total) {
                rows.addAll(page(filter + " AND " + column + " IS NULL", values, null,
                        Math.max(0, offset - valued), missing));
            }
        }
        return new Page<>(toRisks(rows), offset, limit, total);
    }

    /**
     * One slice of matching rows in the given order, ties by id ascending. The database sorts ids only and the
     * page's full rows are read by id afterwards: sorting every matching row with all its text is what a large
     * register cannot afford.
     */
    private List<RiskEntity> page(String where, Object[] values, String order, int offset, int limit) {
        String byId = ID + " ASC";
        List<Integer> ids = Arrays.stream(ao.find(RiskEntity.class, Query.select(ID).where(where, values)
                        .order(order == null ? byId : order + ", " + byId).offset(offset).limit(limit)))
                .map(RiskEntity::getID).toList();
        Map<Integer, RiskEntity> rows = new HashMap<>();
        for (int start = 0; start < ids.size(); start += IN_CHUNK) {
            List<Integer> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
            for (RiskEntity row : ao.find(RiskEntity.class, Query.select(FULL_ROW)
                    .where(ID + " IN (" + placeholders(chunk.size()) + ")", chunk.toArray()))) {
                rows.put(row.getID(), row);
            }
        }
        // A risk deleted between the two reads is simply not on this page.
        return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The column that holds each sort key exactly as {@link RiskOrdering} compares it. */
    private static String sortColumn(RiskSort sort) {
        return switch (sort) {
            case SCORE -> SCORE;
            case RESIDUAL_SCORE -> RESIDUAL_SCORE;
            case TITLE -> SORT_TITLE;
            case STATUS -> STATUS_RANK;
            case OWNER -> OWNER_KEY;
            case NEXT_REVIEW -> NEXT_REVIEW_DATE;
            case PROXIMITY -> PROXIMITY_DATE;
            case CREATED -> CREATED_AT;
            case UPDATED -> UPDATED_AT;
        };
    }

    private static boolean isNullable(RiskSort sort) {
        return sort == RiskSort.OWNER || sort == RiskSort.NEXT_REVIEW || sort == RiskSort.PROXIMITY;
    }

    @Override
    public List<Risk> findByProject(String projectKey, Set<RiskStatus> statuses) {
        List<Object> params = new ArrayList<>();
        String where = projectAndStatuses(projectKey, statuses, params).toString();
        return toRisks(Arrays.asList(ao.find(RiskEntity.class,
                Query.select(FULL_ROW).where(where, params.toArray()).order(ID + " ASC"))));
    }

    /**
     * Narrows to the risks that link the issue; false when none does. AO's facade cannot name another entity's
     * table in a sub-select, so the link table is asked for the risk ids first (an index on the issue key) and the
     * risks are then narrowed to them, in chunks of bind parameters.
     */
    private boolean linking(String issueKey, StringBuilder where, List<Object> params) {
        List<Integer> ids = Arrays.stream(ao.find(RiskLinkEntity.class, Query.select(ID + ", " + RISK_ID)
                .where(ISSUE_KEY + " = ?", issueKey))).map(RiskLinkEntity::getRiskId).distinct().sorted().toList();
        if (ids.isEmpty()) {
            return false;
        }
        where.append(" AND (");
        for (int start = 0; start < ids.size(); start += IN_CHUNK) {
            List<Integer> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
            where.append(start == 0 ? "" : " OR ").append(ID).append(" IN (").append(placeholders(chunk.size()))
                    .append(')');
            params.addAll(chunk);
        }
        where.append(')');
        return true;
    }

    /** Narrows to the live risks a heat-map cell counts, as {@link RiskCell#holds} decides. */
    private static void inCell(RiskCell cell, StringBuilder where, List<Object> params) {
        where.append(" AND ").append(STATUS).append(" IN (").append(placeholders(LIVE.size())).append(')');
        LIVE.stream().map(Names::of).sorted().forEach(params::add);
        String inherent = PROBABILITY + " = ? AND " + IMPACT + " = ?";
        if (!cell.residual()) {
            where.append(" AND ").append(inherent);
        } else {
            where.append(" AND ((").append(RESIDUAL_PROBABILITY).append(" = ? AND ").append(RESIDUAL_IMPACT)
                    .append(" = ?) OR ((").append(RESIDUAL_PROBABILITY).append(" IS NULL OR ").append(RESIDUAL_IMPACT)
                    .append(" IS NULL) AND ").append(inherent).append("))");
            params.add(cell.probability());
            params.add(cell.impact());
        }
        params.add(cell.probability());
        params.add(cell.impact());
    }

    @Override
    public List<RiskCellCount> countByCell(String projectKey, Set<RiskStatus> statuses) {
        List<Object> params = new ArrayList<>();
        String where = projectAndStatuses(projectKey, statuses, params).toString();
        String levels = String.join(", ", PROBABILITY, IMPACT, RESIDUAL_PROBABILITY, RESIDUAL_IMPACT);
        // AO builds an entity from each row and needs an id: any id of the group will do. The count is read
        // through an int column's getter, the only way AO's facade returns a value it did not store.
        RiskEntity[] groups = ao.find(RiskEntity.class, Query.select("MIN(" + ID + ") AS " + ID + ", " + levels
                + ", COUNT(" + ID + ") AS " + SCORE).where(where, params.toArray()).group(levels));
        return Arrays.stream(groups).map(g -> new RiskCellCount(g.getProbability(), g.getImpact(),
                g.getResidualProbability(), g.getResidualImpact(), g.getScore())).toList();
    }

    @Override
    public int countUsingLevelsAbove(String projectKey, int level) {
        return ao.count(RiskEntity.class, Query.select().where(PROJECT_ID + " = ? AND (" + PROBABILITY + " > ? OR "
                        + IMPACT + " > ? OR (" + RESIDUAL_PROBABILITY + " IS NOT NULL AND " + RESIDUAL_IMPACT
                        + " IS NOT NULL AND (" + RESIDUAL_PROBABILITY + " > ? OR " + RESIDUAL_IMPACT + " > ?)))",
                projects.idOf(projectKey), level, level, level, level));
    }

    @Override
    public List<Long> idsOf(String projectKey) {
        // Only the ids: sorting a narrow column is cheap, and each slice is then read by primary key. Paging with
        // "ID > ? ... LIMIT" instead made HSQLDB sort the project's rows again for every slice.
        return Arrays.stream(ao.find(RiskEntity.class, Query.select(ID)
                        .where(PROJECT_ID + " = ?", projects.idOf(projectKey)).order(ID + " ASC")))
                .map(e -> (long) e.getID()).toList();
    }

    @Override
    public List<Risk> findAll(Collection<Long> ids) {
        List<Integer> valid = ids.stream().filter(AoRiskStore::fitsAnId).map(Long::intValue).distinct().sorted()
                .toList();
        return byIds(valid).stream().sorted(Comparator.comparingLong(Risk::id)).toList();
    }

    @Override
    public List<RiskGroupTotal> totalsByProject(Set<String> projectKeys, Set<RiskStatus> statuses) {
        Map<Long, String> keysById = new HashMap<>();
        projectKeys.forEach(key -> keysById.put(projects.idOf(key), key));
        List<Long> ids = new ArrayList<>(keysById.keySet());
        String groups = String.join(", ", PROJECT_ID, KIND, PROBABILITY, IMPACT);
        List<RiskGroupTotal> totals = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += IN_CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
            List<Object> params = new ArrayList<>(chunk);
            StringBuilder where = new StringBuilder(PROJECT_ID + " IN (" + placeholders(chunk.size()) + ")");
            if (!statuses.isEmpty()) {
                where.append(" AND ").append(STATUS).append(" IN (").append(placeholders(statuses.size())).append(')');
                statuses.stream().map(Names::of).sorted().forEach(params::add);
            }
            // As in countByCell: any id of the group, and aggregates read through getters of their own type.
            RiskEntity[] rows = ao.find(RiskEntity.class, Query.select("MIN(" + ID + ") AS " + ID + ", " + groups
                    + ", COUNT(" + ID + ") AS " + SCORE + ", SUM(" + COST_IMPACT_CENTS + ") AS " + COST_IMPACT_CENTS)
                    .where(where.toString(), params.toArray()).group(groups));
            for (RiskEntity row : rows) {
                totals.add(new RiskGroupTotal(keysById.get(row.getProjectId()), Names.parse(RiskKind.class,
                        row.getKind()), row.getProbability(), row.getImpact(), row.getScore(),
                        row.getCostImpactCents() == null ? null : BigDecimal.valueOf(row.getCostImpactCents(), 2)));
            }
        }
        return totals;
    }

    /** The WHERE clause for one project's risks in some statuses (any when empty); fills in its parameters. */
    private StringBuilder projectAndStatuses(String projectKey, Set<RiskStatus> statuses, List<Object> params) {
        StringBuilder where = new StringBuilder(PROJECT_ID + " = ?");
        params.add(projects.idOf(projectKey));
        if (!statuses.isEmpty()) {
            where.append(" AND ").append(STATUS).append(" IN (").append(placeholders(statuses.size())).append(')');
            statuses.stream().map(Names::of).sorted().forEach(params::add);
        }
        return where;
    }

    @Override
    public List<Risk> findLinkedTo(String issueKey) {
        Set<Integer> riskIds = Arrays.stream(ao.find(RiskLinkEntity.class, ISSUE_KEY + " = ?", issueKey))
                .map(RiskLinkEntity::getRiskId)
                .collect(Collectors.toSet());
        return byIds(riskIds).stream().sorted(Comparator.comparingLong(Risk::id)).toList();
    }

    /**
     * Matches in SQL on the stored title key, so case folds exactly as {@link RiskOrdering#titleKey} does; the
     * pattern's wildcards are escaped with {@code !} (HSQLDB has no default escape character, PostgreSQL's is a
     * backslash), so a title search for "100%" finds that text and not everything after "100".
     */
    @Override
    public Page<Risk> findByTitle(String projectKey, String text, PageRequest page) {
        String where = PROJECT_ID + " = ? AND " + SORT_TITLE + " LIKE ? ESCAPE '!'";
        Object[] values = {projects.idOf(projectKey), "%" + likeLiteral(RiskOrdering.titleKey(text)) + "%"};
        List<RiskEntity> rows = page(where, values, SORT_TITLE + " ASC", page.offset(), page.limit());
        // A first page with room to spare holds every match: as someone types on, that saves scanning them again.
        int total = page.offset() == 0 && rows.size() < page.limit() ? rows.size()
                : ao.count(RiskEntity.class, Query.select().where(where, values));
        return new Page<>(toRisks(rows), page.offset(), page.limit(), total);
    }

    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public List<RiskHistoryEntry> history(long riskId) {
        if (!fitsAnId(riskId)) {
            return List.of();
        }
        return audit.entries(RiskHistoryEntry.ENTITY_TYPE, riskId).stream().map(RiskHistoryEntry::of).toList();
    }

    @Override
    public Optional<String> projectOf(long riskId) {
        if (!fitsAnId(riskId)) {
            return Optional.empty();
        }
        return audit.projectOf(RiskHistoryEntry.ENTITY_TYPE, riskId)
                .map(project -> projects.currentKeyOf(project.id(), project.key()));
    }

    // AO ids are ints: a larger long must match nothing rather than wrap around onto another risk.
    private static boolean fitsAnId(long id) {
        return id > 0 && id <= Integer.MAX_VALUE;
    }

    private Optional<RiskEntity> load(long id) {
        if (!fitsAnId(id)) {
            return Optional.empty();
        }
        RiskEntity[] found = ao.find(RiskEntity.class, Query.select(FULL_ROW).where(ID + " = ?", (int) id));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private List<Risk> byIds(Collection<Integer> ids) {
        List<Integer> all = new ArrayList<>(ids);
        List<RiskEntity> entities = new ArrayList<>();
        for (int start = 0; start < all.size(); start += IN_CHUNK) {
            List<Integer> chunk = all.subList(start, Math.min(all.size(), start + IN_CHUNK));
            entities.addAll(Arrays.asList(ao.find(RiskEntity.class,
                    Query.select(FULL_ROW).where(ID + " IN (" + placeholders(chunk.size()) + ")", chunk.toArray()))));
        }
        return toRisks(entities);
    }

    /** Converts entities and loads their links with one query per chunk instead of one per risk. */
    private List<Risk> toRisks(List<RiskEntity> entities) {
        Map<Integer, List<String>> links = new HashMap<>();
        List<Integer> ids = entities.stream().map(RiskEntity::getID).toList();
        for (int start = 0; start < ids.size(); start += IN_CHUNK) {
            List<Integer> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
            RiskLinkEntity[] rows = ao.find(RiskLinkEntity.class, Query.select()
                    .where(RISK_ID + " IN (" + placeholders(chunk.size()) + ")", chunk.toArray())
                    .order(RISK_ID + " ASC, " + POSITION + " ASC"));
            for (RiskLinkEntity row : rows) {
                links.computeIfAbsent(row.getRiskId(), k -> new ArrayList<>()).add(row.getIssueKey());
            }
        }
        return entities.stream().map(e -> toRisk(e, links.getOrDefault(e.getID(), List.of()))).toList();
    }

    private List<String> linksOf(int riskId) {
        return Arrays.stream(ao.find(RiskLinkEntity.class,
                        Query.select().where(RISK_ID + " = ?", riskId).order(POSITION + " ASC")))
                .map(RiskLinkEntity::getIssueKey)
                .toList();
    }

    private void writeLinks(int riskId, String projectKey, List<String> issueKeys) {
        for (int i = 0; i < issueKeys.size(); i++) {
            ao.create(RiskLinkEntity.class,
                    new DBParam(RISK_ID, riskId),
                    new DBParam(PROJECT_KEY, projectKey),
                    new DBParam(ISSUE_KEY, issueKeys.get(i)),
                    new DBParam(POSITION, i));
        }
    }

    private void writeHistory(int riskId, long projectId, String projectKey, int version, String actorKey,
                              Instant at, List<FieldChange> changes) {
        audit.append(new AoAuditTrail.StoredProject(projectId, projectKey), changes.stream()
                .map(change -> new AuditEntry(RiskHistoryEntry.ENTITY_TYPE, riskId, version, actorKey, at,
                        change.field(), change.oldValue(), change.newValue()))
                .toList());
    }

    /** The columns a person edits, and the sort keys derived from them, as an INSERT's values. */
    private static List<DBParam> columns(RiskFields f) {
        return List.of(
                new DBParam(TITLE, f.title()),
                new DBParam(DESCRIPTION, f.description()),
                new DBParam(CATEGORY, f.category()),
                new DBParam(CAUSE, f.cause()),
                new DBParam(EFFECT, f.effect()),
                new DBParam(KIND, Names.of(f.kind())),
                new DBParam(PROBABILITY, f.probability()),
                new DBParam(IMPACT, f.impact()),
                new DBParam(SCORE, f.score()),
                new DBParam(RESIDUAL_PROBABILITY, f.residualProbability()),
                new DBParam(RESIDUAL_IMPACT, f.residualImpact()),
                new DBParam(OWNER_KEY, f.ownerKey()),
                new DBParam(STATUS, Names.of(f.status())),
                new DBParam(STRATEGY, Names.of(f.strategy())),
                new DBParam(RESPONSE_PLAN, f.responsePlan()),
                new DBParam(CONTINGENCY_PLAN, f.contingencyPlan()),
                new DBParam(TRIGGER_DESCRIPTION, f.trigger()),
                new DBParam(PROXIMITY_DATE, iso(f.proximityDate())),
                new DBParam(LAST_REVIEW_DATE, iso(f.lastReviewDate())),
                new DBParam(NEXT_REVIEW_DATE, iso(f.nextReviewDate())),
                new DBParam(COST_IMPACT_CENTS, cents(f.costImpact())),
                new DBParam(SORT_TITLE, RiskOrdering.titleKey(f.title())),
                new DBParam(RESIDUAL_SCORE, f.residualScore()),
                new DBParam(STATUS_RANK, RiskOrdering.statusRank(f.status())));
    }

    private static Long cents(BigDecimal amount) {
        return amount == null ? null : amount.movePointRight(2).longValueExact();
    }

    private static void apply(RiskEntity e, RiskFields f) {
        e.setTitle(f.title());
        e.setDescription(f.description());
        e.setCategory(f.category());
        e.setCause(f.cause());
        e.setEffect(f.effect());
        e.setKind(Names.of(f.kind()));
        e.setProbability(f.probability());
        e.setImpact(f.impact());
        e.setScore(f.score());
        e.setResidualProbability(f.residualProbability());
        e.setResidualImpact(f.residualImpact());
        e.setOwnerKey(f.ownerKey());
        e.setStatus(Names.of(f.status()));
        e.setStrategy(Names.of(f.strategy()));
        e.setResponsePlan(f.responsePlan());
        e.setContingencyPlan(f.contingencyPlan());
        e.setTriggerDescription(f.trigger());
        e.setProximityDate(iso(f.proximityDate()));
        e.setLastReviewDate(iso(f.lastReviewDate()));
        e.setNextReviewDate(iso(f.nextReviewDate()));
        e.setCostImpactCents(cents(f.costImpact()));
        e.setSortTitle(RiskOrdering.titleKey(f.title()));
        e.setResidualScore(f.residualScore());
        e.setStatusRank(RiskOrdering.statusRank(f.status()));
    }

    private Risk toRisk(RiskEntity e, List<String> linkedIssueKeys) {
        RiskFields fields = new RiskFields(e.getTitle(), e.getDescription(), e.getCategory(), e.getCause(),
                e.getEffect(), Names.parse(RiskKind.class, e.getKind()), e.getProbability(), e.getImpact(),
                e.getOwnerKey(), Names.parse(RiskStatus.class, e.getStatus()),
                Names.parse(ResponseStrategy.class, e.getStrategy()), e.getResponsePlan(), e.getContingencyPlan(),
                e.getTriggerDescription(), date(e.getProximityDate()), date(e.getLastReviewDate()),
                date(e.getNextReviewDate()), e.getResidualProbability(), e.getResidualImpact(),
                e.getCostImpactCents() == null ? null : BigDecimal.valueOf(e.getCostImpactCents(), 2),
                linkedIssueKeys);
        return new Risk(e.getID(), projects.currentKeyOf(e.getProjectId(), e.getProjectKey()), fields,
                e.getCreatedBy(), Instant.ofEpochMilli(e.getCreatedAt()),
                e.getUpdatedBy(), Instant.ofEpochMilli(e.getUpdatedAt()), e.getVersion());
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String iso) {
        return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
    }
}
