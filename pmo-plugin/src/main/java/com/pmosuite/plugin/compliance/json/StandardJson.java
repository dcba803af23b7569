package com.pmosuite.plugin.compliance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.Names;

import java.util.List;

/**
 * The JSON form of a standard's content: {@code name}, {@code rationale}, {@code severity} ({@code info},
 * {@code minor}, {@code major}, {@code critical}), {@code weight}, {@code enabled} (true when absent) and
 * {@code check} ({@link CheckJson}). Used by the interchange document and open to the REST bodies.
 */
public final class StandardJson {
    private StandardJson() {
    }

    public static ObjectNode write(StandardDraft draft) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", draft.name());
        node.put("rationale", draft.rationale());
        node.put("severity", Names.of(draft.severity()));
        node.put("weight", draft.weight());
        node.put("enabled", draft.enabled());
        node.set("check", draft.check() == null ? null : CheckJson.write(draft.check()));
        return node;
    }

    /**
     * Reads a standard's content, adding type problems to {@code errors} under {@code path}; {@code null} when it had
     * any. Missing values stay missing (null, weight 0) for {@code StandardValidation} to name.
     */
    public static StandardDraft read(JsonNode node, String path, List<FieldError> errors) {
        if (!JsonFields.object(node, path, errors)) {
            return null;
        }
        int before = errors.size();
        String name = JsonFields.text(node, path, "name", errors);
        String rationale = JsonFields.text(node, path, "rationale", errors);
        StandardSeverity severity = JsonFields.choice(node, path, "severity", StandardSeverity.class, false, errors);
        int weight = JsonFields.integer(node, path, "weight", 0, false, errors);
        boolean enabled = JsonFields.bool(node, path, "enabled", true, errors);
        JsonNode checkNode = node.get("check");
        Check check = checkNode == null || checkNode.isNull() ? null
                : CheckJson.read(checkNode, JsonFields.at(path, "check"), errors);
        return errors.size() > before ? null : new StandardDraft(name, rationale, severity, weight, enabled, check);
    }
}
