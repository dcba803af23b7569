package com.pmosuite.testkit;

import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.mapping.FieldMappingStore;
import com.pmosuite.facts.mapping.FieldMappingText;
import com.pmosuite.facts.mapping.FieldMappings;
import com.pmosuite.facts.mapping.SavedFieldMapping;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The field mapping in memory, for core tests; the AO store passes the same contract. */
public final class InMemoryFieldMappingStore implements FieldMappingStore {
    private static final long ROW_ID = 1;
    private SavedFieldMapping saved;
    private final List<AuditEntry> history = new ArrayList<>();
    private int versionReads;

    @Override
    public synchronized Optional<SavedFieldMapping> saved() {
        return Optional.ofNullable(saved);
    }

    @Override
    public synchronized int version() {
        versionReads++;
        return saved == null ? 0 : saved.version();
    }

    /** How often {@link #version()} was asked, to show a cache's cost. */
    public synchronized int versionReads() {
        return versionReads;
    }

    @Override
    public synchronized SavedFieldMapping save(int expectedVersion, FieldMapping mapping, String actorKey, Instant at) {
        int current = saved == null ? 0 : saved.version();
        if (current != expectedVersion) {
            throw new StaleVersion(FieldMappings.WHAT, expectedVersion, saved);
        }
        FieldMapping before = saved == null ? FieldMapping.NONE : saved.mapping();
        if (saved != null && before.equals(mapping)) {
            return saved;
        }
        int version = current + 1;
        Map<String, String> old = FieldMappingText.parts(before);
        FieldMappingText.parts(mapping).forEach((part, value) -> {
            if (!Objects.equals(emptyAsNull(old.get(part)), emptyAsNull(value))) {
                history.add(new AuditEntry(SavedFieldMapping.ENTITY_TYPE, ROW_ID, version, actorKey, at, part,
                        emptyAsNull(old.get(part)), emptyAsNull(value)));
            }
        });
        saved = new SavedFieldMapping(mapping, version);
        return saved;
    }

    @Override
    public synchronized List<AuditEntry> history() {
        return List.copyOf(history);
    }

    private static String emptyAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
