package com.pmosuite.workbench.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.tracker.TrackerIssue;
import com.pmosuite.workbench.tracker.TrackerSearch;
import com.pmosuite.workbench.http.CurrentUser;
import com.pmosuite.workbench.http.Html;
import com.pmosuite.workbench.http.WorkbenchAccount;
import com.pmosuite.workbench.http.WorkbenchJson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's own pickers, which plugin pages call from the browser, over the workbench's directory:
 * <ul>
 * <li>{@code GET /rest/api/2/user/picker?query=…&maxResults=…}: {@code {users:[{name,key,displayName,html,avatarUrl}],
 * total, header}}; users whose username, display name or e-mail starts with the query (or a word of the display
 * name does). Jira shows them only to holders of the "Browse users" global permission, which a default Jira gives
 * to its application-access group: here {@code jira-software-users} and Jira administrators.</li>
 * <li>{@code GET /rest/api/2/issue/picker?query=…&currentJQL=…}: {@code {sections:[{label, sub, id,
 * issues:[{key, keyHtml, img, summary, summaryText}]}]}}; issues of projects the caller may browse whose key starts
 * with the query or whose summary contains it. Of JQL the workbench understands only {@code project = KEY} and
 * {@code project in (A, B)}; other JQL is refused with a 400 rather than ignored.</li>
 * </ul>
 * Inputs are bounded before use (query 255 characters, JQL 1,000, at most 50 users or 20 issues), and
 * {@code html}, {@code keyHtml} and {@code summary} are escaped text with the match in {@code <b>} or
 * {@code <strong>}, as in Jira; pages should show the plain fields.
 */
public final class JiraPickers extends HttpServlet {
    public static final String PATH = "/rest/api/2/";
    /** The two addresses it answers; the rest of {@code /rest/api/2} is the issue tracker's REST resource. */
    public static final List<String> PATHS = List.of(PATH + "user/picker", PATH + "issue/picker");

    static final int MAX_QUERY_CHARS = 255;
    static final int MAX_JQL_CHARS = 1000;
    static final int DEFAULT_USERS = 10;
    static final int MAX_USERS = 50;
    static final int MAX_ISSUES = 20;
    static final String BROWSE_USERS_GROUP = "jira-software-users";

    private static final Pattern PROJECT_EQUALS = Pattern.compile(
            "(?i)\\s*project\\s*=\\s*\"?([A-Z][A-Z0-9_]{0,49})\"?\\s*");
    private static final Pattern PROJECT_IN = Pattern.compile(
            "(?i)\\s*project\\s+in\\s*\\(([^()]{1,900})\\)\\s*");
    private static final Pattern PROJECT_KEY = Pattern.compile("\\s*\"?([A-Z][A-Z0-9_]{0,49})\"?\\s*");

    private final WorkbenchDirectory directory;
    private final CurrentUser currentUser;
    private final TrackerSearch search;
    private final ObjectMapper json = WorkbenchJson.newMapper();

