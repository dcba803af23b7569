package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Compile-time stand-in for Jira's SearchService (an interface), declaring only the members the plugin calls:
 * JQL parsing and the security-overriding search and count the issue facts read with (see docs/host-api.md). The
 * PagerFilter parameter is raw, as in Jira.
 */
@SuppressWarnings("rawtypes")
public interface SearchService {

    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

    long searchCountOverrideSecurity(ApplicationUser searcher, Query query) throws SearchException;

    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** The JQL text of a query, as the issue navigator's {@code ?jql=} takes it. */
    String getJqlString(Query query);

    /** Jira's nested result of {@link #parseQuery}: the query, or the messages saying why the JQL is invalid. */
    final class ParseResult {
        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        public Query getQuery() {
            return query;
        }

        public MessageSet getErrors() {
            return errors;
        }

        public boolean isValid() {
            return errors == null || errors.getErrorMessages().isEmpty();
        }
    }
}
