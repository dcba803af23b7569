package com.pmosuite.plugin.compliance.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.jql.builder.JqlClauseBuilder;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.query.operator.Operator;
import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.JqlRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@link JqlRunner} on Jira's search: the JQL is parsed with {@code SearchService.parseQuery}, restricted to the
 * project with {@link JqlQueryBuilder} (the parsed where clause AND {@code project = id}, whatever the JQL says),
 * counted with {@code searchCountOverrideSecurity} and its lowest ids read with {@code searchOverrideSecurity}.
 *
 * <p>Searches run as no user with security overridden, as the issue facts walk does: a scan must see every issue
 * whoever started it; the REST layer hides the keys a reader may not see.
 *
 * <p>JQL cannot sort by issue id ({@code ORDER BY id} sorts by key), so the lowest ids are found by id windows:
 * {@code id > lower AND id <= upper} read whole (a window holding more than is still wanted is narrowed to the
 * density it showed, an empty one doubled), then sorted here. A project with at most {@code keyCap} matches takes one
 * search after the count.
 */
public final class JiraJqlRunner implements JqlRunner {
    /** The widest first id window; Jira's ids start near 10,000 and grow by one per issue created. */
    static final long FIRST_WINDOW = 1L << 16;
    /** Enough halvings and doublings to cover the whole id space a few times over; more means Jira misbehaves. */
    static final int MAX_SEARCHES = 256;
    /** More ids than any violation list shows. */
    public static final int MAX_KEY_CAP = 1000;

    private final SearchService search;
    private final Function<Query, JqlQueryBuilder> builders;

    /**
     * @param builders a builder holding a copy of a query: {@code JqlQueryBuilder::newBuilder} in Jira
     */
    public JiraJqlRunner(SearchService search, Function<Query, JqlQueryBuilder> builders) {
        this.search = Objects.requireNonNull(search, "search");
        this.builders = Objects.requireNonNull(builders, "builders");
    }

    @Override
    public List<String> problems(String jql) {
        return parse(jql).problems();
    }

    /** The parsed JQL, or why it cannot be run; the length is checked before Jira parses anything. */
    private Parsed parse(String jql) {
        if (jql == null || jql.isBlank()) {
            return Parsed.refused("The JQL is empty: it would match every issue of the project.");
        }
        if (jql.length() > Check.Jql.MAX_LENGTH) {
            return Parsed.refused("The JQL is longer than " + Check.Jql.MAX_LENGTH + " characters.");
        }
        SearchService.ParseResult result = search.parseQuery(null, jql);
        if (result.isValid() && result.getQuery() != null) {
            return new Parsed(result.getQuery(), List.of());
        }
        MessageSet errors = result.getErrors();
        List<String> messages = errors == null || errors.getErrorMessages() == null
                ? List.of() : List.copyOf(new TreeSet<>(errors.getErrorMessages()));
        return messages.isEmpty() ? Parsed.refused("Jira could not parse the JQL.") : new Parsed(null, messages);
    }

    @Override
    public Match matches(long projectId, String jql, int keyCap) throws UnrunnableJql {
        if (projectId < 1) {
            throw new IllegalArgumentException("not a project id: " + projectId);
        }
        if (keyCap < 0 || keyCap > MAX_KEY_CAP) {
            throw new IllegalArgumentException("key cap must be 0.." + MAX_KEY_CAP + ": " + keyCap);
        }
        Parsed outcome = parse(jql);
        if (!outcome.problems().isEmpty()) {
            throw new UnrunnableJql(outcome.problems());
        }
        Query parsed = outcome.query();
        try {
            long total = search.searchCountOverrideSecurity(null, restricted(parsed, projectId).buildQuery());
            if (total == 0 || keyCap == 0) {
                return new Match(List.of(), total);
            }
            if (total <= keyCap) {
                SearchResults<Issue> all = search.searchOverrideSecurity(null,
                        restricted(parsed, projectId).buildQuery(), new PagerFilter<Issue>(0, keyCap));
                if (all.getTotal() <= keyCap) {
                    return new Match(sortedIds(all.getResults()), total);
                }
            }
            return new Match(lowestIds(parsed, projectId, keyCap), total);
        } catch (SearchException e) {
            throw new UnrunnableJql(List.of("Jira could not run the JQL: " + e.getMessage()));
        }
    }

    /** The parsed query AND {@code project = projectId}, as a builder to add further terms to. */
    private JqlClauseBuilder restricted(Query parsed, long projectId) {
        return builders.apply(parsed).where().and().project(projectId);
    }

    /** The {@code cap} lowest matching ids, read window by window from the lowest id up. */
    private List<Long> lowestIds(Query parsed, long projectId, int cap) throws SearchException {
        List<Long> ids = new ArrayList<>();
        long lower = 0;
        long width = FIRST_WINDOW;
        for (int searches = 0; searches < MAX_SEARCHES; searches++) {
            long upper = lower > Long.MAX_VALUE - width ? Long.MAX_VALUE : lower + width;
            int wanted = cap - ids.size();
            JqlClauseBuilder window = restricted(parsed, projectId)
                    .and().addNumberCondition("id", Operator.GREATER_THAN, lower);
            if (upper < Long.MAX_VALUE) {
                window.and().addNumberCondition("id", Operator.LESS_THAN_EQUALS, upper);
            }
            SearchResults<Issue> found = search.searchOverrideSecurity(null, window.buildQuery(),
                    new PagerFilter<Issue>(0, wanted));
            List<Issue> hits = found.getResults();
            if (found.getTotal() > wanted || hits.size() > wanted) {
                if (width == 1) {
                    throw new IllegalStateException("Jira returned more than one issue with id " + upper);
                }
                width = narrower(width, Math.max(found.getTotal(), hits.size()), wanted);
                continue;
            }
            ids.addAll(sortedIds(hits));
            if (ids.size() >= cap || upper == Long.MAX_VALUE) {
                return ids;
            }
            lower = upper;
            if (hits.isEmpty()) {
                width = width > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : width * 2;
            }
        }
        throw new IllegalStateException("no complete id window found in " + MAX_SEARCHES + " searches");
    }

    /**
     * A window width that would hold nine tenths of what is wanted at the density just seen, and at least halves:
     * one overflowing search then usually suffices instead of a halving per search.
     */
    static long narrower(long width, int found, int wanted) {
        double scaled = (double) width * wanted * 0.9 / found;
        return Math.max(1, Math.min(width / 2, (long) scaled));
    }

    private static List<Long> sortedIds(List<Issue> issues) {
        return issues.stream().map(Issue::getId).filter(Objects::nonNull).sorted().distinct().toList();
    }

    private record Parsed(Query query, List<String> problems) {
        static Parsed refused(String problem) {
            return new Parsed(null, List.of(problem));
        }
    }
}
