package com.pmosuite.plugin.risk.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.plugin.platform.ao.AoErrors;
import com.pmosuite.plugin.platform.ao.SerialWrites;
import com.pmosuite.plugin.platform.audit.ao.AoAuditTrail;
import com.pmosuite.plugin.platform.jira.ProjectIdentity;
import com.pmosuite.risk.imports.ImportMapping;
import com.pmosuite.risk.imports.SavedMapping;
import com.pmosuite.risk.imports.SavedMappingStore;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link SavedMappingStore} on Active Objects: one row per mapping, its changes in the shared audit history. The
 * version check in the write's transaction turns a save based on an older read into {@link StaleVersion}; the
 * unique name key turns a second mapping of the same name into a 400.
 */
public final class AoSavedMappingStore implements SavedMappingStore {
    private static final String PROJECT_ID = "PROJECT_ID";

    private final ActiveObjects ao;
    private final ProjectIdentity projects;
    /**
     * A create INSERTs a unique name key, then audit rows: two creates of one name at once deadlock AO's HSQLDB
     * provider unless they run one at a time (see {@link SerialWrites}).
     */
    private static final SerialWrites WRITES = SerialWrites.named("risk-import-mappings");

    private final AoAuditTrail audit;

    public AoSavedMappingStore(ActiveObjects ao, ProjectIdentity projects) {
        this.ao = ao;
        this.projects = projects;
        this.audit = new AoAuditTrail(ao);
    }

    @Override
    public List<SavedMapping> list(String projectKey) {
        long projectId = projects.idOf(projectKey);
        return Arrays.stream(ao.find(RiskImportMappingEntity.class, Query.select().where(PROJECT_ID + " = ?",
                        projectId)))
                .map(AoSavedMappingStore::toMapping)
                .sorted(Comparator.comparing((SavedMapping m) -> m.name().toLowerCase(Locale.ROOT))
                        .thenComparing(SavedMapping::id))
                .toList();
    }

    @Override
    public Optional<SavedMapping> find(long id) {
        return row(id).map(AoSavedMappingStore::toMapping);
    }

    @Override
    public SavedMapping create(String projectKey, String name, ImportMapping mapping, String actorKey, Instant at) {
        long projectId = projects.idOf(projectKey);
        return uniqueName(name, () -> ao.executeInTransaction(() -> {
            RiskImportMappingEntity row = ao.create(RiskImportMappingEntity.class,
                    new DBParam(PROJECT_ID, projectId),
                    new DBParam("PROJECT_KEY", projectKey),
                    new DBParam("NAME", name),
                    new DBParam("NAME_KEY", nameKey(projectId, name)),
                    new DBParam("MAPPING", mapping.toStored()),
                    new DBParam("VERSION", 1),
                    new DBParam("UPDATED_BY", actorKey),
                    new DBParam("UPDATED_AT", at.toEpochMilli()));
            audit.append(new AoAuditTrail.StoredProject(projectId, projectKey), List.of(
                    entry(row.getID(), 1, actorKey, at, AuditEntry.CREATED, null, name),
                    entry(row.getID(), 1, actorKey, at, "mapping", null, mapping.describe())));
            return new SavedMapping(row.getID(), projectKey, name, mapping, 1, actorKey,
                    Instant.ofEpochMilli(at.toEpochMilli()));
        }));
    }

    @Override
    public SavedMapping update(long id, int expectedVersion, String name, ImportMapping mapping, String actorKey,
                               Instant at) {
        return uniqueName(name, () -> ao.executeInTransaction(() -> {
            RiskImportMappingEntity row = current(id, expectedVersion);
            SavedMapping before = toMapping(row);
            int version = expectedVersion + 1;
            row.setName(name);
            row.setNameKey(nameKey(row.getProjectId(), name));
            row.setMapping(mapping.toStored());
            row.setVersion(version);
            row.setUpdatedBy(actorKey);
            row.setUpdatedAt(at.toEpochMilli());
            row.save();
            List<AuditEntry> changes = new ArrayList<>();
            if (!before.name().equals(name)) {
                changes.add(entry(id, version, actorKey, at, "name", before.name(), name));
            }
            if (!before.mapping().describe().equals(mapping.describe())) {
                changes.add(entry(id, version, actorKey, at, "mapping", before.mapping().describe(),
                        mapping.describe()));
            }
            audit.append(new AoAuditTrail.StoredProject(row.getProjectId(), row.getProjectKey()), changes);
            return toMapping(row);
        }));
    }

    @Override
    public void delete(long id, int expectedVersion, String actorKey, Instant at) {
        WRITES.run(() -> ao.executeInTransaction(() -> {
            RiskImportMappingEntity row = current(id, expectedVersion);
            audit.append(new AoAuditTrail.StoredProject(row.getProjectId(), row.getProjectKey()), List.of(
                    entry(id, expectedVersion + 1, actorKey, at, AuditEntry.DELETED, row.getName(), null)));
            ao.delete(row);
            return null;
        }));
    }

    @Override
    public List<AuditEntry> history(long id) {
        return audit.entries(SavedMapping.ENTITY_TYPE, id);
    }

    private <T> T uniqueName(String name, java.util.function.Supplier<T> write) {
        try {
            return WRITES.run(write);
        } catch (StaleVersion | NotFound | ValidationFailed known) {
            throw known;
        } catch (RuntimeException failure) {
            if (AoErrors.isWriteConflict(failure)) {
                throw ValidationFailed.of("name", "the project has a mapping named '" + name + "' already");
            }
            throw failure;
        }
    }

    private RiskImportMappingEntity current(long id, int expectedVersion) {
        RiskImportMappingEntity row = row(id).orElseThrow(() -> new NotFound("Import mapping " + id));
        if (row.getVersion() != expectedVersion) {
            throw new StaleVersion("Import mapping " + id, expectedVersion, toMapping(row));
        }
        return row;
    }

    private Optional<RiskImportMappingEntity> row(long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        // find, not get: AO's get hands out a proxy whether or not the row exists.
        RiskImportMappingEntity[] found = ao.find(RiskImportMappingEntity.class, "ID = ?", (int) id);
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static String nameKey(long projectId, String name) {
        return projectId + ":" + name.toLowerCase(Locale.ROOT);
    }

    private static AuditEntry entry(long id, int version, String actor, Instant at, String field, String from,
                                    String to) {
        return new AuditEntry(SavedMapping.ENTITY_TYPE, id, version, actor, Instant.ofEpochMilli(at.toEpochMilli()),
                field, from, to);
    }

    private static SavedMapping toMapping(RiskImportMappingEntity row) {
        return new SavedMapping(row.getID(), row.getProjectKey(), row.getName(), ImportMapping.fromStored(row.getMapping()),
                row.getVersion(), row.getUpdatedBy(), Instant.ofEpochMilli(row.getUpdatedAt()));
    }
}
