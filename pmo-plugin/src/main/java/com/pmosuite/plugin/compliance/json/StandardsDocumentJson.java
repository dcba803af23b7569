package com.pmosuite.plugin.compliance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.standard.StandardsDocument;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The interchange file of standards ({@link StandardsDocument}) as JSON:
 * {@code {"format": "pmo-standards", "formatVersion": 1, "sets": [{"name", "description", "scope": {"portfolios",
 * "categories", "projects"}, "standards": [standard…]}], "standards": [standard…]}}, each standard as
 * {@link StandardJson} writes it. A file larger than {@link #MAX_CHARS} characters, with more than
 * {@link StandardsDocument#MAX_SETS} sets or more than {@link StandardsDocument#MAX_STANDARDS} standard entries, is
 * refused before any standard in it is read. Every problem is a {@link ValidationFailed} at its path in the file.
 */
public final class StandardsDocumentJson {
    /** Largest file read: about a megabyte of text. */
    public static final int MAX_CHARS = 1_000_000;
    public static final String FORMAT = "pmo-standards";
    // A document is at most: file, sets, set, standards, standard, check, rule, then two levels per group.
    private static final int MAX_NESTING = 8 + 2 * com.pmosuite.compliance.Rule.MAX_DEPTH + 4;
    private static final int MAX_NAMES = 500;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(40)
                    .maxStringLength(MAX_CHARS)
                    .maxNameLength(200)
                    .maxDocumentLength(MAX_CHARS)
                    .build())
            .build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private StandardsDocumentJson() {
    }

    /** The file's text, indented so that it reads well in a diff. */
    public static String write(StandardsDocument document) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", StandardsDocument.FORMAT_VERSION);
        ArrayNode sets = root.putArray("sets");
        for (StandardsDocument.SetEntry set : document.sets()) {
            ObjectNode node = sets.addObject();
            node.put("name", set.name());
            node.put("description", set.description());
            ObjectNode scope = node.putObject("scope");
            set.scope().portfolios().forEach(scope.putArray("portfolios")::add);
            set.scope().categories().forEach(scope.putArray("categories")::add);
            set.scope().projects().forEach(scope.putArray("projects")::add);
            ArrayNode standards = node.putArray("standards");
            set.standards().forEach(s -> standards.add(StandardJson.write(s)));
        }
        ArrayNode standards = root.putArray("standards");
        document.standards().forEach(s -> standards.add(StandardJson.write(s)));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A standards document could not be written", e);
        }
    }

    /**
     * Reads a file.
     *
     * @throws ValidationFailed at {@code file} when it is too large or not JSON, else at the path of each problem
     */
    public static StandardsDocument read(String text) {
        JsonNode root = parse(text);
        List<FieldError> errors = new ArrayList<>();
        if (!JsonFields.object(root, "", errors)) {
            throw new ValidationFailed(errors);
        }
        String format = JsonFields.text(root, "", "format", errors);
        if (format != null && !FORMAT.equals(format)) {
            errors.add(new FieldError("format", "must be " + FORMAT + ": this is not a file of PMO standards"));
        }
        int version = JsonFields.integer(root, "", "formatVersion", 0, true, errors);
        if (errors.isEmpty() && version != StandardsDocument.FORMAT_VERSION) {
            errors.add(new FieldError("formatVersion", "must be " + StandardsDocument.FORMAT_VERSION
                    + ": this file was written by another version of the app"));
        }
        JsonNode sets = JsonFields.array(root, "", "sets", StandardsDocument.MAX_SETS, errors);
        JsonNode alone = JsonFields.array(root, "", "standards", StandardsDocument.MAX_STANDARDS, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        // Counted before any standard is read, so a file of many small standards costs no more than the limit.
        int entries = alone == null ? 0 : alone.size();
        for (int i = 0; sets != null && i < sets.size(); i++) {
            JsonNode members = sets.get(i).get("standards");
            entries += members != null && members.isArray() ? members.size() : 0;
        }
        if (entries > StandardsDocument.MAX_STANDARDS) {
            throw ValidationFailed.of("standards", "the file has " + entries + " standards; at most "
                    + StandardsDocument.MAX_STANDARDS + " can be imported at once");
        }
        List<StandardsDocument.SetEntry> setEntries = new ArrayList<>();
        for (int i = 0; sets != null && i < sets.size(); i++) {
            StandardsDocument.SetEntry entry = set(sets.get(i), "sets[" + i + "]", errors);
            if (entry != null) {
                setEntries.add(entry);
            }
        }
        List<StandardDraft> standards = standards(alone, "standards", errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new StandardsDocument(setEntries, standards);
    }

    private static StandardsDocument.SetEntry set(JsonNode node, String path, List<FieldError> errors) {
        if (!JsonFields.object(node, path, errors)) {
            return null;
        }
        int before = errors.size();
        String name = JsonFields.text(node, path, "name", errors);
        String description = JsonFields.text(node, path, "description", errors);
        StandardsDocument.ScopeNames scope = StandardsDocument.ScopeNames.NONE;
        JsonNode scopeNode = node.get("scope");
        if (scopeNode != null && !scopeNode.isNull() && JsonFields.object(scopeNode, path + ".scope", errors)) {
            scope = new StandardsDocument.ScopeNames(names(scopeNode, path + ".scope", "portfolios", errors),
                    names(scopeNode, path + ".scope", "categories", errors),
                    names(scopeNode, path + ".scope", "projects", errors));
        }
        JsonNode members = JsonFields.array(node, path, "standards", StandardsDocument.MAX_STANDARDS, errors);
        List<StandardDraft> standards = standards(members, path + ".standards", errors);
        return errors.size() > before ? null
                : new StandardsDocument.SetEntry(name, description, scope, standards);
    }

    private static List<StandardDraft> standards(JsonNode array, String path, List<FieldError> errors) {
        List<StandardDraft> drafts = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            StandardDraft draft = StandardJson.read(array.get(i), path + "[" + i + "]", errors);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        return drafts;
    }

    private static List<String> names(JsonNode scope, String path, String name, List<FieldError> errors) {
        JsonNode array = JsonFields.array(scope, path, name, MAX_NAMES, errors);
        List<String> names = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            if (array.get(i).isTextual()) {
                names.add(array.get(i).textValue());
            } else {
                errors.add(new FieldError(path + "." + name + "[" + i + "]", "must be text"));
            }
        }
        return names;
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationFailed.of("file", "is empty: choose a file exported from PMO standards");
        }
        if (text.length() > MAX_CHARS) {
            throw ValidationFailed.of("file", "is larger than " + MAX_CHARS + " characters");
        }
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode root = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw ValidationFailed.of("file", "has more after the JSON object");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw ValidationFailed.of("file", "is nested more than " + MAX_NESTING + " levels deep, or has a number"
                    + " or name that is too long");
        } catch (JsonProcessingException e) {
            throw ValidationFailed.of("file", "is not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw ValidationFailed.of("file", "could not be read: " + e.getMessage());
        }
    }
}
