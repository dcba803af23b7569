package com.pmosuite.plugin.compliance.jira;

import com.atlassian.jira.jql.builder.JqlClauseBuilder;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.query.Query;
import com.atlassian.query.operator.Operator;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.FieldMapping.Role;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.shared.ValidationFailed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a compliance {@link Rule} into the Jira {@link Query} that finds the same issues, built clause by clause with
 * {@link JqlQueryBuilder} (never by joining JQL text), for "open these issues in Jira's issue navigator" links and
 * a live count inside Jira.
 *
 * <p>How the rule's terms read in JQL:
 * <ul>
 *   <li>An unset field never matches {@code LESS_THAN}/{@code GREATER_THAN} but does match {@code NOT_EQUALS} and
 *       {@code NOT_IN} (JQL's {@code !=} skips empty values, so {@code OR field IS EMPTY} is added for fields that
 *       may be unset).</li>
 *   <li>A date value is a day ({@code yyyy-MM-dd}, or {@code -14d}/{@code 2w} from today as
 *       {@code startOfDay("-14d")}): {@code EQUALS} is "during that day", {@code LESS_THAN} "before it began",
 *       {@code GREATER_THAN} "after it ended"; days are in the searcher's time zone, as Jira reads them.</li>
 *   <li>Estimates and time spent are seconds in the rule and whole minutes in JQL ({@code 5400} → {@code 90m}).</li>
 *   <li>Hierarchy levels are issue types: sub-tasks are {@code subTaskIssueTypes()}, levels from epic up are the
 *       issue types the {@link FieldMapping} puts there, standard is every other non-sub-task type, as the facts
 *       reader decides. A level no issue type has matches nothing.</li>
 *   <li>An assignee is stored as a user key; JQL names users, so the key is looked up.</li>
 * </ul>
 * A rule that cannot be said in JQL (an unmapped custom field, an unknown user, a value in the wrong form) is a
 * {@link ValidationFailed} whose field paths start at {@code rule} ({@code rule.parts[1].value}), a 400 for the caller.
 */
