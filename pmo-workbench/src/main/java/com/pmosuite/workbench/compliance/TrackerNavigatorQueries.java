package com.pmosuite.workbench.compliance;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.NavigatorQueries;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.compliance.engine.InvalidCheck;
import com.pmosuite.compliance.engine.RuleCompiler;
import com.pmosuite.facts.StatusCategory;
import com.pmosuite.workbench.tracker.JqlException;
import com.pmosuite.workbench.tracker.JqlParser;
import com.pmosuite.workbench.tracker.JqlQuery;
import com.pmosuite.workbench.tracker.TrackerScheme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link NavigatorQueries} for the workbench: a rule written out in the JQL subset its own search runs
 * ({@link JqlParser}), reading the rule as the engine does: "is not" and "not in" also match an unset assignee or
 * resolution, a date is a day in the server's zone ({@code =} during it, {@code <} before it began, {@code >} after it
 * ended), and a relative date ({@code -14d}) is counted from today. Fields the workbench's search has no column for
 * (start, due, estimates, points, cost, security level, hierarchy level) give no query, and the reason says so.
 */
public final class TrackerNavigatorQueries implements NavigatorQueries {
    private static final Pattern RELATIVE = Pattern.compile("([+-]?)(\\d{1,5})([dw])");

    private final Clock clock;

