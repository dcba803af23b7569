package com.pmosuite.plugin.compliance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.Names;

import java.util.List;

/**
 * Reads one field of a JSON object as the type it must have, adding a field error (at {@code path.name}) instead of
 * failing when it is of the wrong type. Shared by the check, rule and document codecs so all say the same.
 */
final class JsonFields {
    private JsonFields() {
    }

    static String at(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** True when the node is an object; otherwise adds an error at {@code path}. */
    static boolean object(JsonNode node, String path, List<FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(path.isEmpty() ? "body" : path, "must be a JSON object"));
            return false;
        }
        return true;
    }

    /** Text, or {@code null} when absent or null. */
    static String text(JsonNode object, String path, String name, List<FieldError> errors) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(at(path, name), "must be text"));
            return null;
        }
        return value.textValue();
    }

    /** A whole number that fits an int, or {@code fallback} when absent; a wrong type adds an error. */
    static int integer(JsonNode object, String path, String name, int fallback, boolean required,
                       List<FieldError> errors) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(new FieldError(at(path, name), "is required: a whole number"));
            }
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            errors.add(new FieldError(at(path, name), "must be a whole number"));
            return fallback;
        }
        return value.intValue();
    }

    static boolean bool(JsonNode object, String path, String name, boolean fallback, List<FieldError> errors) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            errors.add(new FieldError(at(path, name), "must be true or false"));
            return fallback;
        }
        return value.booleanValue();
    }

    /** An enum in its API spelling ({@link Names}); unknown or absent adds an error naming the choices. */
    static <E extends Enum<E>> E choice(JsonNode object, String path, String name, Class<E> type, boolean required,
                                        List<FieldError> errors) {
        String text = text(object, path, name, errors);
        if (text == null) {
            if (required && !object.hasNonNull(name)) {
                errors.add(new FieldError(at(path, name), "is required: " + Names.choices(type)));
            }
            return null;
        }
        E value = text.length() > 40 ? null : Names.parse(type, text);
        if (value == null) {
            errors.add(new FieldError(at(path, name), "must be " + Names.choices(type)));
        }
        return value;
    }

    /** The array at {@code name} if it has at most {@code max} elements; absent is empty. */
    static JsonNode array(JsonNode object, String path, String name, int max, List<FieldError> errors) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            errors.add(new FieldError(at(path, name), "must be a list"));
            return null;
        }
        if (value.size() > max) {
            errors.add(new FieldError(at(path, name), "must have at most " + max + " entries"));
            return null;
        }
        return value;
    }
}
