package com.pmosuite.workbench.tracker;

import com.pmosuite.facts.StatusCategory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.tracker.JqlQuery.And;
import com.pmosuite.workbench.tracker.JqlQuery.Clause;
import com.pmosuite.workbench.tracker.JqlQuery.Or;
import com.pmosuite.workbench.tracker.JqlQuery.Sort;
import com.pmosuite.workbench.tracker.JqlQuery.Terminal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link JqlQuery} into a SQL condition and order over {@code WB_ISSUE}, resolving names to ids the way
 * Jira does (a project, issue type, status, user or issue that does not exist, or that the reader may not see, is
 * a 400 naming the value). Fields and operators outside the workbench's subset are a 400 naming the clause.
 */
public final class JqlSql {

    /** What translating needs to look up, as the reader sees it. */
    public interface Lookups {
        /** A project the reader may browse, by key or id. */
        Optional<WorkbenchProject> project(String keyOrId);

        /** An issue the reader may see, by key or id. */
        Optional<TrackerIssue> issue(String keyOrId);

        /** A user's key, by username or key. */
        Optional<String> userKey(String usernameOrKey);

        /** The reader's time zone, in which JQL dates are read. */
        ZoneId zone();

        /** Every project, for sorting by key. */
        List<WorkbenchProject> projects();

        /** The moment relative dates ({@code -14d}) count from. */
        Instant now();
    }

    /** A condition with its bound values, and an order. */
    public record Sql(String where, List<Object> parameters, String orderBy) {
    }

