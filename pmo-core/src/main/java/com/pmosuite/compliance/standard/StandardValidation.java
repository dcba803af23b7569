package com.pmosuite.compliance.standard;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.JqlRunner;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The checks a standard's fields must pass, each problem reported under its path in the body
 * ({@code check.rule.parts[1].value}), every problem at once. A rule is measured (depth, clause count) before any
 * of its values is parsed, so a hostile rule costs no more than reading its first {@link Rule#MAX_CLAUSES} clauses.
 * Rule depth counts groups: a lone clause is depth 0, {@code all(clauses)} depth 1.
 */
public final class StandardValidation {
    /** Largest day count a check takes: ten years. */
    public static final int MAX_DAYS = 3650;
    /** Most issue type ids one check names. */
    public static final int MAX_ISSUE_TYPES = 50;
    /** Most values in one {@code in} / {@code not-in} list. */
    public static final int MAX_LIST_VALUES = 100;
    /** Largest SPI or CPI threshold: an index above 10 says nothing a threshold could use. */
    public static final BigDecimal MAX_INDEX = BigDecimal.TEN;

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,4})?");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern RELATIVE_DATE = Pattern.compile("[-+]?[0-9]{1,4}[dw]");
    private static final Pattern LEVEL = Pattern.compile("sub-task|standard|epic|[0-9]{1,2}");
    private static final Set<String> STATUS_CATEGORIES = Set.of("TODO", "IN_PROGRESS", "DONE");
    private static final Set<RuleOperator> ID_OPERATORS = EnumSet.of(RuleOperator.EQUALS, RuleOperator.NOT_EQUALS,
            RuleOperator.IN, RuleOperator.NOT_IN, RuleOperator.IS_EMPTY, RuleOperator.IS_NOT_EMPTY);
    private static final Set<RuleOperator> ORDERED_OPERATORS = EnumSet.of(RuleOperator.EQUALS,
            RuleOperator.NOT_EQUALS, RuleOperator.LESS_THAN, RuleOperator.GREATER_THAN, RuleOperator.IS_EMPTY,
            RuleOperator.IS_NOT_EMPTY);
    private static final int MAX_USER_KEY = 255;

    private StandardValidation() {
    }

    /**
     * Checks every field of a standard; returns it with its text trimmed, or {@code null} when errors were added.
     *
     * @param prefix the path of the standard in the body: {@code ""} for a body that is the standard,
     *               {@code "sets[0].standards[2]."} in an import
     */
    public static StandardDraft standard(String prefix, StandardDraft draft, JqlRunner jql, List<FieldError> errors) {
        int before = errors.size();
        String name = requiredText(prefix + "name", draft.name(), Standard.MAX_NAME, errors);
        String rationale = optionalText(prefix + "rationale", draft.rationale(), Standard.MAX_RATIONALE, errors);
        if (draft.severity() == null) {
            errors.add(new FieldError(prefix + "severity", "is required: " + Names.choices(
                    com.pmosuite.compliance.StandardSeverity.class)));
        }
        if (draft.weight() < Standard.MIN_WEIGHT || draft.weight() > Standard.MAX_WEIGHT) {
            errors.add(new FieldError(prefix + "weight", "must be a whole number from " + Standard.MIN_WEIGHT
                    + " to " + Standard.MAX_WEIGHT));
        }
        Check check = draft.check();
        if (check == null) {
            errors.add(new FieldError(prefix + "check", "is required: the one check this standard makes"));
        } else {
            check = check(prefix + "check", check, jql, errors);
        }
        return errors.size() > before ? null
                : new StandardDraft(name, rationale, draft.severity(), draft.weight(), draft.enabled(), check);
    }

    private static Check check(String path, Check check, JqlRunner jql, List<FieldError> errors) {
        switch (check) {
            case Check.ProjectDetails c -> {
                if (!c.lead() && !c.description() && !c.category()) {
                    errors.add(new FieldError(path, "ask for at least one of lead, description and category"));
                }
            }
            case Check.IssueDates c -> {
                issueTypes(path + ".issueTypeIds", c.issueTypeIds(), errors);
                if (!c.start() && !c.due()) {
                    errors.add(new FieldError(path, "ask for at least one of start and due"));
                }
            }
            case Check.NoOverdue c -> days(path + ".graceDays", c.graceDays(), errors);
            case Check.FieldSet c -> issueTypes(path + ".issueTypeIds", c.issueTypeIds(), errors);
            case Check.NoStaleWork c -> days(path + ".days", c.days(), errors);
            case Check.RiskReview c -> days(path + ".days", c.days(), errors);
            case Check.EvmIndices c -> {
                if (c.minSpi() == null && c.minCpi() == null) {
                    errors.add(new FieldError(path, "set at least one of minSpi and minCpi"));
                }
                BigDecimal spi = index(path + ".minSpi", c.minSpi(), errors);
                BigDecimal cpi = index(path + ".minCpi", c.minCpi(), errors);
                return new Check.EvmIndices(spi, cpi);
            }
            case Check.Condition c -> rule(path + ".rule", c.rule(), errors);
            case Check.Jql c -> {
                return jql(path + ".jql", c.jql(), jql, errors);
            }
            case Check.VersionDates c -> {
                // no parameters
            }
            case Check.RiskCare c -> {
                // the record requires its severity
            }
            case Check.PlanBaseline c -> {
                // no parameters
            }
        }
        return check;
    }

    private static Check jql(String path, String text, JqlRunner runner, List<FieldError> errors) {
        if (text.length() > Check.Jql.MAX_LENGTH) {
            errors.add(new FieldError(path, "must be at most " + Check.Jql.MAX_LENGTH + " characters"));
            return null;
        }
        String clean = Text.clean(text);
        if (clean == null) {
            errors.add(new FieldError(path, "is required: the JQL whose matches are violations"));
            return null;
        }
        int forbidden = Text.forbiddenCodePoint(clean);
        if (forbidden >= 0) {
            errors.add(new FieldError(path, Text.forbiddenMessage(forbidden)));
            return null;
        }
        List<String> problems = runner.problems(clean);
        problems.forEach(problem -> errors.add(new FieldError(path, problem)));
        return problems.isEmpty() ? new Check.Jql(clean) : null;
    }

    private static void days(String path, int days, List<FieldError> errors) {
        if (days < 0 || days > MAX_DAYS) {
            errors.add(new FieldError(path, "must be a whole number of days from 0 to " + MAX_DAYS));
        }
    }

    private static void issueTypes(String path, Set<String> ids, List<FieldError> errors) {
        if (ids.size() > MAX_ISSUE_TYPES) {
            errors.add(new FieldError(path, "at most " + MAX_ISSUE_TYPES + " issue types"));
            return;
        }
        for (String id : new TreeSet<>(ids)) {
            if (id == null || !ID.matcher(id).matches()) {
                errors.add(new FieldError(path, "must hold Jira issue type ids (digits), not " + quoted(id)));
            }
        }
    }

    private static BigDecimal index(String path, BigDecimal value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(MAX_INDEX) > 0) {
            errors.add(new FieldError(path, "must be between 0 and " + MAX_INDEX));
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 4) {
            errors.add(new FieldError(path, "must have at most four decimals"));
            return null;
        }
        return stripped.setScale(Math.max(2, stripped.scale()));
    }

    /** Checks a rule: first its size, then every clause; errors at {@code path}, {@code path.parts[i]...}. */
    public static void rule(String path, Rule rule, List<FieldError> errors) {
        Size size = new Size();
        if (!measure(rule, 0, size)) {
            errors.add(new FieldError(path, "is too large: at most " + Rule.MAX_CLAUSES + " conditions, groups"
                    + " nested at most " + Rule.MAX_DEPTH + " deep"));
            return;
        }
        walk(path, rule, errors);
    }

    private static final class Size {
        int clauses;
        int groups;
    }

    /** False as soon as the rule is too deep or too large; never walks more than the bounds allow. */
    private static boolean measure(Rule rule, int depth, Size size) {
        if (rule instanceof Rule.Clause) {
            return ++size.clauses <= Rule.MAX_CLAUSES;
        }
        if (depth >= Rule.MAX_DEPTH || ++size.groups > Rule.MAX_CLAUSES) {
            return false;
        }
        for (Rule part : parts(rule)) {
            if (!measure(part, depth + 1, size)) {
                return false;
            }
        }
        return true;
    }

    private static List<Rule> parts(Rule rule) {
        return switch (rule) {
            case Rule.All all -> all.parts();
            case Rule.Any any -> any.parts();
            case Rule.Clause clause -> List.of();
        };
    }

    private static void walk(String path, Rule rule, List<FieldError> errors) {
        if (rule instanceof Rule.Clause clause) {
            clause(path, clause, errors);
            return;
        }
        List<Rule> parts = parts(rule);
        if (parts.isEmpty()) {
            errors.add(new FieldError(path + ".parts", "a group needs at least one condition"));
        }
        for (int i = 0; i < parts.size(); i++) {
            walk(path + ".parts[" + i + "]", parts.get(i), errors);
        }
    }

    private static void clause(String path, Rule.Clause clause, List<FieldError> errors) {
        FactField field = clause.field();
        RuleOperator operator = clause.operator();
        Set<RuleOperator> fitting = field.kind() == FactField.Kind.ID ? ID_OPERATORS : ORDERED_OPERATORS;
        if (!fitting.contains(operator)) {
            errors.add(new FieldError(path + ".operator", Names.of(operator) + " does not apply to "
                    + Names.of(field) + "; use " + String.join(", ", fitting.stream().map(Names::of).toList())));
            return;
        }
        String value = clause.value();
        String at = path + ".value";
        if (operator == RuleOperator.IS_EMPTY || operator == RuleOperator.IS_NOT_EMPTY) {
            if (value != null && !value.isEmpty()) {
                errors.add(new FieldError(at, "must be empty for " + Names.of(operator)));
            }
            return;
        }
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(at, "is required for " + Names.of(operator)));
            return;
        }
        if (value.length() > Rule.MAX_VALUE_LENGTH) {
            errors.add(new FieldError(at, "must be at most " + Rule.MAX_VALUE_LENGTH + " characters"));
            return;
        }
        if (operator == RuleOperator.IN || operator == RuleOperator.NOT_IN) {
            String[] values = value.split(",", MAX_LIST_VALUES + 1);
            if (values.length > MAX_LIST_VALUES) {
                errors.add(new FieldError(at, "at most " + MAX_LIST_VALUES + " values"));
                return;
            }
            for (String one : values) {
                String problem = idProblem(field, one.strip());
                if (problem != null) {
                    errors.add(new FieldError(at, problem));
                    return;
                }
            }
            return;
        }
        String problem = switch (field.kind()) {
            case ID -> idProblem(field, value.strip());
            case DATE -> dateProblem(value.strip());
            case NUMBER -> NUMBER.matcher(value.strip()).matches() ? null
                    : "must be a number like 12 or 12.5 (at most 15 digits and 4 decimals), not " + quoted(value);
        };
        if (problem != null) {
            errors.add(new FieldError(at, problem));
        }
    }

    private static String idProblem(FactField field, String value) {
        if (value.isEmpty()) {
            return "has an empty value; separate values with single commas";
        }
        return switch (field) {
            case ISSUE_TYPE, SECURITY_LEVEL -> ID.matcher(value).matches() ? null
                    : "must be a Jira id (digits), not " + quoted(value);
            case STATUS_CATEGORY -> STATUS_CATEGORIES.contains(value) ? null
                    : "must be TODO, IN_PROGRESS or DONE, not " + quoted(value);
            case HIERARCHY_LEVEL -> LEVEL.matcher(value).matches() ? null
                    : "must be sub-task, standard, epic or a level number, not " + quoted(value);
            default -> value.length() > MAX_USER_KEY || Text.forbiddenCodePoint(value) >= 0
                    ? "must be a user key of at most " + MAX_USER_KEY + " characters" : null;
        };
    }

    private static String dateProblem(String value) {
        if (RELATIVE_DATE.matcher(value).matches()) {
            return null;
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                LocalDate.parse(value);
                return null;
            } catch (DateTimeParseException e) {
                return "is not a date in the calendar: " + quoted(value);
            }
        }
        return "must be a date like 2026-03-31 or relative to the scan's day like -14d or 2w, not " + quoted(value);
    }

    static String requiredText(String path, String value, int max, List<FieldError> errors) {
        String clean = optionalText(path, value, max, errors);
        if (clean == null && (value == null || Text.clean(value) == null)) {
            errors.add(new FieldError(path, "is required"));
        }
        return clean;
    }

    static String optionalText(String path, String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max * 2) {
            errors.add(new FieldError(path, "must be at most " + max + " characters"));
            return null;
        }
        String clean = Text.clean(value);
        if (clean == null) {
            return null;
        }
        if (clean.length() > max) {
            errors.add(new FieldError(path, "must be at most " + max + " characters"));
            return null;
        }
        int forbidden = Text.forbiddenCodePoint(clean);
        if (forbidden >= 0) {
            errors.add(new FieldError(path, Text.forbiddenMessage(forbidden)));
            return null;
        }
        return clean;
    }

    private static String quoted(String value) {
        if (value == null) {
            return "nothing";
        }
        return "\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
    }
}
