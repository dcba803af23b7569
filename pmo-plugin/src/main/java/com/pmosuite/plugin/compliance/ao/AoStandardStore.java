package com.pmosuite.plugin.compliance.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.pmosuite.compliance.SetScope;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.StandardSet;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.compliance.standard.StandardChanges;
import com.pmosuite.compliance.standard.StandardStore;
import com.pmosuite.plugin.compliance.json.CheckJson;
import com.pmosuite.plugin.platform.ao.AoErrors;
import com.pmosuite.plugin.platform.ao.SerialWrites;
import com.pmosuite.plugin.platform.audit.ao.AoAuditTrail;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * {@link StandardStore} on Active Objects: standard rows, set rows with their member and scope rows, each change
 * written in one AO transaction with its audit entries ({@code AUDIT_ENTRY}). Concurrent saves of one version are
 * refused by the unique revision key ({@link StandardRevisionEntity}). No AO type leaves this class.
 */
public final class AoStandardStore implements StandardStore {
    static final String ID = "ID";
    static final String SET_ID = "SET_ID";
    static final String STANDARD_ID = "STANDARD_ID";
    static final String NAME_KEY = "NAME_KEY";
    private static final String PORTFOLIO = "portfolio";
    private static final String CATEGORY = "category";
    private static final String PROJECT = "project";
    private static final int MAX_CONFLICT_RETRIES = 10;

    private final ActiveObjects ao;
    private final AoAuditTrail audit;

    /**
     * Every writing transaction of this store, one at a time in this JVM: a create's INSERT of a NAME_KEY that another
     * open transaction has just inserted waits for it in HSQLDB while holding AO's provider monitor, which that
     * transaction needs for its own next INSERT (its revision claim). See {@link SerialWrites}.
     */
    private static final SerialWrites WRITES = SerialWrites.named("compliance-standards");

    public AoStandardStore(ActiveObjects ao) {
        this.ao = ao;
        this.audit = new AoAuditTrail(ao);
    }

    // ------------------------------------------------------------------ standards

    @Override
    public Standard createStandard(StandardDraft draft, String actorKey, Instant at) {
        return namesChecked(StandardEntity.class, draft.name(), 0, "standard",
                () -> writing(() -> insertStandard(draft, actorKey, at)));
    }

    @Override
    public Standard updateStandard(long id, int expectedVersion, StandardDraft draft, String actorKey, Instant at) {
        return namesChecked(StandardEntity.class, draft.name(), id, "standard",
                () -> retrying(() -> findStandard(id).map(Standard::version), "Standard " + id, expectedVersion,
                        () -> findStandard(id).orElse(null),
                        () -> writing(() -> changeStandard(id, expectedVersion, draft, actorKey, at))));
    }

    @Override
    public void deleteStandard(long id, OptionalInt expectedVersion, String actorKey, Instant at) {
        int from = expectedVersion.orElseGet(() -> loadStandard(id)
                .orElseThrow(() -> new NotFound("Standard " + id)).getVersion());
        retrying(() -> findStandard(id).map(Standard::version), "Standard " + id, from,
                () -> findStandard(id).orElse(null), () -> writing(() -> {
                    StandardEntity row = currentStandard(id, from);
                    StandardSetMemberEntity[] uses = ao.find(StandardSetMemberEntity.class, Query.select()
                            .where(STANDARD_ID + " = ?", row.getID()));
                    if (uses.length > 0) {
                        Set<Integer> setIds = new HashSet<>();
                        Arrays.stream(uses).forEach(u -> setIds.add(u.getSetId()));
                        List<String> names = Arrays.stream(ao.find(StandardSetEntity.class, Query.select()
                                        .where(ID + " IN (" + placeholders(setIds.size()) + ")", setIds.toArray())
                                        .order(ID + " ASC")))
                                .map(StandardSetEntity::getName).toList();
                        throw ValidationFailed.of("id", StandardStore.inUse(names));
                    }
                    row.setVersion(from + 1);
                    row.save();
                    claimRevision(StandardChanges.STANDARD, row.getID(), from + 1);
                    audit.appendOutsideProjects(List.of(StandardChanges.deleted(StandardChanges.STANDARD, id,
                            from + 1, row.getName(), actorKey, millis(at))));
                    ao.delete(row);
                    return null;
                }));
    }

