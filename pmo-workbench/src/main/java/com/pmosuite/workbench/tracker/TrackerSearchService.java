package com.pmosuite.workbench.tracker;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

import java.util.Set;

/**
 * Jira's {@link SearchService} over the workbench's issues and its JQL subset, so the plugin's issue reader runs
 * unchanged: {@code parseQuery} answers the parsed query (or the reason the JQL is refused, in the parse result's
 * messages), and the security-overriding search and count run it as SQL over every issue, one window at a time
 * within {@value TrackerSearch#MAX_WINDOW} hits as Jira 11's OpenSearch allows.
 */
public final class TrackerSearchService implements SearchService {

    /** A query this service parsed: the JQL subset's tree and its text. */
    public record ParsedQuery(JqlQuery jql) implements Query {
        @Override
        public String getQueryString() {
            return jql.text();
        }
    }

    private final TrackerSearch search;
    private final JiraIssueView.Related related;

    public TrackerSearchService(TrackerSearch search, JiraIssueView.Related related) {
        this.search = search;
        this.related = related;
    }

    @Override
    public ParseResult parseQuery(ApplicationUser searcher, String query) {
        try {
            return new ParseResult(new ParsedQuery(search.parse(query)), messages(Set.of()));
        } catch (JqlException e) {
            return new ParseResult(null, messages(Set.of(e.getMessage())));
        }
    }

    /** The text the query was parsed from: the workbench's queries are all parsed JQL. */
    @Override
    public String getJqlString(Query query) {
        return query.getQueryString();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException {
        try {
            TrackerSearch.Page page = search.searchOverridingSecurity(parsed(query), pager.getStart(),
                    pager.getMax());
            return new SearchResults<>(page.issues().stream().map(i -> (Issue) new JiraIssueView(i, related))
                    .toList(), (int) Math.min(Integer.MAX_VALUE, page.total()), page.maxResults(), page.startAt());
        } catch (JqlException e) {
            throw new SearchException(e.getMessage());
        }
    }

    @Override
    public long searchCountOverrideSecurity(ApplicationUser searcher, Query query) throws SearchException {
        try {
            return search.countOverridingSecurity(parsed(query));
        } catch (JqlException e) {
            throw new SearchException(e.getMessage());
        }
    }

    private JqlQuery parsed(Query query) {
        if (query instanceof ParsedQuery parsed) {
            return parsed.jql();
        }
        return search.parse(query == null ? "" : query.getQueryString());
    }

    private static MessageSet messages(Set<String> errors) {
        Set<String> copy = Set.copyOf(errors);
        return () -> copy;
    }
}
