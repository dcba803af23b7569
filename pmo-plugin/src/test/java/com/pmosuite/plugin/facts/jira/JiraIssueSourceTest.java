package com.pmosuite.plugin.facts.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.IssueSource;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraIssueSourceTest {
    private final FakeJiraSearch jira = fakeSearch();
    private final IssueManager issueManager = mock(IssueManager.class);
    private final JiraIssueSource source = new JiraIssueSource(jira.service, issueManager,
            new JiraIssueFactReader(mock(CustomFieldManager.class), issueManager, () -> FieldMapping.NONE,
                    ZoneOffset.UTC));

    @Test
    void walksPastOpenSearchsTenThousandHitWindowInBoundedWindowsWithStrictlyRisingIds() {
        // 25,000 issues of two portfolio projects, interleaved with a third project that is not asked for.
        LongStream.rangeClosed(1, 37_500).forEach(n -> jira.add(new FakeIssue(10_000 + n, n % 3 == 0 ? 300L : 100L + n % 3)));

        List<Long> seen = walk(Set.of(101L, 102L), 1000);

        assertThat(seen).hasSize(25_000).doesNotHaveDuplicates().isSorted();
        assertThat(seen).allMatch(id -> (id - 10_000) % 3 != 0);
        assertThat(jira.windows).allSatisfy(window -> {
            assertThat(window.getStart()).isZero();
            assertThat(window.getMax()).isBetween(1, IssueSource.MAX_PAGE);
        });
        assertThat(jira.jqls).allMatch(jql -> jql.startsWith("project in (101, 102) AND id > "));
        int pages = (int) Math.ceil(25_000 / 1000.0);
        System.out.printf("JiraIssueSource: 25,000 issues read in %d searches (%.2f per full page of 1,000)%n",
                jira.jqls.size(), jira.jqls.size() / (double) pages);
    }

    @Test
    void everyPageStartsAfterTheLastIdOfThePreviousOne() {
        LongStream.rangeClosed(1, 5_000).forEach(n -> jira.add(new FakeIssue(n, 100L)));

        List<IssueFact> first = source.page(Set.of(100L), 0, 1000);
        List<IssueFact> second = source.page(Set.of(100L), first.getLast().issueId(), 1000);

        assertThat(first).isNotEmpty();
        assertThat(second.getFirst().issueId()).isGreaterThan(first.getLast().issueId());
        assertThat(second.getFirst().issueId()).isEqualTo(first.getLast().issueId() + 1);
    }

    @Test
    void sparseIdsAreFoundByWideningTheRangeAndAnEmptyTailEndsTheWalk() {
        List<Long> ids = List.of(5L, 1_000_000L, 1_000_001L, 9_000_000_000L, Long.MAX_VALUE - 1);
        ids.forEach(id -> jira.add(new FakeIssue(id, 100L)));

        assertThat(walk(Set.of(100L), 2)).containsExactlyElementsOf(ids);
        assertThat(source.page(Set.of(100L), Long.MAX_VALUE - 1, 10)).isEmpty();
    }

    @Test
    void anIssueCreatedDuringAWalkIsReadByALaterPage() {
        LongStream.rangeClosed(1, 300).forEach(n -> jira.add(new FakeIssue(n, 100L)));
        List<Long> seen = new ArrayList<>();
        long after = 0;
        List<IssueFact> page;
        while (!(page = source.page(Set.of(100L), after, 100)).isEmpty()) {
            page.forEach(f -> seen.add(f.issueId()));
            after = page.getLast().issueId();
            if (!jira.issues.containsKey(301L)) {
                jira.add(new FakeIssue(301L, 100L));
            }
        }

        assertThat(seen).hasSize(301).contains(301L);
    }

    @Test
    void moreThanFiveHundredProjectsAreSearchedInChunksAndMergedById() {
        // 1,200 projects, each issue in a different one, ids descending by project so chunks interleave.
        LongStream.rangeClosed(1, 1_200).forEach(p -> jira.add(new FakeIssue(100_000 - p * 7, p)));
        Set<Long> projects = LongStream.rangeClosed(1, 1_200).boxed().collect(java.util.stream.Collectors.toSet());

        List<Long> seen = walk(projects, 250);

        assertThat(seen).hasSize(1_200).doesNotHaveDuplicates().isSorted();
        assertThat(jira.jqls).allSatisfy(jql -> assertThat(jql.substring(0, jql.indexOf(')')).split(","))
                .hasSizeLessThanOrEqualTo(JiraIssueSource.MAX_PROJECTS_PER_QUERY));
    }

    @Test
    void anEmptyProjectListReadsNothingAndAsksJiraNothing() {
        assertThat(source.page(Set.of(), 0, 10)).isEmpty();
        assertThat(source.count(Set.of())).isZero();
        assertThat(jira.jqls).isEmpty();
    }

    @Test
    void pageSizeIsBounded() {
        assertThatThrownBy(() -> source.page(Set.of(1L), 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.page(Set.of(1L), 0, IssueSource.MAX_PAGE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.page(Set.of(-4L), 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countAddsTheChunksCounts() {
        LongStream.rangeClosed(1, 1_000).forEach(n -> jira.add(new FakeIssue(n, n % 2 == 0 ? 7L : 600L + n)));

        long projectsOver500 = source.count(LongStream.rangeClosed(600, 1_700).boxed().toList());

        assertThat(projectsOver500).isEqualTo(500);
        assertThat(source.count(Set.of(7L))).isEqualTo(500);
    }

    @Test
    void factReadsOneIssueAndAGoneIssueIsEmpty() {
        FakeIssue issue = new FakeIssue(42L, 100L);
        when(issueManager.getIssueObject(42L)).thenReturn(issue);

        assertThat(source.fact(42)).hasValueSatisfying(f -> assertThat(f.projectId()).isEqualTo(100L));
        assertThat(source.fact(43)).isEmpty();
    }

    @Test
    void aFailedSearchStopsTheWalkWithItsCause() throws Exception {
        when(jira.service.searchOverrideSecurity(isNull(), any(Query.class), any(PagerFilter.class)))
                .thenThrow(new SearchException("index unavailable"));

        assertThatThrownBy(() -> source.page(Set.of(1L), 0, 10))
                .isInstanceOf(JiraIssueSource.IssueSearchFailed.class)
                .hasCauseInstanceOf(SearchException.class);
    }

    private List<Long> walk(Set<Long> projects, int pageSize) {
        List<Long> seen = new ArrayList<>();
        long after = 0;
        for (List<IssueFact> page = source.page(projects, after, pageSize); !page.isEmpty();
             page = source.page(projects, after, pageSize)) {
            assertThat(page).hasSizeLessThanOrEqualTo(pageSize);
            assertThat(page.getFirst().issueId()).isGreaterThan(after);
            page.stream().map(IssueFact::issueId).forEach(seen::add);
            after = page.getLast().issueId();
        }
        return seen;
    }

    private static FakeJiraSearch fakeSearch() {
        try {
            return new FakeJiraSearch();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
