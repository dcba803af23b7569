package com.pmosuite.plugin.compliance.rest;

import com.pmosuite.plugin.platform.rest.ErrorJson.FieldErrorJson;
import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.JsonText;

import java.util.List;

/**
 * An import's plan, as {@code POST /compliance/import?dryRun=true} shows it and {@code POST /compliance/import}
 * applies it: what would be created, changed (which fields) and left unchanged, matched by name, the problems that
 * stop it, and the {@code fingerprint} of the standards it was planned against.
 *
 * @param applicable whether it can be applied (no problems); it may still change nothing
 */
public record ImportJson(String fingerprint, boolean applicable, List<ItemJson> created, List<ItemJson> changed,
                         List<ItemJson> unchanged, List<FieldErrorJson> problems) implements JsonBody {

    /**
     * One standard or set of the file.
     *
     * @param kind {@code standard} or {@code set}
     * @param id   the stored one's id; {@code null} for one to create
     */
    public record ItemJson(String kind, String name, Long id, List<String> changedFields) implements JsonBody {
    }

    /** The body that applies an import: the file, and the fingerprint of the plan the PMO admin saw. */
    public record Apply(JsonText document, String fingerprint) implements JsonBody {
    }
}
