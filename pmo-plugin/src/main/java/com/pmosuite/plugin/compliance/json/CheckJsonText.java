package com.pmosuite.plugin.compliance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.compliance.Check;
import com.pmosuite.shared.ValidationFailed;

/**
 * {@link CheckJson} over text, for the REST resources, which carry a check as a
 * {@code platform.rest.JsonText} and may not touch Jackson's trees themselves: the same codec, the same field paths.
 */
public final class CheckJsonText {
    /** A check is small; its text has passed the REST body's limits already, these only repeat them. */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxNumberLength(100).build())
            .build());

    private CheckJsonText() {
    }

    /** The check's JSON text, as {@link CheckJson#write(Check)} writes it. */
    public static String write(Check check) {
        return CheckJson.write(check).toString();
    }

    /**
     * Reads a check from its JSON text.
     *
     * @param path where the check is in the body, e.g. {@code "check"}
     * @throws ValidationFailed with every problem at its path
     */
    public static Check read(String json, String path) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw ValidationFailed.of(path, "is not valid JSON");
        }
        return CheckJson.read(node, path);
    }
}
