package com.pmosuite.risk.imports;

import com.pmosuite.risk.RiskSettings;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.Text;
import com.pmosuite.shared.ValidationFailed;

import java.time.Clock;
import java.util.List;

/** Saving, listing and deleting a project's import mappings: names checked, mappings checked for shape. */
public final class SavedMappings {
    public static final int NAME_MAX = 100;
    /** At most this many saved mappings per project: a list a person picks from, not a store of files. */
    public static final int MAX_PER_PROJECT = 50;

    private final SavedMappingStore store;
    private final Clock clock;

    public SavedMappings(SavedMappingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<SavedMapping> list(String projectKey) {
        return store.list(projectKey);
    }

    /** A project's mapping; one of another project is not found, as an unknown one. */
    public SavedMapping get(String projectKey, long id) {
        return store.find(id).filter(m -> m.projectKey().equals(projectKey))
                .orElseThrow(() -> new NotFound("Import mapping " + id));
    }

    public SavedMapping create(String projectKey, String name, ImportMapping mapping, RiskSettings settings,
                               String actorKey) {
        String clean = checked(name, mapping, settings);
        if (store.list(projectKey).size() >= MAX_PER_PROJECT) {
            throw ValidationFailed.of("name", "the project has " + MAX_PER_PROJECT
                    + " saved mappings already: delete one first");
        }
        return store.create(projectKey, clean, mapping, actorKey, clock.instant());
    }

    public SavedMapping update(String projectKey, long id, int expectedVersion, String name, ImportMapping mapping,
                               RiskSettings settings, String actorKey) {
        get(projectKey, id);
        return store.update(id, expectedVersion, checked(name, mapping, settings), mapping, actorKey,
                clock.instant());
    }

    public void delete(String projectKey, long id, int expectedVersion, String actorKey) {
        get(projectKey, id);
        store.delete(id, expectedVersion, actorKey, clock.instant());
    }

    public List<AuditEntry> history(String projectKey, long id) {
        get(projectKey, id);
        return store.history(id);
    }

    private static String checked(String name, ImportMapping mapping, RiskSettings settings) {
        String clean = Text.clean(name);
        if (clean == null) {
            throw ValidationFailed.of("name", "is required");
        }
        if (clean.length() > NAME_MAX) {
            throw ValidationFailed.of("name", "is longer than " + NAME_MAX + " characters");
        }
        mapping.validate(null, settings, "mapping.");
        return clean;
    }
}
