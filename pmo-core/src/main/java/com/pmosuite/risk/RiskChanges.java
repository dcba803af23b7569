package com.pmosuite.risk;

import com.pmosuite.shared.Names;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lists what differs between two versions of a risk's fields (or of a project's scoring settings), field by field,
 * with values spelled as in the REST API (enums lower case, ISO dates, plain decimals, issue keys comma separated).
 */
public final class RiskChanges {
    /** The field name under which changes to the linked issues are recorded. */
    public static final String LINKED_ISSUE_KEYS = "linkedIssueKeys";
    private static final String KEY_SEPARATOR = ", ";

    private record Field(String name, Function<RiskFields, String> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("title", RiskFields::title),
            new Field("description", RiskFields::description),
            new Field("category", RiskFields::category),
            new Field("cause", RiskFields::cause),
            new Field("effect", RiskFields::effect),
            new Field("kind", f -> Names.of(f.kind())),
            new Field("probability", f -> String.valueOf(f.probability())),
            new Field("impact", f -> String.valueOf(f.impact())),
            new Field("ownerKey", RiskFields::ownerKey),
            new Field("status", f -> Names.of(f.status())),
            new Field("strategy", f -> Names.of(f.strategy())),
            new Field("responsePlan", RiskFields::responsePlan),
            new Field("contingencyPlan", RiskFields::contingencyPlan),
            new Field("trigger", RiskFields::trigger),
            new Field("proximityDate", f -> date(f.proximityDate())),
            new Field("lastReviewDate", f -> date(f.lastReviewDate())),
            new Field("nextReviewDate", f -> date(f.nextReviewDate())),
            new Field("residualProbability", f -> number(f.residualProbability())),
            new Field("residualImpact", f -> number(f.residualImpact())),
            new Field("costImpact", f -> money(f.costImpact())),
            new Field(LINKED_ISSUE_KEYS, f -> issueKeysValue(f.linkedIssueKeys())));

    private RiskChanges() {
    }

    public static List<FieldChange> between(RiskFields before, RiskFields after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            String old = field.value().apply(before);
            String now = field.value().apply(after);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field.name(), old, now));
            }
        }
        return changes;
    }

    /** Linked issue keys as a history value: comma separated, none as {@code null}. */
    static String issueKeysValue(List<String> keys) {
        return keys.isEmpty() ? null : String.join(KEY_SEPARATOR, keys);
    }

    /** The keys of a history value written by {@link #issueKeysValue}. */
    static List<String> issueKeys(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.split(KEY_SEPARATOR));
    }

    /** What differs between two versions of a project's scoring settings: scale and thresholds, as numbers. */
    public static List<FieldChange> between(RiskSettings before, RiskSettings after) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, "scale", before.matrix().size(), after.matrix().size());
        add(changes, "mediumFrom", before.bands().mediumFrom(), after.bands().mediumFrom());
        add(changes, "highFrom", before.bands().highFrom(), after.bands().highFrom());
        add(changes, "criticalFrom", before.bands().criticalFrom(), after.bands().criticalFrom());
        return changes;
    }

    private static void add(List<FieldChange> changes, String field, int before, int after) {
        if (before != after) {
            changes.add(new FieldChange(field, String.valueOf(before), String.valueOf(after)));
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String number(Integer value) {
        return value == null ? null : value.toString();
    }

    private static String money(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
