package com.pmosuite.workbench.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The preferences body a dashboard item's {@code API.savePreferences} sends: a flat JSON object of string values,
 * as Jira keeps gadget preferences (name and value strings). Bounded before it is parsed (the byte limit is the
 * caller's) and checked field by field, so a refusal names each bad preference.
 */
final class DashboardPreferences {
    /** Jira Cloud's limit for a dashboard item property's JSON; the workbench uses it for the whole body. */
    static final int MAX_BODY_BYTES = 32_768;
    static final int MAX_PREFERENCES = 20;
    static final int MAX_VALUE_CHARS = 1000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");

    /** A refusal of one preference, or of the body ({@code field} null). */
    record Problem(String field, String message) {
    }

    /** Either the preferences or why they were refused. */
    record Parsed(Map<String, String> preferences, List<Problem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    private DashboardPreferences() {
    }

    static Parsed parse(ObjectMapper json, String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            return refused(null, "The body is not JSON");
        }
        if (root == null || !root.isObject()) {
            return refused(null, "The body must be a JSON object of preference names and string values");
        }
        if (root.size() > MAX_PREFERENCES) {
            return refused(null, "At most " + MAX_PREFERENCES + " preferences");
        }
        Map<String, String> preferences = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!NAME.matcher(name).matches()) {
                problems.add(new Problem(shorten(name), "A preference name is a letter, then at most 63 letters, "
                        + "digits, dots, dashes or underscores"));
            } else if (!value.isTextual()) {
                problems.add(new Problem(name, "must be a string"));
            } else if (value.textValue().length() > MAX_VALUE_CHARS) {
                problems.add(new Problem(name, "must be at most " + MAX_VALUE_CHARS + " characters"));
            } else if (value.textValue().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
                problems.add(new Problem(name, "must not contain control characters"));
            } else {
                preferences.put(name, value.textValue());
            }
        }
        return new Parsed(Map.copyOf(preferences), List.copyOf(problems));
    }

    private static Parsed refused(String field, String message) {
        return new Parsed(Map.of(), List.of(new Problem(field, message)));
    }

    private static String shorten(String name) {
        return name.length() <= 64 ? name : name.substring(0, 64) + "…";
    }
}
