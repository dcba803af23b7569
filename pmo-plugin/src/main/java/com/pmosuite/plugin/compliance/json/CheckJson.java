package com.pmosuite.plugin.compliance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.compliance.standard.StandardValidation;
import com.pmosuite.risk.Severity;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.ValidationFailed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The JSON form of a {@link Check} and of a {@link Rule}: an object with a {@code type} naming the kind
 * ({@link Check#type()}; {@code all}, {@code any}, {@code clause} for rules) and the parameters as named fields, enums
 * in their API spelling ({@code story-points}, {@code less-than}). Reading never throws anything but
 * {@link ValidationFailed}, with every problem at its path ({@code check.rule.parts[1].operator}); an unknown type is
 * such a problem. A rule's nesting and size are bounded while it is read, before recursing, so a hostile body costs
 * no more than the bounds allow. Values are checked for their type here and for their meaning by
 * {@link StandardValidation}.
 */
public final class CheckJson {
    /** Kinds of check, by their {@code type}. */
    public static final List<String> TYPES = List.of("project-details", "issue-dates", "no-overdue", "field-set",
            "version-dates", "no-stale-work", "risk-review", "risk-care", "plan-baseline", "evm-indices", "condition",
            "jql");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,12})?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    // Stored parameters were written by this class: the bounds only guard against a damaged row.
    private static final ObjectMapper STORED = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(4 + 2 * Rule.MAX_DEPTH)
                    .maxNumberLength(40)
                    .build())
            .build());

    private CheckJson() {
    }

    /** The check's parameters as stored beside its {@link Check#type()}: the JSON object without its type. */
    public static String storedParameters(Check check) {
        ObjectNode node = write(check);
        node.remove("type");
        try {
            return STORED.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A check could not be written as JSON", e);
        }
    }

    /**
     * The check stored as a type and its parameters.
     *
     * @throws IllegalStateException when the stored text is no longer a valid check (a damaged row, not bad input)
     */
    public static Check fromStored(String type, String parameters) {
        try {
            JsonNode node = STORED.readTree(parameters == null ? "{}" : parameters);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalStateException("Stored check parameters are not a JSON object");
            }
            object.put("type", type);
            return read(object, "check");
        } catch (JsonProcessingException | ValidationFailed e) {
            throw new IllegalStateException("A stored " + type + " check cannot be read: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ writing

    public static ObjectNode write(Check check) {
        ObjectNode node = NODES.objectNode();
        node.put("type", check.type());
        switch (check) {
            case Check.ProjectDetails c -> node.put("lead", c.lead()).put("description", c.description())
                    .put("category", c.category());
            case Check.IssueDates c -> {
                ids(node, c.issueTypeIds());
                node.put("start", c.start()).put("due", c.due());
            }
            case Check.NoOverdue c -> node.put("graceDays", c.graceDays());
            case Check.FieldSet c -> {
                ids(node, c.issueTypeIds());
                node.put("field", Names.of(c.field()));
            }
            case Check.NoStaleWork c -> node.put("days", c.days());
            case Check.RiskReview c -> node.put("days", c.days());
            case Check.RiskCare c -> node.put("minimum", Names.of(c.minimum()));
            case Check.EvmIndices c -> node.put("minSpi", plain(c.minSpi())).put("minCpi", plain(c.minCpi()));
            case Check.Condition c -> node.set("rule", write(c.rule()));
            case Check.Jql c -> node.put("jql", c.jql());
            case Check.VersionDates c -> {
                // no parameters
            }
            case Check.PlanBaseline c -> {
                // no parameters
            }
        }
        return node;
    }

    public static ObjectNode write(Rule rule) {
        ObjectNode node = NODES.objectNode();
        switch (rule) {
            case Rule.All all -> {
                node.put("type", "all");
                ArrayNode parts = node.putArray("parts");
                all.parts().forEach(part -> parts.add(write(part)));
            }
            case Rule.Any any -> {
                node.put("type", "any");
                ArrayNode parts = node.putArray("parts");
                any.parts().forEach(part -> parts.add(write(part)));
            }
            case Rule.Clause clause -> {
                node.put("type", "clause");
                node.put("field", Names.of(clause.field()));
                node.put("operator", Names.of(clause.operator()));
                node.put("value", clause.value());
            }
        }
        return node;
    }

    private static void ids(ObjectNode node, Set<String> ids) {
        ArrayNode array = node.putArray("issueTypeIds");
        new TreeSet<>(ids).forEach(array::add);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a check.
     *
     * @param path where the check is in the body, e.g. {@code "check"}
     * @throws ValidationFailed with every problem found
     */
    public static Check read(JsonNode node, String path) {
        List<FieldError> errors = new ArrayList<>();
        Check check = read(node, path, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return check;
    }

    /** Reads a check, adding problems to {@code errors}; {@code null} when it has any. */
    public static Check read(JsonNode node, String path, List<FieldError> errors) {
        if (!JsonFields.object(node, path, errors)) {
            return null;
        }
        int before = errors.size();
        String type = JsonFields.text(node, path, "type", errors);
        if (type == null) {
            if (errors.size() == before) {
                errors.add(new FieldError(JsonFields.at(path, "type"), "is required: " + String.join(", ", TYPES)));
            }
            return null;
        }
        Check check = switch (type) {
            case "project-details" -> new Check.ProjectDetails(bool(node, path, "lead", errors),
                    bool(node, path, "description", errors), bool(node, path, "category", errors));
            case "issue-dates" -> new Check.IssueDates(issueTypes(node, path, errors),
                    bool(node, path, "start", errors), bool(node, path, "due", errors));
            case "no-overdue" -> new Check.NoOverdue(days(node, path, "graceDays", errors));
            case "field-set" -> {
                Set<String> ids = issueTypes(node, path, errors);
                FactField field = JsonFields.choice(node, path, "field", FactField.class, true, errors);
                yield field == null ? null : new Check.FieldSet(ids, field);
            }
            case "version-dates" -> new Check.VersionDates();
            case "no-stale-work" -> new Check.NoStaleWork(days(node, path, "days", errors));
            case "risk-review" -> new Check.RiskReview(days(node, path, "days", errors));
            case "risk-care" -> {
                Severity minimum = JsonFields.choice(node, path, "minimum", Severity.class, true, errors);
                yield minimum == null ? null : new Check.RiskCare(minimum);
            }
            case "plan-baseline" -> new Check.PlanBaseline();
            case "evm-indices" -> new Check.EvmIndices(decimal(node, path, "minSpi", errors),
                    decimal(node, path, "minCpi", errors));
            case "condition" -> {
                JsonNode rule = node.get("rule");
                if (rule == null || rule.isNull()) {
                    errors.add(new FieldError(JsonFields.at(path, "rule"), "is required: the condition"));
                    yield null;
                }
                Rule read = readRule(rule, JsonFields.at(path, "rule"), errors);
                yield read == null ? null : new Check.Condition(read);
            }
            case "jql" -> {
                String jql = JsonFields.text(node, path, "jql", errors);
                if (jql == null && errors.size() == before) {
                    errors.add(new FieldError(JsonFields.at(path, "jql"), "is required: the JQL"));
                }
                yield jql == null ? null : new Check.Jql(jql);
            }
            default -> {
                errors.add(new FieldError(JsonFields.at(path, "type"), "is not a kind of check; use one of "
                        + String.join(", ", TYPES)));
                yield null;
            }
        };
        return errors.size() > before ? null : check;
    }

    /**
     * Reads a rule, adding problems to {@code errors}; {@code null} when it has any. Groups deeper than
     * {@link Rule#MAX_DEPTH}, lists longer than {@link Rule#MAX_CLAUSES} and values longer than
     * {@link Rule#MAX_VALUE_LENGTH} are refused without reading further into them.
     */
    public static Rule readRule(JsonNode node, String path, List<FieldError> errors) {
        int before = errors.size();
        Rule rule = rule(node, path, 0, new int[1], errors);
        return errors.size() > before ? null : rule;
    }

    private static Rule rule(JsonNode node, String path, int depth, int[] seen, List<FieldError> errors) {
        if (!JsonFields.object(node, path, errors)) {
            return null;
        }
        if (++seen[0] > 2 * Rule.MAX_CLAUSES) {
            errors.add(new FieldError(path, "the rule has more than " + Rule.MAX_CLAUSES + " conditions"));
            return null;
        }
        String type = JsonFields.text(node, path, "type", errors);
        if ("clause".equals(type)) {
            return clause(node, path, errors);
        }
        if (!"all".equals(type) && !"any".equals(type)) {
            errors.add(new FieldError(JsonFields.at(path, "type"), "must be all, any or clause"));
            return null;
        }
        if (depth >= Rule.MAX_DEPTH) {
            errors.add(new FieldError(path, "groups are nested more than " + Rule.MAX_DEPTH + " deep"));
            return null;
        }
        JsonNode parts = JsonFields.array(node, path, "parts", Rule.MAX_CLAUSES, errors);
        if (parts == null) {
            if (!node.has("parts")) {
                errors.add(new FieldError(JsonFields.at(path, "parts"), "is required: the group's conditions"));
            }
            return null;
        }
        List<Rule> read = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Rule part = rule(parts.get(i), path + ".parts[" + i + "]", depth + 1, seen, errors);
            if (part != null) {
                read.add(part);
            }
            if (seen[0] > 2 * Rule.MAX_CLAUSES) {
                return null;
            }
        }
        return "all".equals(type) ? new Rule.All(read) : new Rule.Any(read);
    }

    private static Rule clause(JsonNode node, String path, List<FieldError> errors) {
        int before = errors.size();
        FactField field = JsonFields.choice(node, path, "field", FactField.class, true, errors);
        RuleOperator operator = JsonFields.choice(node, path, "operator", RuleOperator.class, true, errors);
        String value = JsonFields.text(node, path, "value", errors);
        if (value != null && value.length() > Rule.MAX_VALUE_LENGTH) {
            errors.add(new FieldError(JsonFields.at(path, "value"), "must be at most " + Rule.MAX_VALUE_LENGTH
                    + " characters"));
        }
        return errors.size() > before ? null : new Rule.Clause(field, operator, value);
    }

    private static boolean bool(JsonNode node, String path, String name, List<FieldError> errors) {
        return JsonFields.bool(node, path, name, false, errors);
    }

    private static int days(JsonNode node, String path, String name, List<FieldError> errors) {
        return JsonFields.integer(node, path, name, 0, true, errors);
    }

    private static Set<String> issueTypes(JsonNode node, String path, List<FieldError> errors) {
        JsonNode array = JsonFields.array(node, path, "issueTypeIds", StandardValidation.MAX_ISSUE_TYPES, errors);
        Set<String> ids = new HashSet<>();
        if (array == null) {
            return ids;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode id = array.get(i);
            if (id.isTextual() && id.textValue().length() <= 20) {
                ids.add(id.textValue());
            } else if (id.isIntegralNumber() && id.canConvertToLong()) {
                ids.add(String.valueOf(id.longValue()));
            } else {
                errors.add(new FieldError(JsonFields.at(path, "issueTypeIds") + "[" + i + "]",
                        "must be a Jira issue type id"));
            }
        }
        return ids;
    }

    private static BigDecimal decimal(JsonNode node, String path, String name, List<FieldError> errors) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isTextual() ? value.textValue().strip()
                : value.isNumber() && !value.isBigInteger() ? value.decimalValue().toPlainString() : null;
        if (text == null || text.length() > 16 || !DECIMAL.matcher(text).matches()) {
            errors.add(new FieldError(JsonFields.at(path, name), "must be a decimal like \"0.95\""));
            return null;
        }
        return new BigDecimal(text);
    }
}
