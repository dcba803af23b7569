package com.pmosuite.testkit;

import com.pmosuite.risk.imports.ImportMapping;
import com.pmosuite.risk.imports.SavedMapping;
import com.pmosuite.risk.imports.SavedMappingStore;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link SavedMappingStore} in memory that keeps the port's promises; it passes {@code SavedMappingStoreContract}. */
public final class InMemorySavedMappingStore implements SavedMappingStore {
    private final Map<Long, SavedMapping> mappings = new HashMap<>();
    private final Map<Long, List<AuditEntry>> histories = new HashMap<>();
    private long lastId;

    @Override
    public synchronized List<SavedMapping> list(String projectKey) {
        return mappings.values().stream().filter(m -> m.projectKey().equals(projectKey))
                .sorted(Comparator.comparing((SavedMapping m) -> m.name().toLowerCase()).thenComparing(SavedMapping::id))
                .toList();
    }

    @Override
    public synchronized Optional<SavedMapping> find(long id) {
        return Optional.ofNullable(mappings.get(id));
    }

    @Override
    public synchronized SavedMapping create(String projectKey, String name, ImportMapping mapping, String actorKey,
                                            Instant at) {
        requireFreeName(projectKey, name, 0);
        Instant stamp = at.truncatedTo(ChronoUnit.MILLIS);
        SavedMapping saved = new SavedMapping(++lastId, projectKey, name, mapping, 1, actorKey, stamp);
        mappings.put(saved.id(), saved);
        histories.put(saved.id(), new ArrayList<>(List.of(entry(saved, actorKey, stamp, AuditEntry.CREATED, null,
                name), entry(saved, actorKey, stamp, "mapping", null, mapping.describe()))));
        return saved;
    }

    @Override
    public synchronized SavedMapping update(long id, int expectedVersion, String name, ImportMapping mapping,
                                            String actorKey, Instant at) {
        SavedMapping current = current(id, expectedVersion);
        requireFreeName(current.projectKey(), name, id);
        Instant stamp = at.truncatedTo(ChronoUnit.MILLIS);
        SavedMapping saved = new SavedMapping(id, current.projectKey(), name, mapping, expectedVersion + 1, actorKey,
                stamp);
        mappings.put(id, saved);
        if (!current.name().equals(name)) {
            histories.get(id).add(entry(saved, actorKey, stamp, "name", current.name(), name));
        }
        if (!current.mapping().describe().equals(mapping.describe())) {
            histories.get(id).add(entry(saved, actorKey, stamp, "mapping", current.mapping().describe(),
                    mapping.describe()));
        }
        return saved;
    }

    @Override
    public synchronized void delete(long id, int expectedVersion, String actorKey, Instant at) {
        SavedMapping current = current(id, expectedVersion);
        mappings.remove(id);
        SavedMapping gone = new SavedMapping(id, current.projectKey(), current.name(), current.mapping(),
                expectedVersion + 1, actorKey, at);
        histories.get(id).add(entry(gone, actorKey, at.truncatedTo(ChronoUnit.MILLIS), AuditEntry.DELETED,
                current.name(), null));
    }

    @Override
    public synchronized List<AuditEntry> history(long id) {
        return List.copyOf(histories.getOrDefault(id, List.of()));
    }

    private SavedMapping current(long id, int expectedVersion) {
        SavedMapping current = mappings.get(id);
        if (current == null) {
            throw new NotFound("Import mapping " + id);
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersion("Import mapping " + id, expectedVersion, current);
        }
        return current;
    }

    private void requireFreeName(String projectKey, String name, long except) {
        if (mappings.values().stream().anyMatch(m -> m.projectKey().equals(projectKey) && m.id() != except
                && m.name().equalsIgnoreCase(name))) {
            throw ValidationFailed.of("name", "the project has a mapping named '" + name + "' already");
        }
    }

    private static AuditEntry entry(SavedMapping m, String actor, Instant at, String field, String from, String to) {
        return new AuditEntry(SavedMapping.ENTITY_TYPE, m.id(), m.version(), actor, at, field, from, to);
    }
}
