package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the JSON body of a risk create or update. Every body starts as a valid, medium threat with a title no
 * other test uses, so tests on the shared workbench can find their own risks; tests change only what they are about.
 */
final class RiskBody {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private RiskBody() {
    }

    /** A threat with probability 3 and impact 3 whose title is {@code about} plus a unique suffix. */
    static RiskBody threat(String about) {
        return new RiskBody()
                .with("title", uniqueTitle(about))
                .with("kind", "threat")
                .with("probability", 3)
                .with("impact", 3);
    }

    /** An opportunity with probability 3 and impact 3 and a unique title. */
    static RiskBody opportunity(String about) {
        return threat(about).with("kind", "opportunity");
    }

    /** {@code about} plus a suffix that makes it unique in the shared workbench. */
    static String uniqueTitle(String about) {
        return about + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    RiskBody with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    RiskBody without(String field) {
        fields.remove(field);
        return this;
    }

    String title() {
        return (String) fields.get("title");
    }

    @JsonValue
    Map<String, Object> fields() {
        return fields;
    }
}
