package com.pmosuite.plugin.risk.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import com.pmosuite.plugin.platform.rest.JsonBody;

import java.util.List;

/**
 * The 409 body of a {@code PUT /risks/{id}} based on an old version: the error body every 409 has ({@code status},
 * {@code message}, {@code current}) plus the three-way merge of the sender's change onto the current risk, so that a
 * dialog and a script resolve it alike (see {@link com.pmosuite.risk.RiskMerge}).
 *
 * @param base      the risk's fields at the version the sender read, with that version; {@code null} when the history
 *                  cannot rebuild it (then every field that differs is a conflict)
 * @param merged    the sender's changes on top of the current fields, with the current version: a body the sender can
 *                  {@code PUT} as it is when {@code conflicts} is empty, else after choosing each conflicting value;
 *                  {@code null} when the sent fields are no longer valid (the {@code PUT} of them would get a 400)
 * @param conflicts the fields both sides changed to different values, in the form's order ({@code merged} holds
 *                  theirs); {@code null} with {@code merged}
 */
public record RiskConflictJson(int status, String message, RiskJson current, RiskBody base, RiskBody merged,
                               List<FieldConflictJson> conflicts) implements JsonBody {

    /** One field to decide: the sender's value, the current one and the one both started from, as in a risk body. */
    public record FieldConflictJson(String field, FieldValueJson yours, FieldValueJson theirs, FieldValueJson base)
            implements JsonBody {
    }

    /**
     * One field's value written as a risk body writes it: text, a whole number or a list of issue keys, or
     * {@code null}. At most one component is set; the JSON is that value itself, not an object holding it.
     */
    public record FieldValueJson(String text, Integer number, List<String> keys) implements JsonBody {

        /** The value of a risk body's field: a {@code String}, an {@code Integer}, a list of keys or null. */
        @SuppressWarnings("unchecked")
        static FieldValueJson of(Object value) {
            return switch (value) {
                case null -> new FieldValueJson(null, null, null);
                case String text -> new FieldValueJson(text, null, null);
                case Integer number -> new FieldValueJson(null, number, null);
                case List<?> keys -> new FieldValueJson(null, null, List.copyOf((List<String>) keys));
                default -> throw new IllegalArgumentException("Not a risk body value: " + value.getClass());
            };
        }

        @JsonValue
        public Object value() {
            return text != null ? text : number != null ? number : keys;
        }
    }
}
