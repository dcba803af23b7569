package com.pmosuite.plugin.facts.admin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.mapping.FieldMappingStore;
import com.pmosuite.facts.mapping.FieldMappingText;
import com.pmosuite.facts.mapping.FieldMappings;
import com.pmosuite.facts.mapping.SavedFieldMapping;
import com.pmosuite.plugin.platform.ao.AoErrors;
import com.pmosuite.plugin.platform.audit.ao.AoAuditTrail;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.StaleVersion;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link FieldMappingStore} on Active Objects ({@link FieldMappingEntity}), as the PMO settings are stored: a save
 * based on an older version is refused with {@link StaleVersion}, and every changed part is written to the audit
 * history in the same transaction.
 */
public final class AoFieldMappingStore implements FieldMappingStore {
    static final String NAME = "issue-facts";
    private static final String NAME_COLUMN = "MAPPING_NAME";

    private final ActiveObjects ao;
    private final AoAuditTrail audit;

    public AoFieldMappingStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.audit = new AoAuditTrail(ao);
    }

    @Override
    public Optional<SavedFieldMapping> saved() {
        return row().map(AoFieldMappingStore::toSaved);
    }

    @Override
    public int version() {
        FieldMappingEntity[] rows = ao.find(FieldMappingEntity.class,
                Query.select("ID, VERSION").where(NAME_COLUMN + " = ?", NAME));
        return rows.length == 0 ? 0 : rows[0].getVersion();
    }

    @Override
    public SavedFieldMapping save(int expectedVersion, FieldMapping mapping, String actorKey, Instant at) {
        try {
            return ao.executeInTransaction(() -> {
                Optional<FieldMappingEntity> existing = row();
                Optional<SavedFieldMapping> current = existing.map(AoFieldMappingStore::toSaved);
                int version = current.map(SavedFieldMapping::version).orElse(0);
                if (version != expectedVersion) {
                    throw new StaleVersion(FieldMappings.WHAT, expectedVersion, current.orElse(null));
                }
                if (current.isPresent() && current.get().mapping().equals(mapping)) {
                    return current.get();
                }
                FieldMappingEntity row = existing.orElseGet(() -> ao.create(FieldMappingEntity.class,
                        new DBParam(NAME_COLUMN, NAME), new DBParam("VERSION", 0)));
                int next = version + 1;
                row.setStoryPoints(mapping.storyPointsFieldId());
                row.setEpicLink(mapping.epicLinkFieldId());
                row.setParentLink(mapping.parentLinkFieldId());
                row.setStartDate(mapping.startDateFieldId());
                row.setActualCost(mapping.actualCostFieldId());
                String levels = FieldMappingText.levels(mapping.issueTypeLevels());
                row.setTypeLevels(levels.isEmpty() ? null : levels);
                row.setVersion(next);
                row.save();
                FieldMapping before = current.map(SavedFieldMapping::mapping).orElse(FieldMapping.NONE);
                audit.appendOutsideProjects(changes(before, mapping, row.getID(), next, actorKey, at));
                return new SavedFieldMapping(mapping, next);
            });
        } catch (RuntimeException failure) {
            // Two first saves on two nodes: the unique name refuses the second; it read version 0.
            if (AoErrors.isWriteConflict(failure)) {
                throw new StaleVersion(FieldMappings.WHAT, expectedVersion, saved().orElse(null));
            }
            throw failure;
        }
    }

    @Override
    public List<AuditEntry> history() {
        return row().map(row -> audit.entries(SavedFieldMapping.ENTITY_TYPE, row.getID())).orElse(List.of());
    }

    private Optional<FieldMappingEntity> row() {
        FieldMappingEntity[] rows = ao.find(FieldMappingEntity.class, NAME_COLUMN + " = ?", NAME);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static SavedFieldMapping toSaved(FieldMappingEntity row) {
        return new SavedFieldMapping(new FieldMapping(row.getStoryPoints(), row.getEpicLink(), row.getParentLink(),
                row.getStartDate(), row.getActualCost(), FieldMappingText.parseLevels(row.getTypeLevels())),
                row.getVersion());
    }

    private static List<AuditEntry> changes(FieldMapping before, FieldMapping after, long id, int version,
                                            String actorKey, Instant at) {
        List<AuditEntry> entries = new ArrayList<>();
        Map<String, String> old = FieldMappingText.parts(before);
        FieldMappingText.parts(after).forEach((part, value) -> {
            String was = emptyAsNull(old.get(part));
            String now = emptyAsNull(value);
            if (!Objects.equals(was, now)) {
                entries.add(new AuditEntry(SavedFieldMapping.ENTITY_TYPE, id, version, actorKey, at, part, was, now));
            }
        });
        return entries;
    }

    private static String emptyAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
