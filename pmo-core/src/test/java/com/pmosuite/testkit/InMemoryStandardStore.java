package com.pmosuite.testkit;

import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.StandardSet;
import com.pmosuite.compliance.standard.StandardChanges;
import com.pmosuite.compliance.standard.StandardStore;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/** A {@link StandardStore} in memory that keeps every promise of the port (it passes {@code StandardStoreContract}). */
public final class InMemoryStandardStore implements StandardStore {
    private Map<Long, Standard> standards = new TreeMap<>();
    private Map<Long, StandardSet> sets = new TreeMap<>();
    private List<AuditEntry> history = new ArrayList<>();
    private long lastStandardId;
    private long lastSetId;

    @Override
    public synchronized Standard createStandard(StandardDraft draft, String actorKey, Instant at) {
        requireFreeName(standards.values().stream().map(Standard::name).toList(), draft.name(), "standard");
        Instant stamp = millis(at);
        Standard created = standard(++lastStandardId, draft, actorKey, stamp, 1);
        standards.put(created.id(), created);
        history.add(StandardChanges.created(created, actorKey, stamp));
        return created;
    }

    @Override
    public synchronized Standard updateStandard(long id, int expectedVersion, StandardDraft draft, String actorKey,
                                               Instant at) {
        Standard current = currentStandard(id, expectedVersion);
        requireFreeName(standards.values().stream().filter(s -> s.id() != id).map(Standard::name).toList(),
                draft.name(), "standard");
        Instant stamp = millis(at);
        Standard saved = standard(id, draft, actorKey, stamp, expectedVersion + 1);
        standards.put(id, saved);
        history.addAll(StandardChanges.between(current, draft, saved.version(), actorKey, stamp));
        return saved;
    }

    @Override
    public synchronized void deleteStandard(long id, OptionalInt expectedVersion, String actorKey, Instant at) {
        Standard stored = findStandard(id).orElseThrow(() -> new NotFound("Standard " + id));
        Standard current = currentStandard(id, expectedVersion.orElse(stored.version()));
        List<String> users = sets.values().stream().filter(s -> s.standardIds().contains(id))
                .map(StandardSet::name).toList();
        if (!users.isEmpty()) {
            throw ValidationFailed.of("id", StandardStore.inUse(users));
        }
        standards.remove(id);
        history.add(StandardChanges.deleted(StandardChanges.STANDARD, id, current.version() + 1, current.name(),
                actorKey, millis(at)));
    }

    @Override
    public synchronized Optional<Standard> findStandard(long id) {
        return Optional.ofNullable(standards.get(id));
    }

    @Override
    public synchronized List<Standard> allStandards() {
        return List.copyOf(standards.values());
    }

    @Override
    public synchronized List<AuditEntry> standardHistory(long id) {
        return history.stream().filter(e -> e.entityType().equals(StandardChanges.STANDARD) && e.entityId() == id)
                .toList();
    }

    @Override
    public synchronized StandardSet createSet(SetContent content, String actorKey, Instant at) {
        requireFreeName(sets.values().stream().map(StandardSet::name).toList(), content.name(), "standard set");
        requireStandards(content);
        Instant stamp = millis(at);
        StandardSet created = set(++lastSetId, content, actorKey, stamp, 1);
        sets.put(created.id(), created);
        history.add(StandardChanges.created(created, actorKey, stamp));
        return created;
    }

    @Override
    public synchronized StandardSet updateSet(long id, int expectedVersion, SetContent content, String actorKey,
                                              Instant at) {
        StandardSet current = currentSet(id, expectedVersion);
        requireFreeName(sets.values().stream().filter(s -> s.id() != id).map(StandardSet::name).toList(),
                content.name(), "standard set");
        requireStandards(content);
        Instant stamp = millis(at);
        StandardSet saved = set(id, content, actorKey, stamp, expectedVersion + 1);
        sets.put(id, saved);
        history.addAll(StandardChanges.between(current, content, saved.version(), actorKey, stamp));
        return saved;
    }