    private static final Pattern ISSUE_ID = Pattern.compile("\\d{1,19}");
    // JQL's periods: "-14d", "2w", "-1w 2d", "4h 30m" (weeks of 7 days, days of 24 hours, as JQL counts them).
    private static final Pattern PERIOD = Pattern.compile("([-+]?)((?:\\d{1,6}[wdhm]\\s*){1,4})");
    private static final Pattern PERIOD_PART = Pattern.compile("(\\d{1,6})([wdhm])");
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"), DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd"), DateTimeFormatter.ofPattern("yyyy/MM/dd"));
    private static final Map<String, String> DATE_COLUMNS = Map.of("updated", "UPDATED", "updateddate", "UPDATED",
            "created", "CREATED", "createddate", "CREATED", "resolved", "RESOLVED", "resolutiondate", "RESOLVED");

    private static final Set<String> FIELDS = Set.of("project", "id", "key", "issuekey", "issue", "issuetype", "type",
            "status", "statuscategory", "resolution", "parent", "epic link", "cf[10100]", "assignee", "updated",
            "updateddate", "created", "createddate", "resolved", "resolutiondate");
    private static final Set<String> SORT_FIELDS = Set.of("id", "key", "issuekey", "created", "updated");
    // Jira's system fields (Jira 11's JQL reference), so a message can say that Jira runs a clause on them.
    private static final Set<String> JIRA_FIELDS = Set.of("affectedversion", "approvals", "attachments", "category",
            "comment", "component", "creator", "customfield", "description", "due", "duedate", "environment",
            "filter", "fixversion", "issuelink", "issuelinktype", "labels", "lastviewed", "level", "originalestimate",
            "timeoriginalestimate", "priority", "projecttype", "remainingestimate", "timeestimate", "reporter",
            "request-channel-type", "request-last-activity-time", "resolution", "sprint", "summary", "text",
            "timespent", "voter", "votes", "watcher", "watchers", "worklogauthor", "worklogcomment", "worklogdate",
            "workratio", "rank", "epic name", "epic status", "story points", "start date", "team");

    private final Lookups lookups;
    private final List<Object> parameters = new ArrayList<>();

    private JqlSql(Lookups lookups) {
        this.lookups = lookups;
    }

    /**
     * Everything that keeps a surveyed query from running here, each in words a PMO admin can act on: the parts of
     * JQL the subset leaves out (fields, operators on a field, functions, history operators, {@code NOT}, orders),
     * and values that do not exist. Empty when the query runs.
     */
    public static List<String> problems(JqlParser.Survey survey, Lookups lookups) {
        List<String> problems = new ArrayList<>();
        survey.unrunnable().forEach(part -> problems.add(part.message()));
        for (String field : survey.fieldsNotTried()) {
            if (!FIELDS.contains(field.toLowerCase(Locale.ROOT))) {
                problems.add(fieldOutsideSubset(field).message());
            }
        }
        JqlQuery query = survey.query();
        if (query.where() != null) {
            for (Terminal terminal : terminals(query.where(), new ArrayList<>())) {
                try {
                    new JqlSql(lookups).terminal(terminal);
                } catch (JqlException e) {
                    problems.add(e.unrunnable().map(JqlException.Unrunnable::message).orElse(e.getMessage()));
                }
            }
        }
        for (Sort sort : query.orderBy()) {
            if (!SORT_FIELDS.contains(sort.field().toLowerCase(Locale.ROOT))) {
                problems.add(new JqlException.Unrunnable("ordering by '" + sort.field() + "'", true, 0).message());
            }
        }
        return problems.stream().distinct().toList();
    }

    private static List<Terminal> terminals(Clause clause, List<Terminal> into) {
        switch (clause) {
            case And and -> and.clauses().forEach(part -> terminals(part, into));
            case Or or -> or.clauses().forEach(part -> terminals(part, into));
            case Terminal terminal -> into.add(terminal);
        }
        return into;
    }

    private static JqlException.Unrunnable fieldOutsideSubset(String field) {
        return new JqlException.Unrunnable("the field '" + field + "'",
                JIRA_FIELDS.contains(field.toLowerCase(Locale.ROOT)), 0);
    }

    public static Sql translate(JqlQuery query, Lookups lookups) {
        JqlSql sql = new JqlSql(lookups);
        String where = query.where() == null ? "1 = 1" : sql.clause(query.where());
        return new Sql(where, List.copyOf(sql.parameters), sql.orderBy(query.orderBy()));
    }

    private String clause(Clause clause) {
        return switch (clause) {
            case And and -> join(and.clauses(), " AND ");
            case Or or -> join(or.clauses(), " OR ");
            case Terminal terminal -> terminal(terminal);
        };
    }

    private String join(List<Clause> clauses, String operator) {
        List<String> parts = new ArrayList<>();
        for (Clause part : clauses) {
            parts.add("(" + clause(part) + ")");
        }
        return String.join(operator, parts);
    }

    private String terminal(Terminal t) {
        String field = t.field().toLowerCase(Locale.ROOT);
        return switch (field) {
            case "project" -> listed(t, "PROJECT_ID", value -> lookups.project(value).map(WorkbenchProject::id)
                    .orElseThrow(() -> noSuchValue(value, "project")));
            case "id" -> ordered(t, "ID", value -> issueId(value, t));
            case "key", "issuekey", "issue" -> listed(t, "ID", value -> lookups.issue(value).map(TrackerIssue::id)
                    .orElseThrow(() -> noSuchIssue(value, t.field())));
            case "issuetype", "type" -> listed(t, "TYPE_ID", value -> TrackerScheme.issueType(value)
                    .orElseThrow(() -> noSuchValue(value, "issuetype")).id());
            case "status" -> listed(t, "STATUS_ID", value -> TrackerScheme.status(value)
                    .orElseThrow(() -> noSuchValue(value, "status")).id());
            case "statuscategory" -> listed(t, "STATUS_CATEGORY", value -> TrackerScheme.category(value)
                    .map(StatusCategory::jiraKey).orElseThrow(() -> noSuchValue(value, "statusCategory")));
            case "resolution" -> emptiness(t, "RESOLVED");
            case "parent" -> listed(t, "PARENT_ID", value -> lookups.issue(value).map(TrackerIssue::id)
                    .orElseThrow(() -> noSuchIssue(value, "parent")));
            case "epic link", "cf[10100]" -> t.isEmptyOperand() ? emptiness(t, "EPIC_LINK_ID")
                    : listed(t, "EPIC_LINK_ID", value -> lookups.issue(value).map(TrackerIssue::id)
                    .orElseThrow(() -> noSuchIssue(value, "Epic Link")));
            case "assignee" -> t.isEmptyOperand() ? emptiness(t, "ASSIGNEE")
                    : listed(t, "ASSIGNEE", value -> lookups.userKey(value)
                    .orElseThrow(() -> noSuchValue(value, "assignee")));
            default -> {
                String column = DATE_COLUMNS.get(field);
                if (column == null) {
                    throw unsupported(t);
                }
                yield t.isEmptyOperand() && column.equals("RESOLVED") ? emptiness(t, column) : date(t, column);
            }
        };
    }

    /** {@code =, !=, in, not in} over resolved values. */
    private String listed(Terminal t, String column, Function<String, Object> resolve) {
        return switch (t.operator()) {
            case "=" -> bind(column + " = ?", resolve.apply(t.values().get(0)));
            case "!=" -> bind(column + " <> ?", resolve.apply(t.values().get(0)));
            case "in", "not in" -> {
                List<String> marks = new ArrayList<>();
                for (String value : t.values()) {
                    parameters.add(resolve.apply(value));
                    marks.add("?");
                }
                yield column + (t.operator().equals("in") ? " IN (" : " NOT IN (") + String.join(", ", marks) + ")";
            }
            default -> throw unsupported(t);
        };
    }

    /** Every comparison, for numbers. */
    private String ordered(Terminal t, String column, Function<String, Object> resolve) {
        return switch (t.operator()) {
            case ">", ">=", "<", "<=" -> bind(column + " " + t.operator() + " ?", resolve.apply(t.values().get(0)));
            default -> listed(t, column, resolve);
        };
    }

    private String emptiness(Terminal t, String column) {
        return switch (t.operator()) {
            case "is" -> column + " IS NULL";
            case "is not" -> column + " IS NOT NULL";
            default -> throw unsupported(t);
        };
    }

    private String date(Terminal t, String column) {
        if (t.isEmptyOperand() || t.operator().contains("in") || t.operator().equals("!=")) {
            throw unsupported(t);
        }
        String text = t.values().get(0);
        Matcher period = PERIOD.matcher(text.strip());
        if (period.matches()) {
            long minutes = 0;
            Matcher part = PERIOD_PART.matcher(period.group(2));
            while (part.find()) {
                long amount = Long.parseLong(part.group(1));
                minutes += switch (part.group(2)) {
                    case "w" -> amount * 7 * 24 * 60;
                    case "d" -> amount * 24 * 60;
                    case "h" -> amount * 60;
                    default -> amount;
                };
            }
            long offset = (period.group(1).equals("-") ? -minutes : minutes) * 60_000L;
            return bind(column + " " + t.operator() + " ?", lookups.now().toEpochMilli() + offset);
        }
        // A bare date means its first moment in the reader's zone; "> 2026-01-31" thus still includes that day.
        long millis = dateTime(text, t).atZone(lookups.zone()).toInstant().toEpochMilli();
        return bind(column + " " + t.operator() + " ?", millis);
    }

    private LocalDateTime dateTime(String text, Terminal t) {
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return LocalDateTime.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format).atStartOfDay();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        throw new JqlException("Date value '" + text + "' for field '" + t.field() + "' is invalid. Valid formats"
                + " include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period such as"
                + " '-5d' or '4w 2d'.");
    }

    private String bind(String sql, Object value) {
        parameters.add(value);
        return sql;
    }

    private Object issueId(String value, Terminal t) {
        if (ISSUE_ID.matcher(value).matches()) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new JqlException("The value '" + value + "' for field 'id' is not a valid issue id.");
            }
        }
        // Jira also takes a key as the value of id, and compares by its id.
        return lookups.issue(value).map(TrackerIssue::id).orElseThrow(() -> noSuchIssue(value, t.field()));
    }

    private String orderBy(List<Sort> sorts) {
        List<String> terms = new ArrayList<>();
        for (Sort sort : sorts) {
            String direction = sort.descending() ? " DESC" : " ASC";
            switch (sort.field().toLowerCase(Locale.ROOT)) {
                case "id" -> terms.add("ID" + direction);
                case "key", "issuekey" -> {
                    terms.add(projectKeyOrder() + direction);
                    terms.add("ISSUE_NUMBER" + direction);
                }
                case "created" -> terms.add("CREATED" + direction);
                case "updated" -> terms.add("UPDATED" + direction);
                default -> throw new JqlException("The workbench does not support ordering by '" + sort.field()
                        + "' (it orders by id, key, created or updated).");
            }
        }
        // Ties are broken by id, so pages never overlap or skip.
        if (terms.stream().noneMatch(term -> term.startsWith("ID "))) {
            terms.add("ID" + (sorts.size() == 1 && sorts.get(0).descending() ? " DESC" : " ASC"));
        }
        return String.join(", ", terms);
    }

    private String projectKeyOrder() {
        List<WorkbenchProject> byKey = lookups.projects().stream()
                .sorted(Comparator.comparing(WorkbenchProject::key)).toList();
        StringBuilder sql = new StringBuilder("CASE PROJECT_ID");
        for (int i = 0; i < byKey.size(); i++) {
            sql.append(" WHEN ").append(byKey.get(i).id()).append(" THEN ").append(i);
        }
        return sql.append(" ELSE ").append(byKey.size()).append(" END").toString();
    }

    private static JqlException noSuchValue(String value, String field) {
        return new JqlException("The value '" + value + "' does not exist for the field '" + field + "'.");
    }

    private static JqlException noSuchIssue(String value, String field) {
        return new JqlException("An issue with key '" + value + "' does not exist for field '" + field + "'.");
    }

    private static JqlException unsupported(Terminal t) {
        JqlException.Unrunnable part = FIELDS.contains(t.field().toLowerCase(Locale.ROOT))
                ? new JqlException.Unrunnable("the operator '" + operatorName(t) + "' on the field '" + t.field()
                        + "' (in '" + t.text() + "')", true, 0)
                : fieldOutsideSubset(t.field());
        return new JqlException("The workbench does not support the clause '" + t.text() + "'.", part);
    }

    private static String operatorName(Terminal t) {
        String operator = t.operator().toUpperCase(Locale.ROOT);
        return t.isEmptyOperand() ? operator + " EMPTY" : operator;
    }
}
