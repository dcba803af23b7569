package com.pmosuite.risk.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A risk field a source column can be mapped onto, named as in the REST API and our export's header, with the kind
 * of value it takes: how a cell is turned into the draft's value.
 */
public enum ImportField {
    ID("id", Kind.ID),
    VERSION("version", Kind.ID),
    TITLE("title", Kind.TEXT),
    DESCRIPTION("description", Kind.TEXT),
    CATEGORY("category", Kind.TEXT),
    CAUSE("cause", Kind.TEXT),
    EFFECT("effect", Kind.TEXT),
    KIND("kind", Kind.CHOICE),
    PROBABILITY("probability", Kind.LEVEL),
    IMPACT("impact", Kind.LEVEL),
    OWNER_KEY("ownerKey", Kind.TEXT),
    STATUS("status", Kind.CHOICE),
    STRATEGY("strategy", Kind.CHOICE),
    RESPONSE_PLAN("responsePlan", Kind.TEXT),
    CONTINGENCY_PLAN("contingencyPlan", Kind.TEXT),
    TRIGGER("trigger", Kind.TEXT),
    PROXIMITY_DATE("proximityDate", Kind.DATE),
    LAST_REVIEW_DATE("lastReviewDate", Kind.DATE),
    NEXT_REVIEW_DATE("nextReviewDate", Kind.DATE),
    RESIDUAL_PROBABILITY("residualProbability", Kind.LEVEL),
    RESIDUAL_IMPACT("residualImpact", Kind.LEVEL),
    COST_IMPACT("costImpact", Kind.TEXT),
    LINKED_ISSUE_KEYS("linkedIssueKeys", Kind.TEXT);

    /** How a cell becomes a value: which mappings apply to it. */
    public enum Kind {
        /** Free text, taken as it is (after undoing our export's formula guard). */
        TEXT,
        /** One of our words (status, kind, strategy); a value map turns the source's words into ours. */
        CHOICE,
        /** A level on the project's scale; a value map turns the source's levels or words into ours. */
        LEVEL,
        /** A date, read with the column's date format. */
        DATE,
        /** Our own risk id and version, for updates. */
        ID
    }

    private final String wireName;
    private final Kind kind;

    ImportField(String wireName, Kind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    public String wireName() {
        return wireName;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether a value map applies to this field. */
    public boolean takesValueMap() {
        return kind == Kind.CHOICE || kind == Kind.LEVEL;
    }

    public static Optional<ImportField> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String clean = name.strip();
        return Arrays.stream(values()).filter(f -> f.wireName.equalsIgnoreCase(clean)).findFirst();
    }

    /** The wire names, for messages. */
    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(ImportField::wireName).toList());
    }

    @Override
    public String toString() {
        return wireName.toLowerCase(Locale.ROOT);
    }
}