public final class RuleJql {
    /** Relative days in a rule: a sign, a count and days or weeks, as JQL writes them. */
    private static final Pattern RELATIVE_DAY = Pattern.compile("([+-]?)([0-9]{1,5})([dw])");
    private static final Pattern ISO_DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,9})?");
    private static final Pattern LEVEL_NUMBER = Pattern.compile("[0-9]{1,2}");
    private static final String ISSUE_TYPE = "issuetype";
    /** Every clause in a group of its own at every level would be this many nodes; more is not a real rule. */
    private static final int MAX_NODES = Rule.MAX_CLAUSES * Rule.MAX_DEPTH;

    private final Supplier<JqlQueryBuilder> builders;
    private final Supplier<FieldMapping> mapping;
    private final UserManager users;

    /**
     * @param builders a new builder for each query: {@code JqlQueryBuilder::newBuilder} in Jira
     * @param mapping  the current field mapping (custom fields and issue type levels), as the facts reader takes it
     * @param users    to name the users whose keys the rule holds
     */
    public RuleJql(Supplier<JqlQueryBuilder> builders, Supplier<FieldMapping> mapping, UserManager users) {
        this.builders = Objects.requireNonNull(builders, "builders");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.users = Objects.requireNonNull(users, "users");
    }

    /** The issues of every project matching the rule. */
    public Query query(Rule rule) {
        return build(rule, null);
    }

    /** The issues of one project matching the rule. */
    public Query query(Rule rule, long projectId) {
        if (projectId < 1) {
            throw new IllegalArgumentException("not a project id: " + projectId);
        }
        return build(rule, projectId);
    }

    private Query build(Rule rule, Long projectId) {
        Objects.requireNonNull(rule, "rule");
        checkSize(rule);
        FieldMapping current = Objects.requireNonNull(mapping.get(), "field mapping");
        JqlClauseBuilder where = builders.get().where();
        boolean everything = rule instanceof Rule.All all && all.parts().isEmpty();
        if (projectId != null) {
            where.project(projectId);
            if (!everything) {
                where.and();
            }
        }
        if (!everything) {
            new Clauses(where, current).rule(rule, "rule");
        }
        return where.buildQuery();
    }

    /**
     * The core bounds a rule when it is saved; a rule from elsewhere is bounded here before it is walked: its depth,
     * its clauses, and (so empty groups cannot pile up) its nodes.
     */
    private static void checkSize(Rule rule) {
        int[] counts = {0, 0};
        checkSize(rule, 1, counts);
    }

    private static void checkSize(Rule rule, int depth, int[] counts) {
        if (depth > Rule.MAX_DEPTH) {
            throw ValidationFailed.of("rule", "nested more than " + Rule.MAX_DEPTH + " deep");
        }
        if (++counts[1] > MAX_NODES) {
            throw ValidationFailed.of("rule", "more than " + MAX_NODES + " clauses and groups");
        }
        List<Rule> parts = switch (rule) {
            case Rule.All all -> all.parts();
            case Rule.Any any -> any.parts();
            case Rule.Clause clause -> {
                if (++counts[0] > Rule.MAX_CLAUSES) {
                    throw ValidationFailed.of("rule", "more than " + Rule.MAX_CLAUSES + " clauses");
                }
                if (clause.value() != null && clause.value().length() > Rule.MAX_VALUE_LENGTH) {
                    throw ValidationFailed.of("rule", "a value is longer than " + Rule.MAX_VALUE_LENGTH + " characters");
                }
                yield List.of();
            }
        };
        if (parts.size() > MAX_NODES) {
            throw ValidationFailed.of("rule", "more than " + MAX_NODES + " clauses and groups");
        }
        for (Rule part : parts) {
            checkSize(part, depth + 1, counts);
        }
    }

    /** Writes one rule into one where-clause builder; every rule adds exactly one term (bracketed if compound). */
    private final class Clauses {
        private final JqlClauseBuilder where;
        private final FieldMapping current;

        Clauses(JqlClauseBuilder where, FieldMapping current) {
            this.where = where;
            this.current = current;
        }

        void rule(Rule rule, String path) {
            switch (rule) {
                case Rule.All all -> group(all.parts(), true, path);
                case Rule.Any any -> group(any.parts(), false, path);
                case Rule.Clause clause -> clause(clause, path);
            }
        }

        private void group(List<Rule> parts, boolean all, String path) {
            if (parts.isEmpty()) {
                if (all) {
                    always();
                } else {
                    never();
                }
                return;
            }
            if (parts.size() == 1) {
                rule(parts.getFirst(), path + ".parts[0]");
                return;
            }
            where.sub();
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    if (all) {
                        where.and();
                    } else {
                        where.or();
                    }
                }
                rule(parts.get(i), path + ".parts[" + i + "]");
            }
            where.endsub();
        }

        private void clause(Rule.Clause clause, String path) {
            FactField field = clause.field();
            RuleOperator operator = clause.operator();
            if (operator == RuleOperator.IS_EMPTY || operator == RuleOperator.IS_NOT_EMPTY) {
                emptiness(field, operator == RuleOperator.IS_EMPTY, path);
                return;
            }
            String value = clause.value();
            if (value == null || value.isBlank()) {
                throw ValidationFailed.of(path + ".value", "a value is needed for " + operator);
            }
            switch (field.kind()) {
                case ID -> idClause(field, operator, value.strip(), path);
                case DATE -> dateClause(field, operator, value.strip(), path);
                case NUMBER -> numberClause(field, operator, value.strip(), path);
            }
        }

        private void emptiness(FactField field, boolean empty, String path) {
            if (alwaysSet(field)) {
                if (empty) {
                    never();
                } else {
                    always();
                }
                return;
            }
            String name = jqlName(field, path);
            if (!empty) {
                where.not();
            }
            where.addEmptyCondition(name);
        }

        // --- ID fields

        private void idClause(FactField field, RuleOperator operator, String value, String path) {
            if (operator == RuleOperator.LESS_THAN || operator == RuleOperator.GREATER_THAN) {
                throw ValidationFailed.of(path + ".operator", operator + " applies to dates and numbers, not to " + field);
            }
            boolean list = operator == RuleOperator.IN || operator == RuleOperator.NOT_IN;
            boolean positive = operator == RuleOperator.EQUALS || operator == RuleOperator.IN;
            List<String> values = list ? splitList(value, path) : List.of(value);
            if (field == FactField.HIERARCHY_LEVEL) {
                levels(values, positive, path);
                return;
            }
            Operator jqlOperator = switch (operator) {
                case EQUALS -> Operator.EQUALS;
                case NOT_EQUALS -> Operator.NOT_EQUALS;
                case IN -> Operator.IN;
                default -> Operator.NOT_IN;
            };
            boolean orEmpty = !positive && !alwaysSet(field);
            if (orEmpty) {
                where.sub();
            }
            String name = jqlName(field, path);
            switch (field) {
                case ISSUE_TYPE, SECURITY_LEVEL -> {
                    // A number operand makes Jira resolve it as an id first (a string would be tried as a name).
                    List<Long> ids = values.stream().map(v -> id(v, path)).toList();
                    if (list) {
                        where.addNumberCondition(name, jqlOperator, ids.toArray(Long[]::new));
                    } else {
                        where.addNumberCondition(name, jqlOperator, ids.getFirst());
                    }
                }
                case STATUS_CATEGORY -> strings(name, jqlOperator, list,
                        values.stream().map(v -> statusCategoryName(v, path)).toList());
                case ASSIGNEE -> strings(name, jqlOperator, list,
                        values.stream().map(v -> userName(v, path)).toList());
                default -> throw new IllegalStateException("not an id field: " + field);
            }
            if (orEmpty) {
                where.or().addEmptyCondition(name).endsub();
            }
        }

        private void strings(String name, Operator operator, boolean list, List<String> values) {
            if (list) {
                where.addStringCondition(name, operator, values.toArray(String[]::new));
            } else {
                where.addStringCondition(name, operator, values.getFirst());
            }
        }

        /** Issue types by hierarchy level, as {@code JiraIssueFactReader} assigns levels. */
        private void levels(List<String> values, boolean positive, String path) {
            List<Integer> levels = values.stream().map(v -> parseLevel(v, path)).distinct().toList();
            if (!positive) {
                where.not().sub();
            }
            if (levels.size() > 1) {
                where.sub();
            }
            for (int i = 0; i < levels.size(); i++) {
                if (i > 0) {
                    where.or();
                }
                level(levels.get(i));
            }
            if (levels.size() > 1) {
                where.endsub();
            }
            if (!positive) {
                where.endsub();
            }
        }

        private void level(int level) {
            if (level == IssueFact.SUB_TASK) {
                where.issueTypeIsSubtask();
            } else if (level == IssueFact.STANDARD) {
                Long[] levelled = typesAt(null);
                if (levelled.length == 0) {
                    where.issueTypeIsStandard();
                } else {
                    where.sub().issueTypeIsStandard().and()
                            .addNumberCondition(ISSUE_TYPE, Operator.NOT_IN, levelled).endsub();
                }
            } else {
                Long[] types = typesAt(level);
                if (types.length == 0) {
                    never();
                } else {
                    where.addNumberCondition(ISSUE_TYPE, Operator.IN, types);
                }
            }
        }

        /** The mapped issue types at this level (every mapped one for {@code null}), in id order. */
        private Long[] typesAt(Integer level) {
            return current.issueTypeLevels().entrySet().stream()
                    .filter(e -> level == null || e.getValue().equals(level))
                    .map(e -> Long.valueOf(e.getKey()))
                    .sorted()
                    .toArray(Long[]::new);
        }

        // --- dates

        private void dateClause(FactField field, RuleOperator operator, String value, String path) {
            if (operator == RuleOperator.IN || operator == RuleOperator.NOT_IN) {
                throw ValidationFailed.of(path + ".operator", operator + " applies to ids, not to " + field);
            }
            Day day = day(value, path);
            String name = jqlName(field, path);
            switch (operator) {
                case LESS_THAN -> dayStart(name, Operator.LESS_THAN, day);
                case GREATER_THAN -> dayStart(name, Operator.GREATER_THAN_EQUALS, day.next());
                case EQUALS -> {
                    where.sub();
                    dayStart(name, Operator.GREATER_THAN_EQUALS, day);
                    where.and();
                    dayStart(name, Operator.LESS_THAN, day.next());
                    where.endsub();
                }
                default -> {
                    where.sub();
                    dayStart(name, Operator.LESS_THAN, day);
                    where.or();
                    dayStart(name, Operator.GREATER_THAN_EQUALS, day.next());
                    if (!alwaysSet(field)) {
                        where.or().addEmptyCondition(name);
                    }
                    where.endsub();
                }
            }
        }

        /** {@code name operator <midnight starting the day>}. */
        private void dayStart(String name, Operator operator, Day day) {
            if (day.date() != null) {
                where.addStringCondition(name, operator, day.date().toString());
            } else if (day.offsetDays() == 0) {
                where.addFunctionCondition(name, operator, "startOfDay");
            } else {
                where.addFunctionCondition(name, operator, "startOfDay",
                        (day.offsetDays() > 0 ? "+" : "") + day.offsetDays() + "d");
            }
        }

        // --- numbers

        private void numberClause(FactField field, RuleOperator operator, String value, String path) {
            if (operator == RuleOperator.IN || operator == RuleOperator.NOT_IN) {
                throw ValidationFailed.of(path + ".operator", operator + " applies to ids, not to " + field);
            }
            if (!DECIMAL.matcher(value).matches()) {
                throw ValidationFailed.of(path + ".value", "not a number in plain decimal notation: " + shortened(value));
            }
            String jqlValue = switch (field) {
                case ORIGINAL_ESTIMATE, REMAINING_ESTIMATE, TIME_SPENT -> minutes(new BigDecimal(value), path);
                default -> new BigDecimal(value).toPlainString();
            };
            String name = jqlName(field, path);
            Operator jqlOperator = switch (operator) {
                case EQUALS -> Operator.EQUALS;
                case NOT_EQUALS -> Operator.NOT_EQUALS;
                case LESS_THAN -> Operator.LESS_THAN;
                default -> Operator.GREATER_THAN;
            };
            if (operator == RuleOperator.NOT_EQUALS) {
                where.sub().addStringCondition(name, jqlOperator, jqlValue).or().addEmptyCondition(name).endsub();
            } else {
                where.addStringCondition(name, jqlOperator, jqlValue);
            }
        }

        // --- always / never

        /**
         * A term no issue matches: an issue type is either a sub-task type or a standard one, never both. Built from
         * two of JQL's own functions, so it is valid JQL on every Jira whatever its fields.
         */
        private void never() {
            where.sub().issueTypeIsSubtask().and().issueTypeIsStandard().endsub();
        }

        /** A term every issue matches. */
        private void always() {
            where.not();
            never();
        }

        private String jqlName(FactField field, String path) {
            return switch (field) {
                case ISSUE_TYPE, HIERARCHY_LEVEL -> ISSUE_TYPE;
                case STATUS_CATEGORY -> "statusCategory";
                case ASSIGNEE -> "assignee";
                case SECURITY_LEVEL -> "level";
                case CREATED -> "created";
                case UPDATED -> "updated";
                case RESOLVED -> "resolved";
                case DUE -> "duedate";
                case ORIGINAL_ESTIMATE -> "originalEstimate";
                case REMAINING_ESTIMATE -> "remainingEstimate";
                case TIME_SPENT -> "timeSpent";
                case START -> customField(Role.START_DATE, field, path);
                case STORY_POINTS -> customField(Role.STORY_POINTS, field, path);
                case ACTUAL_COST -> customField(Role.ACTUAL_COST, field, path);
            };
        }

        /** JQL names custom field {@code customfield_10002} as {@code cf[10002]}. */
        private String customField(Role role, FactField field, String path) {
            String id = current.fieldId(role).orElseThrow(() -> ValidationFailed.of(path + ".field",
                    field + " has no Jira field mapped to it (Issue facts admin page), so Jira cannot search it"));
            return "cf[" + id.substring("customfield_".length()) + "]";
        }

        private String userName(String key, String path) {
            ApplicationUser user = users.getUserByKey(key);
            if (user == null || user.getUsername() == null) {
                throw ValidationFailed.of(path + ".value", "no Jira user has the key " + shortened(key));
            }
            return user.getUsername();
        }
    }

    private static boolean alwaysSet(FactField field) {
        return switch (field) {
            case ISSUE_TYPE, HIERARCHY_LEVEL, STATUS_CATEGORY, CREATED, UPDATED -> true;
            default -> false;
        };
    }

    private static List<String> splitList(String value, String path) {
        Set<String> values = new LinkedHashSet<>();
        for (String part : value.split(",", -1)) {
            if (part.isBlank()) {
                throw ValidationFailed.of(path + ".value", "an empty value in the list");
            }
            values.add(part.strip());
        }
        return new ArrayList<>(values);
    }

    private static Long id(String value, String path) {
        if (!ID.matcher(value).matches()) {
            throw ValidationFailed.of(path + ".value", "not a Jira id: " + shortened(value));
        }
        return Long.valueOf(value);
    }

    /** The names Jira gives its three status categories, which JQL's {@code statusCategory} takes. */
    private static String statusCategoryName(String value, String path) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "TODO" -> "To Do";
            case "IN_PROGRESS" -> "In Progress";
            case "DONE" -> "Done";
            default -> throw ValidationFailed.of(path + ".value",
                    "not a status category (TODO, IN_PROGRESS, DONE): " + shortened(value));
        };
    }

    private static int parseLevel(String value, String path) {
        String level = value.toLowerCase(Locale.ROOT);
        switch (level) {
            case "sub-task":
                return IssueFact.SUB_TASK;
            case "standard":
                return IssueFact.STANDARD;
            case "epic":
                return IssueFact.EPIC;
            default:
                if (LEVEL_NUMBER.matcher(level).matches()) {
                    int number = Integer.parseInt(level);
                    if (number >= IssueFact.EPIC && number <= FieldMapping.MAX_LEVEL) {
                        return number;
                    }
                }
                throw ValidationFailed.of(path + ".value", "not a hierarchy level (sub-task, standard, epic or "
                        + IssueFact.EPIC + ".." + FieldMapping.MAX_LEVEL + "): " + shortened(value));
        }
    }

    /** Seconds as JQL's whole minutes; Jira's time tracking keeps minutes, so other values are refused. */
    private static String minutes(BigDecimal seconds, String path) {
        if (seconds.signum() < 0 || seconds.stripTrailingZeros().scale() > 0
                || seconds.remainder(BigDecimal.valueOf(60)).signum() != 0) {
            throw ValidationFailed.of(path + ".value",
                    "JQL compares times in whole minutes: give a whole number of minutes in seconds, not " + seconds);
        }
        return seconds.divide(BigDecimal.valueOf(60)).toBigInteger() + "m";
    }

    private static Day day(String value, String path) {
        if (ISO_DAY.matcher(value).matches()) {
            try {
                return new Day(LocalDate.parse(value), 0);
            } catch (DateTimeParseException e) {
                throw ValidationFailed.of(path + ".value", "not a date: " + value);
            }
        }
        Matcher relative = RELATIVE_DAY.matcher(value);
        if (relative.matches()) {
            int count = Integer.parseInt(relative.group(2)) * (relative.group(3).equals("w") ? 7 : 1);
            return new Day(null, relative.group(1).equals("-") ? -count : count);
        }
        throw ValidationFailed.of(path + ".value",
                "not a date (yyyy-MM-dd) or a number of days or weeks from today (-14d, 2w): " + shortened(value));
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    /** A day: a calendar date, or so many days from today. */
    private record Day(LocalDate date, int offsetDays) {
        Day next() {
            return date != null ? new Day(date.plusDays(1), 0) : new Day(null, offsetDays + 1);
        }
    }
}
