package com.pmosuite.plugin.facts.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.FieldMapping.Role;
import com.pmosuite.facts.IssueFact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the custom fields that can supply each {@link Role} and says how it found them, so an administrator can
 * confirm a {@link FieldMapping} instead of typing field ids. Jira Software's own answer wins; then the field's
 * type; then its name.
 */
public final class JiraFieldCatalog {
    static final String EPIC_LINK_TYPE = "com.pyxis.greenhopper.jira:gh-epic-link";
    static final String PARENT_LINK_TYPE = "com.atlassian.jpo:jpo-custom-field-parent";
    static final String TARGET_START_TYPE = "com.atlassian.jpo:jpo-custom-field-baseline-start";
    static final String NUMBER_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:float";
    static final String DATE_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:datepicker";

    private static final Map<Role, Set<String>> NAMES = Map.of(
            Role.STORY_POINTS, Set.of("story points"),
            Role.START_DATE, Set.of("start date", "target start"),
            Role.ACTUAL_COST, Set.of("actual cost", "actual costs"));

    private final CustomFieldManager customFields;
    private final AgileFields agile;

    public JiraFieldCatalog(CustomFieldManager customFields, AgileFields agile) {
        this.customFields = Objects.requireNonNull(customFields, "customFields");
        this.agile = Objects.requireNonNull(agile, "agile");
    }

    /** Every candidate field found, best first within each role. */
    public List<FoundField> discover() {
        List<FoundField> found = new ArrayList<>();
        agile.storyPoints().ifPresent(f -> found.add(FoundField.of(Role.STORY_POINTS, f, HowFound.JIRA_SOFTWARE)));
        agile.epicLink().ifPresent(f -> found.add(FoundField.of(Role.EPIC_LINK, f, HowFound.JIRA_SOFTWARE)));
        List<CustomField> all = customFields.getCustomFieldObjects().stream()
                .filter(f -> f != null && f.getId() != null)
                .sorted(Comparator.comparing(CustomField::getId))
                .toList();
        for (CustomField field : all) {
            String type = typeKey(field);
            String name = field.getName() == null ? "" : field.getName().trim().toLowerCase(Locale.ROOT);
            if (EPIC_LINK_TYPE.equals(type)) {
                found.add(FoundField.of(Role.EPIC_LINK, field, HowFound.FIELD_TYPE));
            } else if (PARENT_LINK_TYPE.equals(type)) {
                found.add(FoundField.of(Role.PARENT_LINK, field, HowFound.FIELD_TYPE));
            } else if (TARGET_START_TYPE.equals(type)) {
                found.add(FoundField.of(Role.START_DATE, field, HowFound.FIELD_TYPE));
            } else if (NUMBER_TYPE.equals(type) && NAMES.get(Role.STORY_POINTS).contains(name)) {
                found.add(FoundField.of(Role.STORY_POINTS, field, HowFound.FIELD_NAME));
            } else if (NUMBER_TYPE.equals(type) && NAMES.get(Role.ACTUAL_COST).contains(name)) {
                found.add(FoundField.of(Role.ACTUAL_COST, field, HowFound.FIELD_NAME));
            } else if (DATE_TYPE.equals(type) && NAMES.get(Role.START_DATE).contains(name)) {
                found.add(FoundField.of(Role.START_DATE, field, HowFound.FIELD_NAME));
            }
        }
        // Jira Software's fields are also found by type or name; keep the better-sourced row only.
        List<FoundField> distinct = new ArrayList<>();
        for (FoundField f : found) {
            if (distinct.stream().noneMatch(d -> d.role() == f.role() && d.fieldId().equals(f.fieldId()))) {
                distinct.add(f);
            }
        }
        distinct.sort(Comparator.comparing(FoundField::role).thenComparing(FoundField::howFound));
        return List.copyOf(distinct);
    }

    /**
     * A mapping to offer: for each role the field Jira Software names, else the only field found by type, else the
     * only one found by name; a role with several equal candidates stays unmapped for the administrator to choose.
     * Jira Software's Epic type is put at {@link IssueFact#EPIC}; levels above come from the administrator.
     */
    public FieldMapping proposedMapping() {
        Map<Role, List<FoundField>> byRole = new EnumMap<>(Role.class);
        for (FoundField f : discover()) {
            byRole.computeIfAbsent(f.role(), r -> new ArrayList<>()).add(f);
        }
        FieldMapping mapping = FieldMapping.NONE;
        for (Map.Entry<Role, List<FoundField>> entry : byRole.entrySet()) {
            Optional<FoundField> choice = unambiguousBest(entry.getValue());
            if (choice.isPresent()) {
                mapping = mapping.with(entry.getKey(), choice.get().fieldId());
            }
        }
        Optional<String> epicType = agile.epicIssueTypeId();
        if (epicType.isPresent()) {
            mapping = mapping.withIssueTypeLevels(Map.of(epicType.get(), IssueFact.EPIC));
        }
        return mapping;
    }

    private static Optional<FoundField> unambiguousBest(List<FoundField> candidates) {
        HowFound best = candidates.getFirst().howFound();
        List<FoundField> top = candidates.stream().filter(c -> c.howFound() == best).toList();
        return top.size() == 1 ? Optional.of(top.getFirst()) : Optional.empty();
    }

    private static String typeKey(CustomField field) {
        return field.getCustomFieldType() == null ? null : field.getCustomFieldType().getKey();
    }

    /** How a candidate was found, most reliable first. */
    public enum HowFound {
        /** Jira Software's ManagedCustomFieldsService names it. */
        JIRA_SOFTWARE,
        /** Its custom field type is the one that supplies the role (Epic Link, Parent Link, Target start). */
        FIELD_TYPE,
        /** A number or date field with the usual name ("Story Points", "Start date", "Actual cost"). */
        FIELD_NAME
    }

    /** One candidate: the role it could fill, the field, its type key and how it was found. */
    public record FoundField(Role role, String fieldId, String name, String typeKey, HowFound howFound) {
        static FoundField of(Role role, CustomField field, HowFound howFound) {
            return new FoundField(role, field.getId(), field.getName(), JiraFieldCatalog.typeKey(field), howFound);
        }
    }
}