    public JiraPickers(WorkbenchDirectory directory, CurrentUser currentUser, TrackerSearch search) {
        this.directory = directory;
        this.search = search;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String full = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String path = full.startsWith(PATH) ? full.substring(PATH.length() - 1) : full;
        Optional<WorkbenchAccount> caller = currentUser.get();
        if (!path.equals("/user/picker") && !path.equals("/issue/picker")) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "Null for uri: " + request.getRequestURI());
            return;
        }
        if (caller.isEmpty()) {
            error(response, HttpServletResponse.SC_UNAUTHORIZED, "You are not authenticated.");
            return;
        }
        String query = request.getParameter("query");
        if (query != null && query.length() > MAX_QUERY_CHARS) {
            error(response, HttpServletResponse.SC_BAD_REQUEST,
                    "The query may be at most " + MAX_QUERY_CHARS + " characters long.");
            return;
        }
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (path.equals("/user/picker")) {
            users(caller.get(), needle, request.getParameter("maxResults"), response);
        } else {
            issues(needle, request.getParameter("currentJQL"), response);
        }
    }

    private void users(WorkbenchAccount caller, String needle, String maxResults, HttpServletResponse response)
            throws IOException {
        if (!caller.inGroup(BROWSE_USERS_GROUP) && !caller.inGroup(WorkbenchDirectory.JIRA_ADMINISTRATORS)) {
            error(response, HttpServletResponse.SC_FORBIDDEN, "You do not have the permission to browse users.");
            return;
        }
        int limit = DEFAULT_USERS;
        if (maxResults != null && !maxResults.isEmpty()) {
            if (maxResults.length() > 3 || !maxResults.chars().allMatch(c -> c >= '0' && c <= '9')) {
                error(response, HttpServletResponse.SC_BAD_REQUEST, "maxResults must be a number from 1 to "
                        + MAX_USERS + ".");
                return;
            }
            limit = Math.max(1, Math.min(MAX_USERS, Integer.parseInt(maxResults)));
        }
        List<WorkbenchAccount> found = needle.isEmpty() ? List.of() : directory.accounts().all().stream()
                .filter(userMatches(needle))
                .sorted(Comparator.comparing((WorkbenchAccount a) -> a.displayName().toLowerCase(Locale.ROOT))
                        .thenComparing(WorkbenchAccount::username))
                .toList();
        List<Map<String, Object>> users = found.stream().limit(limit).map(a -> user(a, needle)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("users", users);
        body.put("total", found.size());
        body.put("header", "Showing " + users.size() + " of " + found.size() + " matching users");
        write(response, body);
    }

    private static Predicate<WorkbenchAccount> userMatches(String needle) {
        return account -> account.username().toLowerCase(Locale.ROOT).startsWith(needle)
                || account.email().toLowerCase(Locale.ROOT).startsWith(needle)
                || account.displayName().toLowerCase(Locale.ROOT).startsWith(needle)
                || List.of(account.displayName().toLowerCase(Locale.ROOT).split("\\s+")).stream()
                .anyMatch(word -> word.startsWith(needle));
    }

    private static Map<String, Object> user(WorkbenchAccount account, String needle) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("name", account.username());
        user.put("key", account.key());
        user.put("html", highlight(account.displayName(), needle, "strong") + " - "
                + highlight(account.email(), needle, "strong") + " (" + highlight(account.username(), needle, "strong")
                + ")");
        user.put("displayName", account.displayName());
        user.put("avatarUrl", "/secure/useravatar?size=xsmall&ownerId=" + account.key());
        return user;
    }

    private void issues(String needle, String jql, HttpServletResponse response) throws IOException {
        Optional<Set<String>> projects = Optional.empty();
        if (jql != null && !jql.isBlank()) {
            if (jql.length() > MAX_JQL_CHARS) {
                error(response, HttpServletResponse.SC_BAD_REQUEST,
                        "currentJQL may be at most " + MAX_JQL_CHARS + " characters long.");
                return;
            }
            projects = projectsOf(jql);
            if (projects.isEmpty()) {
                error(response, HttpServletResponse.SC_BAD_REQUEST, "The workbench understands only "
                        + "'project = KEY' and 'project in (A, B)' as currentJQL.");
                return;
            }
        }
        TrackerSearch.Page found = search.pick(directory.getLoggedInUser(), projects.orElse(null), needle,
                MAX_ISSUES);
        List<Map<String, Object>> issues = found.issues().stream().map(i -> issue(i, needle)).toList();
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("label", "Current Search");
        section.put("sub", "Showing " + issues.size() + " of " + found.total() + " matching issues");
        section.put("id", "cs");
        section.put("issues", issues);
        write(response, Map.of("sections", List.of(section)));
    }

    private static Optional<Set<String>> projectsOf(String jql) {
        Matcher equals = PROJECT_EQUALS.matcher(jql);
        if (equals.matches()) {
            return Optional.of(Set.of(equals.group(1).toUpperCase(Locale.ROOT)));
        }
        Matcher in = PROJECT_IN.matcher(jql);
        if (!in.matches()) {
            return Optional.empty();
        }
        String[] keys = in.group(1).split(",", -1);
        if (keys.length > 100) {
            return Optional.empty();
        }
        Set<String> found = new java.util.HashSet<>();
        for (String key : keys) {
            Matcher one = PROJECT_KEY.matcher(key);
            if (!one.matches()) {
                return Optional.empty();
            }
            found.add(one.group(1).toUpperCase(Locale.ROOT));
        }
        return Optional.of(found);
    }

    private static Map<String, Object> issue(TrackerIssue issue, String needle) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", issue.key());
        body.put("keyHtml", highlight(issue.key(), needle, "b"));
        body.put("img", "/images/icons/issuetypes/" + issue.type().name().toLowerCase(Locale.ROOT) + ".svg");
        body.put("summary", highlight(issue.summary(), needle, "b"));
        body.put("summaryText", issue.summary());
        return body;
    }

    /** The text escaped, with the first case-insensitive occurrence of the needle wrapped in the tag. */
    static String highlight(String text, String needle, String tag) {
        int at = needle.isEmpty() ? -1 : text.toLowerCase(Locale.ROOT).indexOf(needle);
        if (at < 0 || text.toLowerCase(Locale.ROOT).length() != text.length()) {
            return Html.escape(text);
        }
        return Html.escape(text.substring(0, at)) + "<" + tag + ">"
                + Html.escape(text.substring(at, at + needle.length())) + "</" + tag + ">"
                + Html.escape(text.substring(at + needle.length()));
    }

    private void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        // Jira's REST error collection
        write(response, Map.of("errorMessages", List.of(message), "errors", Map.of()));
    }

    private void write(HttpServletResponse response, Object body) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-store");
        json.writeValue(response.getOutputStream(), body);
    }
}