    public TrackerNavigatorQueries(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public NavigatorQuery query(Check check, long projectId, String projectKey) {
        String project = "project = " + quoted(projectKey);
        return switch (check) {
            case Check.Condition condition -> rule(condition.rule(), project);
            case Check.Jql jql -> raw(jql.jql(), project);
            default -> NavigatorQuery.unavailable(NOT_AN_ISSUE_SEARCH);
        };
    }

    private NavigatorQuery rule(Rule rule, String project) {
        LocalDate today = LocalDate.now(clock);
        try {
            RuleCompiler.compile(rule, today, clock.getZone());
            String jql = project + " AND " + part(rule, today);
            // The navigator reads at most this much JQL; a longer link would only show its refusal.
            return jql.length() <= JqlParser.MAX_LENGTH ? NavigatorQuery.of(jql) : NavigatorQuery.unavailable(
                    "Written as JQL the rule is longer than the workbench's search reads ("
                            + JqlParser.MAX_LENGTH + " characters).");
        } catch (InvalidCheck | Unsayable refused) {
            return NavigatorQuery.unavailable(refused.getMessage());
        }
    }

    private static NavigatorQuery raw(String jql, String project) {
        try {
            JqlQuery parsed = JqlParser.parse(jql);
            if (!parsed.orderBy().isEmpty()) {
                return NavigatorQuery.unavailable("The navigator link leaves ORDER BY out: remove it from the JQL.");
            }
        } catch (JqlException e) {
            return NavigatorQuery.unavailable(e.getMessage());
        }
        String restricted = project + " AND (" + jql + ")";
        return restricted.length() <= JqlParser.MAX_LENGTH ? NavigatorQuery.of(restricted)
                : NavigatorQuery.unavailable("Restricted to the project the JQL is longer than the workbench's search "
                + "reads (" + JqlParser.MAX_LENGTH + " characters).");
    }

    private String part(Rule rule, LocalDate today) {
        return switch (rule) {
            case Rule.All all -> group(all.parts(), " AND ", today);
            case Rule.Any any -> group(any.parts(), " OR ", today);
            case Rule.Clause clause -> "(" + clause(clause, today) + ")";
        };
    }

    private String group(List<Rule> parts, String joint, LocalDate today) {
        List<String> said = new ArrayList<>();
        for (Rule part : parts) {
            said.add(part(part, today));
        }
        return "(" + String.join(joint, said) + ")";
    }

    private String clause(Rule.Clause clause, LocalDate today) {
        FactField field = clause.field();
        return switch (field) {
            case ISSUE_TYPE -> always(clause, "issuetype",
                    TrackerScheme.ISSUE_TYPES.stream().map(TrackerScheme.IssueType::id).toList());
            case STATUS_CATEGORY -> always(statusCategoryNames(clause), "statusCategory",
                    Arrays.stream(StatusCategory.values()).map(TrackerScheme::categoryName).toList());
            case ASSIGNEE -> optional(clause, "assignee");
            case CREATED, UPDATED, RESOLVED -> date(clause, field.name().toLowerCase(Locale.ROOT), today);
            default -> throw new Unsayable("The workbench's issue search has no field for "
                    + field.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "; Jira's issue navigator has.");
        };
    }

    /** A field every issue has: "empty" matches nothing and "not empty" everything, said with every value. */
    private static String always(Rule.Clause clause, String field, List<String> every) {
        List<String> values = values(clause, field, every);
        return switch (clause.operator()) {
            case EQUALS -> field + " = " + values.get(0);
            case NOT_EQUALS -> field + " != " + values.get(0);
            case IN, IS_NOT_EMPTY -> field + " in (" + String.join(", ", values) + ")";
            case NOT_IN, IS_EMPTY -> field + " not in (" + String.join(", ", values) + ")";
            default -> throw new Unsayable(field + " cannot be compared with " + clause.operator());
        };
    }

    /** The rule names categories as the facts do ({@code IN_PROGRESS}); JQL by the names Jira shows. */
    private static Rule.Clause statusCategoryNames(Rule.Clause clause) {
        if (clause.value() == null) {
            return clause;
        }
        List<String> names = new ArrayList<>();
        for (String value : clause.value().split(",")) {
            String wanted = value.strip();
            names.add(Arrays.stream(StatusCategory.values()).filter(c -> c.name().equalsIgnoreCase(wanted))
                    .findFirst().map(TrackerScheme::categoryName).orElse(wanted));
        }
        return new Rule.Clause(clause.field(), clause.operator(), String.join(",", names));
    }

    /** A field that may be unset: "is not" and "not in" match the unset ones too, as the engine reads them. */
    private static String optional(Rule.Clause clause, String field) {
        return switch (clause.operator()) {
            case IS_EMPTY -> field + " is EMPTY";
            case IS_NOT_EMPTY -> field + " is not EMPTY";
            case EQUALS -> field + " = " + values(clause, field, List.of()).get(0);
            case NOT_EQUALS -> field + " != " + values(clause, field, List.of()).get(0) + " OR " + field + " is EMPTY";
            case IN -> field + " in (" + String.join(", ", values(clause, field, List.of())) + ")";
            case NOT_IN -> field + " not in (" + String.join(", ", values(clause, field, List.of())) + ") OR "
                    + field + " is EMPTY";
            default -> throw new Unsayable(field + " cannot be compared with " + clause.operator());
        };
    }

    private String date(Rule.Clause clause, String field, LocalDate today) {
        boolean mayBeUnset = field.equals("resolved");
        if (clause.operator() == RuleOperator.IS_EMPTY
                || clause.operator() == RuleOperator.IS_NOT_EMPTY) {
            if (!mayBeUnset) {
                throw new Unsayable("Every issue has a " + field + " date; the workbench's search cannot say "
                        + "\"is empty\" of it.");
            }
            return field + (clause.operator() == RuleOperator.IS_EMPTY ? " is EMPTY"
                    : " is not EMPTY");
        }
        LocalDate day = day(clause.value().strip(), today);
        String from = quoted(day.toString());
        String to = quoted(day.plusDays(1).toString());
        return switch (clause.operator()) {
            case EQUALS -> field + " >= " + from + " AND " + field + " < " + to;
            case NOT_EQUALS -> field + " < " + from + " OR " + field + " >= " + to
                    + (mayBeUnset ? " OR " + field + " is EMPTY" : "");
            case LESS_THAN -> field + " < " + from;
            case GREATER_THAN -> field + " >= " + to;
            default -> throw new Unsayable(field + " cannot be compared with " + clause.operator());
        };
    }

    /** The rule's values, quoted; "is (not) empty" of an always-set field takes every value there is. */
    private static List<String> values(Rule.Clause clause, String field, List<String> every) {
        if (clause.value() == null) {
            return every.stream().map(TrackerNavigatorQueries::quoted).toList();
        }
        return Arrays.stream(clause.value().split(",")).map(String::strip).filter(v -> !v.isEmpty())
                .map(TrackerNavigatorQueries::quoted).toList();
    }

    private static LocalDate day(String value, LocalDate today) {
        Matcher relative = RELATIVE.matcher(value);
        if (relative.matches()) {
            long amount = Long.parseLong(relative.group(2)) * (relative.group(3).equals("w") ? 7 : 1);
            return today.plusDays(relative.group(1).equals("-") ? -amount : amount);
        }
        return LocalDate.parse(value.replace('/', '-'));
    }

    /** A JQL string: quotes and backslashes escaped, as the parser reads them. */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A rule the workbench's JQL subset cannot say. */
    private static final class Unsayable extends RuntimeException {
        Unsayable(String message) {
            super(message, null, false, false);
        }
    }
}