    @Override
    public synchronized void deleteSet(long id, OptionalInt expectedVersion, String actorKey, Instant at) {
        StandardSet stored = findSet(id).orElseThrow(() -> new NotFound("Standard set " + id));
        StandardSet current = currentSet(id, expectedVersion.orElse(stored.version()));
        sets.remove(id);
        history.add(StandardChanges.deleted(StandardChanges.SET, id, current.version() + 1, current.name(), actorKey,
                millis(at)));
    }

    @Override
    public synchronized Optional<StandardSet> findSet(long id) {
        return Optional.ofNullable(sets.get(id));
    }

    @Override
    public synchronized List<StandardSet> allSets() {
        return List.copyOf(sets.values());
    }

    @Override
    public synchronized List<AuditEntry> setHistory(long id) {
        return history.stream().filter(e -> e.entityType().equals(StandardChanges.SET) && e.entityId() == id)
                .toList();
    }

    @Override
    public synchronized BatchResult apply(Batch batch, String actorKey, Instant at) {
        // All or nothing: work on copies and keep them only when every write succeeded.
        Map<Long, Standard> standardsBefore = new TreeMap<>(standards);
        Map<Long, StandardSet> setsBefore = new TreeMap<>(sets);
        List<AuditEntry> historyBefore = new ArrayList<>(history);
        long lastStandardBefore = lastStandardId;
        long lastSetBefore = lastSetId;
        try {
            List<Standard> written = new ArrayList<>();
            for (StandardWrite write : batch.standards()) {
                written.add(write.id() == 0 ? createStandard(write.draft(), actorKey, at)
                        : updateStandard(write.id(), write.expectedVersion(), write.draft(), actorKey, at));
            }
            List<StandardSet> writtenSets = new ArrayList<>();
            for (SetWrite write : batch.sets()) {
                List<Long> ids = write.standards().stream()
                        .map(ref -> ref.batchIndex() < 0 ? ref.storedId() : written.get(ref.batchIndex()).id())
                        .toList();
                SetContent content = new SetContent(write.name(), write.description(), ids, write.scope());
                writtenSets.add(write.id() == 0 ? createSet(content, actorKey, at)
                        : updateSet(write.id(), write.expectedVersion(), content, actorKey, at));
            }
            return new BatchResult(written, writtenSets);
        } catch (RuntimeException failure) {
            standards = standardsBefore;
            sets = setsBefore;
            history = historyBefore;
            lastStandardId = lastStandardBefore;
            lastSetId = lastSetBefore;
            throw failure;
        }
    }

    private static void requireFreeName(List<String> others, String name, String what) {
        String key = StandardStore.nameKey(name);
        if (others.stream().anyMatch(other -> StandardStore.nameKey(other).equals(key))) {
            throw StandardStore.nameTaken(what);
        }
    }

    private void requireStandards(SetContent content) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < content.standardIds().size(); i++) {
            long standardId = content.standardIds().get(i);
            if (!standards.containsKey(standardId)) {
                errors.add(new FieldError("standardIds[" + i + "]", "no standard with id " + standardId));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private Standard currentStandard(long id, int expectedVersion) {
        Standard current = findStandard(id).orElseThrow(() -> new NotFound("Standard " + id));
        if (current.version() != expectedVersion) {
            throw new StaleVersion("Standard " + id, expectedVersion, current);
        }
        return current;
    }

    private StandardSet currentSet(long id, int expectedVersion) {
        StandardSet current = findSet(id).orElseThrow(() -> new NotFound("Standard set " + id));
        if (current.version() != expectedVersion) {
            throw new StaleVersion("Standard set " + id, expectedVersion, current);
        }
        return current;
    }

    private static Standard standard(long id, StandardDraft d, String actorKey, Instant at, int version) {
        return new Standard(id, d.name(), d.rationale(), d.severity(), d.weight(), d.enabled(), d.check(), actorKey,
                at, version);
    }

    private static StandardSet set(long id, SetContent c, String actorKey, Instant at, int version) {
        return new StandardSet(id, c.name(), c.description(), c.standardIds(), c.scope(), actorKey, at, version);
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
