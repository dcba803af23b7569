package com.pmosuite.compliance.standard;

import com.pmosuite.compliance.SetScope;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.StandardSet;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.Names;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What differs between two versions of a standard or a standard set, as audit entries with the field names of the
 * API ({@code name}, {@code rationale}, {@code severity}, {@code weight}, {@code enabled}, {@code check};
 * {@code description}, {@code standardIds}, {@code scope.portfolioIds}, {@code scope.categoryIds},
 * {@code scope.projectIds}). Both stores call these, so their histories read the same; imports list changed
 * fields with the same names.
 */
public final class StandardChanges {
    /** The audit history's name for a standard. */
    public static final String STANDARD = "standard";
    /** The audit history's name for a standard set. */
    public static final String SET = "standard-set";

    private StandardChanges() {
    }

    public static AuditEntry created(Standard standard, String actorKey, Instant at) {
        return new AuditEntry(STANDARD, standard.id(), standard.version(), actorKey, at, AuditEntry.CREATED, null,
                standard.name());
    }

    public static AuditEntry created(StandardSet set, String actorKey, Instant at) {
        return new AuditEntry(SET, set.id(), set.version(), actorKey, at, AuditEntry.CREATED, null, set.name());
    }

    public static AuditEntry deleted(String type, long id, int version, String name, String actorKey, Instant at) {
        return new AuditEntry(type, id, version, actorKey, at, AuditEntry.DELETED, name, null);
    }

    /** The entries an update of a standard writes; none when nothing differs. */
    public static List<AuditEntry> between(Standard before, StandardDraft after, int version, String actorKey,
                                           Instant at) {
        return entries(STANDARD, before.id(), flatten(before.draft()), flatten(after), version, actorKey, at);
    }

    /** The entries an update of a set writes; none when nothing differs. */
    public static List<AuditEntry> between(StandardSet before, StandardStore.SetContent after, int version,
                                           String actorKey, Instant at) {
        return entries(SET, before.id(), flatten(content(before)), flatten(after), version, actorKey, at);
    }

    /** The names of the fields that differ, in the order above. */
    public static List<String> changedFields(StandardDraft before, StandardDraft after) {
        return changed(flatten(before), flatten(after));
    }

    public static List<String> changedFields(StandardStore.SetContent before, StandardStore.SetContent after) {
        return changed(flatten(before), flatten(after));
    }

    /** A stored set's content, to compare with another. */
    public static StandardStore.SetContent content(StandardSet set) {
        return new StandardStore.SetContent(set.name(), set.description(), set.standardIds(), set.scope());
    }

    private static List<String> changed(Map<String, String> old, Map<String, String> now) {
        List<String> fields = new ArrayList<>();
        for (String field : old.keySet()) {
            if (!Objects.equals(old.get(field), now.get(field))) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static List<AuditEntry> entries(String type, long id, Map<String, String> old, Map<String, String> now,
                                            int version, String actorKey, Instant at) {
        return changed(old, now).stream()
                .map(field -> new AuditEntry(type, id, version, actorKey, at, field, old.get(field), now.get(field)))
                .toList();
    }

    // Every field is present (null when unset), so old and new maps have the same keys in the same order.
    private static Map<String, String> flatten(StandardDraft d) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", d.name());
        values.put("rationale", d.rationale());
        values.put("severity", Names.of(d.severity()));
        values.put("weight", String.valueOf(d.weight()));
        values.put("enabled", String.valueOf(d.enabled()));
        values.put("check", d.check() == null ? null : CheckText.describe(d.check()));
        return values;
    }

    private static Map<String, String> flatten(StandardStore.SetContent c) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", c.name());
        values.put("description", c.description());
        values.put("standardIds", join(c.standardIds()));
        SetScope scope = c.scope();
        values.put("scope.portfolioIds", join(new TreeSet<>(scope.portfolioIds())));
        values.put("scope.categoryIds", join(new TreeSet<>(scope.categoryIds())));
        values.put("scope.projectIds", join(new TreeSet<>(scope.projectIds())));
        return values;
    }

    private static String join(Collection<Long> ids) {
        return ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
