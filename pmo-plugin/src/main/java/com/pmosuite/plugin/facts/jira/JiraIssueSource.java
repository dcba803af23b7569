package com.pmosuite.plugin.facts.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.IssueSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * {@link IssueSource} on Jira's search. Reads with {@code searchOverrideSecurity} and no user: facts are shared by
 * every viewer, and visibility is applied when a rollup is read, so a walk must see every issue whoever started it.
 *
 * <p>Each search is one explicit window {@code new PagerFilter(0, pageSize)} of JQL built only from numbers:
 * {@code project in (…) AND id > after AND id <= upper}. It does not rely on Jira's sort order (JQL's {@code id}
 * is an alias of {@code issuekey}, whose order is by key, not id): it narrows the id range until the window holds
 * every match (the result's total is not above the window), then sorts by id itself. Ranges that hold nothing
 * are skipped by doubling, ranges that overflow the window are halved, and the range width that worked is kept for
 * the next page. No window ever reaches OpenSearch's 10,000-hit cap, and an issue created during a walk is not
 * skipped (a higher id is read by a later page).
 */
public final class JiraIssueSource implements IssueSource {
    /** Project ids per JQL clause: a walk over more projects runs one search per chunk and merges by id. */
    static final int MAX_PROJECTS_PER_QUERY = 500;
    /** Enough range halvings to go from the whole id space to one id; more means Jira is misbehaving. */
    private static final int MAX_SEARCHES_PER_CHUNK = 160;

    private final SearchService search;
    private final IssueManager issues;
    private final JiraIssueFactReader reader;
    /** The id range width that last filled a window without overflowing it. */
    private final AtomicLong span = new AtomicLong(MAX_PAGE);

    public JiraIssueSource(SearchService search, IssueManager issues, JiraIssueFactReader reader) {
        this.search = Objects.requireNonNull(search, "search");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public List<IssueFact> page(Collection<Long> projectIds, long afterIssueId, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_PAGE + ": " + pageSize);
        }
        List<List<Long>> chunks = chunks(projectIds);
        if (chunks.isEmpty()) {
            return List.of();
        }
        List<Issue> found = new ArrayList<>();
        long complete = Long.MAX_VALUE;
        for (List<Long> chunk : chunks) {
            Window window = firstWindow(chunk, afterIssueId, pageSize);
            found.addAll(window.issues());
            if (!window.issues().isEmpty()) {
                complete = Math.min(complete, window.upperId());
            }
        }
        // Each chunk is complete only up to its own upper id; beyond the lowest of them another chunk may hold
        // lower ids it has not read yet.
        long limit = complete;
        return found.stream()
                .filter(i -> i.getId() <= limit)
                .sorted(Comparator.comparing(Issue::getId))
                .limit(pageSize)
                .map(reader::read)
                .toList();
    }

    @Override
    public Optional<IssueFact> fact(long issueId) {
        Issue issue = issues.getIssueObject(issueId);
        return issue == null ? Optional.empty() : Optional.of(reader.read(issue));
    }

    @Override
    public long count(Collection<Long> projectIds) {
        long total = 0;
        for (List<Long> chunk : chunks(projectIds)) {
            try {
                total += search.searchCountOverrideSecurity(null, query(projectClause(chunk)));
            } catch (SearchException e) {
                throw new IssueSearchFailed(e);
            }
        }
        return total;
    }

    /**
     * All issues of these projects with an id in {@code (after, upperId]}, at least one unless there are none above
     * {@code after} at all, and never more than {@code pageSize}.
     */
    private Window firstWindow(List<Long> projects, long after, int pageSize) {
        long lower = after;
        long width = Math.max(1, span.get());
        for (int searches = 0; searches < MAX_SEARCHES_PER_CHUNK; searches++) {
            long upper = lower > Long.MAX_VALUE - width ? Long.MAX_VALUE : lower + width;
            SearchResults<Issue> results = window(projects, lower, upper, pageSize);
            List<Issue> hits = results.getResults();
            if (results.getTotal() > hits.size() || hits.size() > pageSize) {
                if (width == 1) {
                    throw new IllegalStateException("Jira returned more than one issue with id " + upper);
                }
                width = Math.max(1, width / 2);
            } else if (hits.isEmpty()) {
                if (upper == Long.MAX_VALUE) {
                    return new Window(List.of(), Long.MAX_VALUE);
                }
                lower = upper;
                width = width > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : width * 2;
            } else {
                span.set(nextWidth(width, hits.size(), pageSize));
                return new Window(hits, upper);
            }
        }
        throw new IllegalStateException("no id range of at most " + pageSize + " issues found after " + after
                + " in " + MAX_SEARCHES_PER_CHUNK + " searches");
    }

    /**
     * The range width to try next: scaled so the same density of ids would fill nine tenths of a window (a full
     * one risks overflowing and costing a search), at most doubled at a time.
     */
    static long nextWidth(long width, int hits, int pageSize) {
        double scaled = (double) width * pageSize * 0.9 / hits;
        double bounded = Math.min(scaled, width * 2.0);
        return bounded >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, (long) bounded);
    }

    private SearchResults<Issue> window(List<Long> projects, long lower, long upper, int pageSize) {
        String jql = projectClause(projects) + " AND id > " + lower
                + (upper == Long.MAX_VALUE ? "" : " AND id <= " + upper);
        try {
            return search.searchOverrideSecurity(null, query(jql), new PagerFilter<Issue>(0, pageSize));
        } catch (SearchException e) {
            throw new IssueSearchFailed(e);
        }
    }

    private Query query(String jql) {
        SearchService.ParseResult parsed = search.parseQuery(null, jql);
        if (!parsed.isValid()) {
            throw new IllegalStateException("Jira refused the facts query " + jql + ": "
                    + (parsed.getErrors() == null ? "" : parsed.getErrors().getErrorMessages()));
        }
        return parsed.getQuery();
    }

    private static String projectClause(List<Long> projects) {
        return projects.stream().map(String::valueOf).collect(Collectors.joining(", ", "project in (", ")"));
    }

    private static List<List<Long>> chunks(Collection<Long> projectIds) {
        Objects.requireNonNull(projectIds, "projectIds");
        List<Long> sorted = new ArrayList<>(new TreeSet<>(projectIds.stream()
                .map(id -> {
                    if (id == null || id < 1) {
                        throw new IllegalArgumentException("not a project id: " + id);
                    }
                    return id;
                }).toList()));
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += MAX_PROJECTS_PER_QUERY) {
            chunks.add(List.copyOf(sorted.subList(from, Math.min(sorted.size(), from + MAX_PROJECTS_PER_QUERY))));
        }
        return chunks;
    }

    private record Window(List<Issue> issues, long upperId) {
    }

    /** Jira's search failed (index unavailable, query rejected): the walk stops and is retried later. */
    public static final class IssueSearchFailed extends RuntimeException {
        IssueSearchFailed(SearchException cause) {
            super("Jira search failed: " + cause.getMessage(), cause);
        }
    }
}
