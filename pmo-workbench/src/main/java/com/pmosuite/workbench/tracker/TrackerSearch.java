package com.pmosuite.workbench.tracker;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.host.WorkbenchProject;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * JQL search over the workbench's issues as one reader sees them: only projects the reader may browse, only
 * security levels they may see, run as one SQL query over {@code WB_ISSUE} (indexed by project and id) with a
 * window of at most {@value #MAX_RESULTS} issues ending no further than {@value #MAX_WINDOW}, Jira 11's
 * OpenSearch cap: deeper pages are asked for by id ({@code id > N ORDER BY id}).
 */
public final class TrackerSearch {
    public static final int MAX_RESULTS = 1_000;
    public static final int MAX_WINDOW = 10_000;
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,49}-\\d{1,18}");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    /** One window of results. */
    public record Page(List<TrackerIssue> issues, long total, int startAt, int maxResults) {
    }

    /** A project's issues matching a query: the first ids, lowest first, and how many there are in all. */
    public record Matches(List<Long> issueIds, long total) {
        public Matches {
            issueIds = List.copyOf(issueIds);
        }
    }

    private final TrackerStore store;
    private final WorkbenchDirectory directory;
    private final Clock clock;

    /** @param clock what relative dates in JQL ({@code updated < -14d}) count from */
    public TrackerSearch(TrackerStore store, WorkbenchDirectory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    public JqlQuery parse(String jql) {
        return JqlParser.parse(jql);
    }

    /**
     * One window of the issues matching a query that the user may see; {@code startAt + maxResults} must stay
     * within {@value #MAX_WINDOW} (a {@link JqlException} otherwise) and {@code maxResults} is capped at
     * {@value #MAX_RESULTS}.
     */
    public Page search(ApplicationUser user, JqlQuery query, int startAt, int maxResults) {
        return search(user, false, query, startAt, maxResults);
    }

    /**
     * The same search over every issue, whoever may see it: Jira's {@code searchOverrideSecurity}, with which the
     * plugin reads issue facts (shared by every reader; visibility applies when a rollup is read).
     */
    public Page searchOverridingSecurity(JqlQuery query, int startAt, int maxResults) {
        return search(null, true, query, startAt, maxResults);
    }

    /**
     * Why a query cannot run over every issue here, each reason in words a PMO admin can act on: its syntax (with
     * the character it goes wrong at), the parts of JQL the workbench does not run (all of them, each named), values
     * that do not exist. Empty when it runs.
     */
    public List<String> problems(String jql) {
        try {
            return JqlSql.problems(JqlParser.survey(jql), lookups(null, true));
        } catch (JqlException e) {
            return List.of(e.getMessage());
        }
    }

    /**
     * One project's issues matching a query, whoever may see them and whatever projects the query names: two SQL
     * queries, a count and the first {@code cap} ids in id order.
     *
     * @throws JqlException when the query cannot run here ({@link #problems} says why)
     */
    public Matches matchingInProject(long projectId, JqlQuery query, int cap) {
        if (cap < 0) {
            throw new IllegalArgumentException("cap must not be negative: " + cap);
        }
        JqlSql.Sql sql = JqlSql.translate(query, lookups(null, true));
        String where = "PROJECT_ID = ? AND (" + sql.where() + ")";
        List<Object> parameters = new ArrayList<>();
        parameters.add(projectId);
        parameters.addAll(sql.parameters());
        long total = store.count(where, parameters);
        List<Long> ids = total == 0 || cap == 0 ? List.of() : store.ids(where, parameters, cap);
        return new Matches(ids, total);
    }

    /** How many issues match, whoever may see them. */
    public long countOverridingSecurity(JqlQuery query) {
        JqlSql.Sql sql = JqlSql.translate(query, lookups(null, true));
        return store.count(sql.where(), sql.parameters());
    }

    private Page search(ApplicationUser user, boolean overrideSecurity, JqlQuery query, int startAt, int maxResults) {
        if (startAt < 0 || maxResults < 0) {
            throw new JqlException("startAt and maxResults must not be negative.");
        }
        int window = Math.min(maxResults, MAX_RESULTS);
        if ((long) startAt + window > MAX_WINDOW) {
            throw new JqlException("The search window startAt + maxResults may reach at most " + MAX_WINDOW
                    + " issues, as Jira's search index allows; page by id instead (id > N ORDER BY id).");
        }
        JqlSql.Sql sql = JqlSql.translate(query, lookups(user, overrideSecurity));
        Visibility visibility = overrideSecurity ? new Visibility("1 = 1", List.of()) : visibility(user);
        String where = both(visibility.sql(), sql.where());
        List<Object> parameters = new ArrayList<>(visibility.parameters());
        parameters.addAll(sql.parameters());
        long total = store.count(where, parameters);
        List<TrackerIssue> issues = window == 0 ? List.of()
                : store.select(where, parameters, sql.orderBy(), startAt, window);
        return new Page(issues, total, startAt, window);
    }

    /**
     * Issues for Jira's issue picker: in these projects ({@code null} for all) that the user may see, whose key
     * starts with the needle or whose summary contains it (ignoring case), by id; at most {@code limit}.
     */
    public Page pick(ApplicationUser user, Set<String> projectKeys, String needle, int limit) {
        Visibility visibility = visibility(user);
        StringBuilder where = new StringBuilder("(").append(visibility.sql()).append(")");
        List<Object> parameters = new ArrayList<>(visibility.parameters());
        if (projectKeys != null) {
            List<Long> ids = directory.projects().stream().filter(p -> projectKeys.contains(p.key()))
                    .map(WorkbenchProject::id).toList();
            if (ids.isEmpty()) {
                return new Page(List.of(), 0, 0, limit);
            }
            where.append(" AND PROJECT_ID IN (").append(String.join(", ", ids.stream().map(id -> "?").toList()))
                    .append(")");
            parameters.addAll(ids);
        }
        if (!needle.isEmpty()) {
            String escaped = needle.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            where.append(" AND (LOWER(ISSUE_KEY) LIKE ? ESCAPE '!' OR LOWER(SUMMARY) LIKE ? ESCAPE '!')");
            parameters.add(escaped + "%");
            parameters.add("%" + escaped + "%");
        }
        long total = store.count(where.toString(), parameters);
        return new Page(store.select(where.toString(), parameters, "ID", 0, limit), total, 0, limit);
    }

    /** How many issues match, as the user sees them. */
    public long count(ApplicationUser user, JqlQuery query) {
        JqlSql.Sql sql = JqlSql.translate(query, lookups(user, false));
        Visibility visibility = visibility(user);
        List<Object> parameters = new ArrayList<>(visibility.parameters());
        parameters.addAll(sql.parameters());
        return store.count(both(visibility.sql(), sql.where()), parameters);
    }

    private record Visibility(String sql, List<Object> parameters) {
    }

    // "1 = 1" left out, so a count over everything is the table's row count, which the databases keep at hand.
    private static String both(String visibility, String query) {
        if (visibility.equals(ALL)) {
            return query;
        }
        return query.equals(ALL) ? visibility : "(" + visibility + ") AND (" + query + ")";
    }

    private static final String ALL = "1 = 1";

    /**
     * Projects the user may browse, grouped by the security levels they may see there. The condition is kept as
     * simple as the reader's rights allow (none for one who sees everything), so the database can walk the id
     * index for a page instead of sorting every match.
     */
    private Visibility visibility(ApplicationUser user) {
        Map<Set<Long>, List<Long>> projectsByLevels = new LinkedHashMap<>();
        List<WorkbenchProject> all = directory.projects();
        for (WorkbenchProject project : all) {
            if (!directory.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user)) {
                continue;
            }
            Set<Long> levels = TrackerScheme.SECURITY_LEVELS.stream().map(TrackerScheme.SecurityLevel::id)
                    .filter(level -> directory.canSeeSecurityLevel(project, level, user))
                    .collect(Collectors.toCollection(TreeSet::new));
            projectsByLevels.computeIfAbsent(levels, k -> new ArrayList<>()).add(project.id());
        }
        if (projectsByLevels.isEmpty()) {
            return new Visibility("1 = 0", List.of());
        }
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        boolean onlyGroup = projectsByLevels.size() == 1;
        projectsByLevels.forEach((levels, projectIds) -> {
            List<String> conditions = new ArrayList<>();
            if (!onlyGroup || projectIds.size() < all.size()) {
                conditions.add("PROJECT_ID IN (" + String.join(", ", projectIds.stream().map(id -> "?").toList())
                        + ")");
                parameters.addAll(projectIds);
            }
            if (levels.isEmpty()) {
                conditions.add("SECURITY_LEVEL_ID IS NULL");
            } else if (levels.size() < TrackerScheme.SECURITY_LEVELS.size()) {
                conditions.add("(SECURITY_LEVEL_ID IS NULL OR SECURITY_LEVEL_ID IN ("
                        + String.join(", ", levels.stream().map(id -> "?").toList()) + "))");
                parameters.addAll(levels);
            }
            parts.add(conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions));
        });
        return new Visibility(parts.size() == 1 ? parts.get(0)
                : "(" + String.join(") OR (", parts) + ")", parameters);
    }

    /** The issue, if the user may see it: by key or id. */
    public Optional<TrackerIssue> visibleIssue(ApplicationUser user, String keyOrId) {
        return anyIssue(keyOrId).filter(i -> directory.hasPermission(ProjectPermissions.BROWSE_PROJECTS, directory.jiraIssue(i),
                user));
    }

    private Optional<TrackerIssue> anyIssue(String keyOrId) {
        if (keyOrId == null || keyOrId.length() > 70) {
            return Optional.empty();
        }
        if (ID.matcher(keyOrId).matches()) {
            return store.byId(Long.parseLong(keyOrId));
        }
        if (KEY.matcher(keyOrId.toUpperCase(Locale.ROOT)).matches()) {
            return store.byKey(keyOrId.toUpperCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    private JqlSql.Lookups lookups(ApplicationUser user, boolean overrideSecurity) {
        return new JqlSql.Lookups() {
            @Override
            public Optional<WorkbenchProject> project(String keyOrId) {
                return directory.projects().stream()
                        .filter(p -> p.key().equalsIgnoreCase(keyOrId) || String.valueOf(p.id()).equals(keyOrId))
                        .filter(p -> overrideSecurity
                                || directory.hasPermission(ProjectPermissions.BROWSE_PROJECTS, p, user))
                        .findFirst();
            }

            @Override
            public Optional<TrackerIssue> issue(String keyOrId) {
                return overrideSecurity ? anyIssue(keyOrId) : visibleIssue(user, keyOrId);
            }

            @Override
            public Optional<String> userKey(String usernameOrKey) {
                return directory.accounts().byUsername(usernameOrKey)
                        .or(() -> directory.accounts().byKey(usernameOrKey)).map(a -> a.key());
            }

            @Override
            public ZoneId zone() {
                return directory.getTimeZoneforUser(user).toZoneId();
            }

            @Override
            public List<WorkbenchProject> projects() {
                return directory.projects();
            }

            @Override
            public Instant now() {
                return clock.instant();
            }
        };
    }
}
