package com.pmosuite.plugin.facts.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A Mockito {@link SearchService} over an in-memory list of issues that understands exactly the JQL the issue
 * source writes, enforces OpenSearch's 10,000-hit window cap, and returns hits in key order (project, then number
 * descending here), not id order, so the source cannot lean on Jira's sort.
 */
final class FakeJiraSearch {
    static final int MAX_RESULT_WINDOW = 10_000;
    private static final Pattern JQL = Pattern.compile(
            "project in \\(([0-9, ]+)\\)(?: AND id > ([0-9]+))?(?: AND id <= ([0-9]+))?");

    final SearchService service = mock(SearchService.class);
    final ConcurrentSkipListMap<Long, Issue> issues = new ConcurrentSkipListMap<>();
    final List<String> jqls = new ArrayList<>();
    final List<PagerFilter<?>> windows = new ArrayList<>();

    FakeJiraSearch() throws Exception {
        when(service.parseQuery(isNull(), anyString())).thenAnswer(call -> {
            String jql = call.getArgument(1);
            Query query = mock(Query.class);
            when(query.getQueryString()).thenReturn(jql);
            MessageSet errors = mock(MessageSet.class);
            when(errors.getErrorMessages()).thenReturn(JQL.matcher(jql).matches() ? Set.of() : Set.of("bad JQL"));
            return new SearchService.ParseResult(query, errors);
        });
        when(service.searchOverrideSecurity(isNull(), any(Query.class), any(PagerFilter.class))).thenAnswer(call -> {
            String jql = call.<Query>getArgument(1).getQueryString();
            PagerFilter<?> pager = call.getArgument(2);
            jqls.add(jql);
            windows.add(pager);
            if (pager.getStart() + pager.getMax() > MAX_RESULT_WINDOW) {
                throw new IllegalArgumentException("Result window is too large: " + (pager.getStart() + pager.getMax()));
            }
            List<Issue> hits = matching(jql);
            List<Issue> page = hits.subList(Math.min(pager.getStart(), hits.size()),
                    Math.min(pager.getStart() + pager.getMax(), hits.size()));
            return new SearchResults<>(page, hits.size(), pager.getMax(), pager.getStart());
        });
        when(service.searchCountOverrideSecurity(isNull(), any(Query.class)))
                .thenAnswer(call -> (long) matching(call.<Query>getArgument(1).getQueryString()).size());
    }

    void add(Issue issue) {
        issues.put(issue.getId(), issue);
    }

    private List<Issue> matching(String jql) {
        Matcher m = JQL.matcher(jql);
        if (!m.matches()) {
            throw new IllegalArgumentException("unexpected JQL: " + jql);
        }
        Set<Long> projects = Arrays.stream(m.group(1).split(",")).map(String::trim).map(Long::valueOf)
                .collect(Collectors.toSet());
        long after = m.group(2) == null ? Long.MIN_VALUE : Long.parseLong(m.group(2));
        long upTo = m.group(3) == null ? Long.MAX_VALUE : Long.parseLong(m.group(3));
        return issues.values().stream()
                .filter(i -> projects.contains(i.getProjectId()) && i.getId() > after && i.getId() <= upTo)
                .sorted(Comparator.comparing(Issue::getProjectId).thenComparing(Issue::getId, Comparator.reverseOrder()))
                .toList();
    }
}
