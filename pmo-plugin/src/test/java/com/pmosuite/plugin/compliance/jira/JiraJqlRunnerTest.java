package com.pmosuite.plugin.compliance.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.query.operator.Operator;
import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.JqlRunner.Match;
import com.pmosuite.compliance.JqlRunner.UnrunnableJql;
import com.pmosuite.plugin.compliance.jira.RecordedJql.Built;
import com.pmosuite.plugin.compliance.jira.RecordedJql.Call;
import org.junit.jupiter.api.Test;
import org.mockito.invocation.InvocationOnMock;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraJqlRunnerTest {
    private static final long PROJECT = 10_000L;
    private static final String JQL = "status = Open";
    private static final Query PARSED = () -> JQL;

    private final SearchService search = mock(SearchService.class);
    private final List<RecordedJql> builders = new ArrayList<>();
    private final JiraJqlRunner runner = new JiraJqlRunner(search, query -> {
        RecordedJql recorded = new RecordedJql(query);
        builders.add(recorded);
        return recorded.builder;
    });
    /** The ids of the project's issues Jira would say match the JQL. */
    private final List<Long> matching = new ArrayList<>();
    private final List<String> searched = new ArrayList<>();
    private final List<PagerFilter<?>> windows = new ArrayList<>();

    @Test
    void validJqlHasNoProblems() {
        parsesAs(JQL, PARSED);

        assertThat(runner.problems(JQL)).isEmpty();
    }

    @Test
    void invalidJqlListsJirasOwnMessages() {
        MessageSet errors = mock(MessageSet.class);
        when(errors.getErrorMessages()).thenReturn(Set.of("Field 'sttus' does not exist.",
                "Error in the JQL Query: Expecting ')' before the end of the query."));
        when(search.parseQuery(null, "sttus = Open AND (")).thenReturn(new SearchService.ParseResult(null, errors));

        assertThat(runner.problems("sttus = Open AND (")).containsExactly(
                "Error in the JQL Query: Expecting ')' before the end of the query.",
                "Field 'sttus' does not exist.");
    }

    @Test
    void emptyOrOverlongJqlIsRefusedBeforeJiraParsesIt() {
        assertThat(runner.problems(" ")).containsExactly("The JQL is empty: it would match every issue of the project.");
        assertThat(runner.problems("x".repeat(Check.Jql.MAX_LENGTH + 1)))
                .containsExactly("The JQL is longer than " + Check.Jql.MAX_LENGTH + " characters.");
        verify(search, never()).parseQuery(any(), anyString());
    }

    @Test
    void invalidJqlCannotBeRunAndNothingIsSearched() throws SearchException {
        MessageSet errors = mock(MessageSet.class);
        when(errors.getErrorMessages()).thenReturn(Set.of("Field 'sttus' does not exist."));
        when(search.parseQuery(null, "sttus = Open")).thenReturn(new SearchService.ParseResult(null, errors));

        assertThatThrownBy(() -> runner.matches(PROJECT, "sttus = Open", 10))
                .isInstanceOfSatisfying(UnrunnableJql.class,
                        e -> assertThat(e.problems()).containsExactly("Field 'sttus' does not exist."));
        verify(search, never()).searchCountOverrideSecurity(any(), any());
    }

    @Test
    void theJqlIsRestrictedToTheProjectAndSearchedAsNoUserWithSecurityOverridden() throws Exception {
        fakeIndex();
        matching.addAll(List.of(10_203L, 10_001L, 10_150L));

        Match match = runner.matches(PROJECT, JQL, 10);

        assertThat(match).isEqualTo(new Match(List.of(10_001L, 10_150L, 10_203L), 3));
        assertThat(searched).containsExactly("{status = Open} AND project in (10000)",
                "{status = Open} AND project in (10000)");
        verify(search).searchCountOverrideSecurity(isNull(), any());
        verify(search).searchOverrideSecurity(isNull(), any(), any());
    }

    @Test
    void manyMatchesGiveTheirLowestIdsAcrossSparseIdWindowsAndCountThemAll() throws Exception {
        fakeIndex();
        Random random = new Random(8);
        Set<Long> ids = new LinkedHashSet<>();
        LongStream.rangeClosed(1, 2_000).forEach(n -> ids.add(10_000L + random.nextInt(40_000)));
        ids.addAll(List.of(5_000_000L, 9_000_000_000L, Long.MAX_VALUE - 1));
        matching.addAll(ids);
        Collections.shuffle(matching, random);

        Match match = runner.matches(PROJECT, JQL, 50);

        assertThat(match.total()).isEqualTo(ids.size());
        assertThat(match.issueIds()).containsExactlyElementsOf(ids.stream().sorted().limit(50).toList());
        assertThat(windows).allSatisfy(window -> {
            assertThat(window.getStart()).isZero();
            assertThat(window.getMax()).isBetween(1, 50);
        });
        assertThat(searched).allMatch(jql -> jql.startsWith("{status = Open} AND project in (10000)"));
        System.out.printf("JiraJqlRunner: lowest 50 of %d matches in %d searches%n", ids.size(), searched.size());
    }

    @Test
    void theLowestIdsCanLieFarApart() throws Exception {
        fakeIndex();
        matching.addAll(List.of(Long.MAX_VALUE - 1, 9_000_000_000L, 12L, 5_000_000L, Long.MAX_VALUE - 2));

        Match match = runner.matches(PROJECT, JQL, 4);

        assertThat(match).isEqualTo(new Match(List.of(12L, 5_000_000L, 9_000_000_000L, Long.MAX_VALUE - 2), 5));
    }

    @Test
    void aKeyCapOfZeroOnlyCounts() throws Exception {
        fakeIndex();
        matching.addAll(List.of(10_001L, 10_002L));

        assertThat(runner.matches(PROJECT, JQL, 0)).isEqualTo(new Match(List.of(), 2));
        verify(search, never()).searchOverrideSecurity(any(), any(), any());
    }

    @Test
    void aFailedSearchMakesTheJqlUnrunnable() throws Exception {
        parsesAs(JQL, PARSED);
        when(search.searchCountOverrideSecurity(isNull(), any())).thenThrow(new SearchException("index unavailable"));

        assertThatThrownBy(() -> runner.matches(PROJECT, JQL, 10))
                .isInstanceOfSatisfying(UnrunnableJql.class, e -> assertThat(e.problems())
                        .containsExactly("Jira could not run the JQL: index unavailable"));
    }

    @Test
    void keyCapAndProjectAreBounded() {
        assertThatThrownBy(() -> runner.matches(PROJECT, JQL, JiraJqlRunner.MAX_KEY_CAP + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runner.matches(0, JQL, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    private void parsesAs(String jql, Query query) {
        when(search.parseQuery(null, jql)).thenReturn(new SearchService.ParseResult(query, null));
    }

    /** Answers counts and searches from {@link #matching}, within the id window the query's builder calls set. */
    private void fakeIndex() throws SearchException {
        parsesAs(JQL, PARSED);
        when(search.searchCountOverrideSecurity(isNull(), any())).thenAnswer(i -> {
            Built query = i.getArgument(1);
            searched.add(query.getQueryString());
            return (long) inWindow(query).size();
        });
        when(search.searchOverrideSecurity(isNull(), any(), any())).thenAnswer(this::searchWindow);
    }

    private SearchResults<Issue> searchWindow(InvocationOnMock invocation) {
        Built query = invocation.getArgument(1);
        PagerFilter<?> pager = invocation.getArgument(2);
        searched.add(query.getQueryString().replaceAll(" AND id .*", ""));
        windows.add(pager);
        List<Long> hits = inWindow(query);
        List<Issue> page = hits.stream().limit(pager.getMax()).map(JiraJqlRunnerTest::issue).toList();
        return new SearchResults<>(page, hits.size(), pager.getMax(), pager.getStart());
    }

    private List<Long> inWindow(Built query) {
        assertThat(query.getQueryString()).startsWith("{status = Open} AND project in (10000)");
        long above = Long.MIN_VALUE;
        long atMost = Long.MAX_VALUE;
        for (Call call : query.calls()) {
            if (call.method().equals("addNumberCondition") && call.args()[0].equals("id")) {
                if (call.args()[1] == Operator.GREATER_THAN) {
                    above = (Long) call.args()[2];
                } else if (call.args()[1] == Operator.LESS_THAN_EQUALS) {
                    atMost = (Long) call.args()[2];
                } else {
                    throw new AssertionError("unexpected id condition " + call.text());
                }
            }
        }
        long lower = above;
        long upper = atMost;
        // Jira returns hits in its own order (by key, not id): the runner must not rely on it.
        return matching.stream().filter(id -> id > lower && id <= upper).toList();
    }

    private static Issue issue(long id) {
        return (Issue) Proxy.newProxyInstance(Issue.class.getClassLoader(), new Class<?>[] {Issue.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getId" -> id;
                    case "hashCode" -> Long.hashCode(id);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "issue " + id;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