    @Override
    public Optional<Standard> findStandard(long id) {
        return loadStandard(id).map(AoStandardStore::toStandard);
    }

    @Override
    public List<Standard> allStandards() {
        return Arrays.stream(ao.find(StandardEntity.class, Query.select().order(ID + " ASC")))
                .map(AoStandardStore::toStandard).toList();
    }

    @Override
    public List<AuditEntry> standardHistory(long id) {
        return audit.entries(StandardChanges.STANDARD, id);
    }

    private Standard insertStandard(StandardDraft draft, String actorKey, Instant at) {
        requireFreeName(StandardEntity.class, draft.name(), 0, "standard");
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam("NAME", draft.name()),
                new DBParam(NAME_KEY, StandardStore.nameKey(draft.name())),
                new DBParam("SEVERITY", Names.of(draft.severity())),
                new DBParam("WEIGHT", draft.weight()),
                new DBParam("ENABLED", draft.enabled()),
                new DBParam("CHECK_TYPE", draft.check().type()),
                new DBParam("CHECK_PARAMS", CheckJson.storedParameters(draft.check())),
                new DBParam("VERSION", 1),
                new DBParam("UPDATED_BY", actorKey),
                new DBParam("UPDATED_AT", at.toEpochMilli())));
        // Absent values stay NULL rather than being sent as typed nulls, which not every driver accepts.
        if (draft.rationale() != null) {
            params.add(new DBParam("RATIONALE", draft.rationale()));
        }
        StandardEntity row = ao.create(StandardEntity.class, params.toArray(DBParam[]::new));
        claimRevision(StandardChanges.STANDARD, row.getID(), 1);
        Standard created = toStandard(row);
        audit.appendOutsideProjects(List.of(StandardChanges.created(created, actorKey, millis(at))));
        return created;
    }

    private Standard changeStandard(long id, int expectedVersion, StandardDraft draft, String actorKey, Instant at) {
        StandardEntity row = currentStandard(id, expectedVersion);
        Standard before = toStandard(row);
        requireFreeName(StandardEntity.class, draft.name(), id, "standard");
        int version = expectedVersion + 1;
        // Writing the row first takes its lock: a concurrent writer waits, then fails on the revision key.
        row.setName(draft.name());
        row.setNameKey(StandardStore.nameKey(draft.name()));
        row.setRationale(draft.rationale());
        row.setSeverity(Names.of(draft.severity()));
        row.setWeight(draft.weight());
        row.setEnabled(draft.enabled());
        row.setCheckType(draft.check().type());
        row.setCheckParams(CheckJson.storedParameters(draft.check()));
        row.setVersion(version);
        row.setUpdatedBy(actorKey);
        row.setUpdatedAt(at.toEpochMilli());
        row.save();
        claimRevision(StandardChanges.STANDARD, row.getID(), version);
        audit.appendOutsideProjects(StandardChanges.between(before, draft, version, actorKey, millis(at)));
        return toStandard(row);
    }

    // ------------------------------------------------------------------ sets

    @Override
    public StandardSet createSet(SetContent content, String actorKey, Instant at) {
        return namesChecked(StandardSetEntity.class, content.name(), 0, "standard set",
                () -> writing(() -> insertSet(content, actorKey, at)));
    }

    @Override
    public StandardSet updateSet(long id, int expectedVersion, SetContent content, String actorKey, Instant at) {
        return namesChecked(StandardSetEntity.class, content.name(), id, "standard set",
                () -> retrying(() -> findSet(id).map(StandardSet::version), "Standard set " + id, expectedVersion,
                        () -> findSet(id).orElse(null),
                        () -> writing(() -> changeSet(id, expectedVersion, content, actorKey, at))));
    }

    @Override
    public void deleteSet(long id, OptionalInt expectedVersion, String actorKey, Instant at) {
        int from = expectedVersion.orElseGet(() -> loadSet(id)
                .orElseThrow(() -> new NotFound("Standard set " + id)).getVersion());
        retrying(() -> findSet(id).map(StandardSet::version), "Standard set " + id, from,
                () -> findSet(id).orElse(null), () -> writing(() -> {
                    StandardSetEntity row = currentSet(id, from);
                    row.setVersion(from + 1);
                    row.save();
                    claimRevision(StandardChanges.SET, row.getID(), from + 1);
                    audit.appendOutsideProjects(List.of(StandardChanges.deleted(StandardChanges.SET, id, from + 1,
                            row.getName(), actorKey, millis(at))));
                    ao.deleteWithSQL(StandardSetMemberEntity.class, SET_ID + " = ?", row.getID());
                    ao.deleteWithSQL(StandardSetScopeEntity.class, SET_ID + " = ?", row.getID());
                    ao.delete(row);
                    return null;
                }));
    }

    @Override
    public Optional<StandardSet> findSet(long id) {
        return loadSet(id).map(row -> assemble(List.of(row)).get(0));
    }

    @Override
    public List<StandardSet> allSets() {
        return assemble(Arrays.asList(ao.find(StandardSetEntity.class, Query.select().order(ID + " ASC"))));
    }

    @Override
    public List<AuditEntry> setHistory(long id) {
        return audit.entries(StandardChanges.SET, id);
    }

    private StandardSet insertSet(SetContent content, String actorKey, Instant at) {
        requireFreeName(StandardSetEntity.class, content.name(), 0, "standard set");
        requireStandards(content.standardIds());
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam("NAME", content.name()),
                new DBParam(NAME_KEY, StandardStore.nameKey(content.name())),
                new DBParam("VERSION", 1),
                new DBParam("UPDATED_BY", actorKey),
                new DBParam("UPDATED_AT", at.toEpochMilli())));
        if (content.description() != null) {
            params.add(new DBParam("DESCRIPTION", content.description()));
        }
        StandardSetEntity row = ao.create(StandardSetEntity.class, params.toArray(DBParam[]::new));
        claimRevision(StandardChanges.SET, row.getID(), 1);
        writeChildren(row.getID(), content);
        StandardSet created = toSet(row, content);
        audit.appendOutsideProjects(List.of(StandardChanges.created(created, actorKey, millis(at))));
        return created;
    }

    private StandardSet changeSet(long id, int expectedVersion, SetContent content, String actorKey, Instant at) {
        StandardSetEntity row = currentSet(id, expectedVersion);
        StandardSet before = assemble(List.of(row)).get(0);
        requireFreeName(StandardSetEntity.class, content.name(), id, "standard set");
        int version = expectedVersion + 1;
        row.setName(content.name());
        row.setNameKey(StandardStore.nameKey(content.name()));
        row.setDescription(content.description());
        row.setVersion(version);
        row.setUpdatedBy(actorKey);
        row.setUpdatedAt(at.toEpochMilli());
        row.save();
        claimRevision(StandardChanges.SET, row.getID(), version);
        requireStandards(content.standardIds());
        ao.deleteWithSQL(StandardSetMemberEntity.class, SET_ID + " = ?", row.getID());
        ao.deleteWithSQL(StandardSetScopeEntity.class, SET_ID + " = ?", row.getID());
        writeChildren(row.getID(), content);
        audit.appendOutsideProjects(StandardChanges.between(before, content, version, actorKey, millis(at)));
        return toSet(row, content);
    }

    private void writeChildren(int setId, SetContent content) {
        for (int i = 0; i < content.standardIds().size(); i++) {
            ao.create(StandardSetMemberEntity.class, new DBParam(SET_ID, setId),
                    new DBParam(STANDARD_ID, content.standardIds().get(i).intValue()), new DBParam("POSITION", i));
        }
        scopeRows(setId, PORTFOLIO, content.scope().portfolioIds());
        scopeRows(setId, CATEGORY, content.scope().categoryIds());
        scopeRows(setId, PROJECT, content.scope().projectIds());
    }

    private void scopeRows(int setId, String kind, Set<Long> ids) {
        for (long id : ids) {
            ao.create(StandardSetScopeEntity.class, new DBParam(SET_ID, setId), new DBParam("KIND", kind),
                    new DBParam("TARGET_ID", id));
        }
    }

    /** Inside the write's transaction, so a standard deleted meanwhile is noticed here rather than left dangling. */
    private void requireStandards(List<Long> ids) {
        Set<Long> existing = new HashSet<>();
        List<Integer> wanted = ids.stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE)
                .map(Long::intValue).distinct().toList();
        if (!wanted.isEmpty()) {
            for (StandardEntity row : ao.find(StandardEntity.class, Query.select(ID)
                    .where(ID + " IN (" + placeholders(wanted.size()) + ")", wanted.toArray()))) {
                existing.add((long) row.getID());
            }
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!existing.contains(ids.get(i))) {
                errors.add(new FieldError("standardIds[" + i + "]", "no standard with id " + ids.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    /** Sets with their members and scopes, read with one query per child table for all of them together. */
    private List<StandardSet> assemble(List<StandardSetEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] ids = rows.stream().map(StandardSetEntity::getID).toArray();
        Map<Integer, List<Long>> members = new HashMap<>();
        for (StandardSetMemberEntity row : ao.find(StandardSetMemberEntity.class, Query.select()
                .where(SET_ID + " IN (" + placeholders(ids.length) + ")", ids)
                .order("POSITION ASC, " + ID + " ASC"))) {
            members.computeIfAbsent(row.getSetId(), k -> new ArrayList<>()).add((long) row.getStandardId());
        }
        Map<Integer, Map<String, Set<Long>>> scopes = new HashMap<>();
        for (StandardSetScopeEntity row : ao.find(StandardSetScopeEntity.class, Query.select()
                .where(SET_ID + " IN (" + placeholders(ids.length) + ")", ids))) {
            scopes.computeIfAbsent(row.getSetId(), k -> new HashMap<>())
                    .computeIfAbsent(row.getKind(), k -> new HashSet<>()).add(row.getTargetId());
        }
        List<StandardSet> sets = new ArrayList<>();
        for (StandardSetEntity row : rows) {
            Map<String, Set<Long>> scope = scopes.getOrDefault(row.getID(), Map.of());
            sets.add(toSet(row, new SetContent(row.getName(), row.getDescription(),
                    members.getOrDefault(row.getID(), List.of()),
                    new SetScope(scope.getOrDefault(PORTFOLIO, Set.of()), scope.getOrDefault(CATEGORY, Set.of()),
                            scope.getOrDefault(PROJECT, Set.of())))));
        }
        return sets;
    }

    // ------------------------------------------------------------------ batch

    @Override
    public BatchResult apply(Batch batch, String actorKey, Instant at) {
        try {
            return writing(() -> {
                List<Standard> standards = new ArrayList<>();
                for (StandardWrite write : batch.standards()) {
                    standards.add(write.id() == 0 ? insertStandard(write.draft(), actorKey, at)
                            : changeStandard(write.id(), write.expectedVersion(), write.draft(), actorKey, at));
                }
                List<StandardSet> sets = new ArrayList<>();
                for (SetWrite write : batch.sets()) {
                    List<Long> ids = write.standards().stream().map(ref -> ref.batchIndex() < 0 ? ref.storedId()
                            : standards.get(ref.batchIndex()).id()).toList();
                    SetContent content = new SetContent(write.name(), write.description(), ids, write.scope());
                    sets.add(write.id() == 0 ? insertSet(content, actorKey, at)
                            : changeSet(write.id(), write.expectedVersion(), content, actorKey, at));
                }
                return new BatchResult(standards, sets);
            });
        } catch (RuntimeException failure) {
            if (AoErrors.isWriteConflict(failure)) {
                // Another writer claimed one of the versions first; the whole batch was rolled back.
                throw new StaleVersion("The standards of this import", 0, null);
            }
            throw failure;
        }
    }

    // ------------------------------------------------------------------ rows

    private <T> T writing(TransactionCallback<T> work) {
        return WRITES.run(() -> ao.executeInTransaction(work));
    }

    private boolean nameTaken(Class<? extends net.java.ao.RawEntity<Integer>> type, String name, long ownId) {
        return ao.count(type, Query.select().where(NAME_KEY + " = ? AND " + ID + " <> ?",
                StandardStore.nameKey(name), (int) Math.min(ownId, Integer.MAX_VALUE))) > 0;
    }

    private void requireFreeName(Class<? extends net.java.ao.RawEntity<Integer>> type, String name, long ownId,
                                 String what) {
        if (nameTaken(type, name, ownId)) {
            throw StandardStore.nameTaken(what);
        }
    }

    /**
     * Runs a write whose name the unique {@code NAME_KEY} index guards: when a concurrent writer took the name between
     * the check and the commit, the database refuses, and the caller hears that the name is taken. A conflict that
     * leaves the name free (HSQLDB's MVCC aborts one of two concurrent inserts, whoever commits) is tried again: the
     * next attempt sees the winner's name, or wins itself.
     */
    private <T> T namesChecked(Class<? extends net.java.ao.RawEntity<Integer>> type, String name, long ownId,
                               String what, Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException failure) {
                if (!AoErrors.isWriteConflict(failure)) {
                    throw failure;
                }
                if (nameTaken(type, name, ownId)) {
                    throw StandardStore.nameTaken(what);
                }
                if (attempt == MAX_CONFLICT_RETRIES) {
                    throw failure;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a standards write", e);
        }
    }

    private Optional<StandardEntity> loadStandard(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        StandardEntity[] rows = ao.find(StandardEntity.class, Query.select().where(ID + " = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private Optional<StandardSetEntity> loadSet(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        StandardSetEntity[] rows = ao.find(StandardSetEntity.class, Query.select().where(ID + " = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private StandardEntity currentStandard(long id, int expectedVersion) {
        StandardEntity row = loadStandard(id).orElseThrow(() -> new NotFound("Standard " + id));
        if (row.getVersion() != expectedVersion) {
            throw new StaleVersion("Standard " + id, expectedVersion, toStandard(row));
        }
        return row;
    }

    private StandardSetEntity currentSet(long id, int expectedVersion) {
        StandardSetEntity row = loadSet(id).orElseThrow(() -> new NotFound("Standard set " + id));
        if (row.getVersion() != expectedVersion) {
            throw new StaleVersion("Standard set " + id, expectedVersion, assemble(List.of(row)).get(0));
        }
        return row;
    }

    private void claimRevision(String type, int id, int version) {
        ao.create(StandardRevisionEntity.class, new DBParam("REVISION_KEY", type + ":" + id + ":" + version));
    }

    private static Standard toStandard(StandardEntity row) {
        return new Standard(row.getID(), row.getName(), row.getRationale(),
                Names.parse(StandardSeverity.class, row.getSeverity()), row.getWeight(), row.isEnabled(),
                CheckJson.fromStored(row.getCheckType(), row.getCheckParams()), row.getUpdatedBy(),
                Instant.ofEpochMilli(row.getUpdatedAt()), row.getVersion());
    }

    private static StandardSet toSet(StandardSetEntity row, SetContent content) {
        return new StandardSet(row.getID(), content.name(), content.description(), content.standardIds(),
                content.scope(), row.getUpdatedBy(), Instant.ofEpochMilli(row.getUpdatedAt()), row.getVersion());
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Instant millis(Instant at) {
        return Instant.ofEpochMilli(at.toEpochMilli());
    }

    /**
     * Runs a versioned write. After a database-reported conflict the transaction is rolled back: if the record moved
     * past {@code expectedVersion} meanwhile, the caller lost the race and gets {@link StaleVersion} with the winner's
     * state; a conflict that changed nothing (a deadlock victim) is retried after a short pause.
     */
    private <T> T retrying(Supplier<Optional<Integer>> version, String what, int expectedVersion,
                           Supplier<Object> current, Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException failure) {
                if (!AoErrors.isWriteConflict(failure)) {
                    throw failure;
                }
                Optional<Integer> now = version.get();
                if (now.isEmpty() || now.get() != expectedVersion) {
                    throw new StaleVersion(what, expectedVersion, current.get());
                }
                if (attempt == MAX_CONFLICT_RETRIES) {
                    throw failure;
                }
                pause(attempt);
            }
        }
    }
}
