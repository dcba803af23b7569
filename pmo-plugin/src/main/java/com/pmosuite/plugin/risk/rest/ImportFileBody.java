package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.risk.imports.ImportEncoding;
import com.pmosuite.shared.ValidationFailed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The body of the mapped import's calls: the file, as {@code content} (its bytes in base64, so its encoding can be
 * detected) or as {@code text} (already text), how to read it, and the mapping (inline, or {@code mappingId} of a
 * saved one). {@code encoding} and {@code separator} are detected when left out.
 */
public record ImportFileBody(String content, String text, String encoding, String separator,
                             ImportMappingJson mapping, Long mappingId, Boolean skipRefused) implements JsonBody {

    /** The file's bytes, from whichever of {@code content} and {@code text} was sent (exactly one). */
    byte[] bytes() {
        boolean hasContent = content != null && !content.isEmpty();
        boolean hasText = text != null && !text.isEmpty();
        if (hasContent == hasText) {
            throw ValidationFailed.of("content", hasContent ? "send content or text, not both"
                    : "is required: the file's bytes in base64 (or send its text as text)");
        }
        if (hasText) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            // Line breaks are allowed, as base64 tools wrap their output; anything else outside the alphabet is an
            // error (the MIME decoder would skip it and read "!!!" as an empty file).
            return Base64.getDecoder().decode(content.replaceAll("[\\r\\n]", ""));
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("content", "is not base64");
        }
    }

    ImportEncoding encodingAsked() {
        return ImportEncoding.named(encoding, "encoding");
    }
}
