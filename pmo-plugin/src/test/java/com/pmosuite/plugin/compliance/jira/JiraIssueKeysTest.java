package com.pmosuite.plugin.compliance.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraIssueKeysTest {
    private final IssueManager issueManager = mock(IssueManager.class);
    private final JiraIssueKeys keys = new JiraIssueKeys(issueManager);

    @Test
    void idsBecomeKeysInOneBulkLookupAndUnknownIdsAreLeftOut() {
        List<Issue> found = List.of(issue(10_001L, "ALPHA-1"), issue(10_002L, "ALPHA-2"));
        when(issueManager.getIssueObjects(List.of(10_001L, 10_002L, 99L))).thenReturn(found);

        assertThat(keys.keys(List.of(10_001L, 10_002L, 99L, 10_001L)))
                .containsExactly(Map.entry(10_001L, "ALPHA-1"), Map.entry(10_002L, "ALPHA-2"));
        verify(issueManager, never()).getIssueObject(anyLong());
    }

    @Test
    void manyIdsAreLookedUpInBoundedBulkCalls() {
        List<Long> ids = LongStream.rangeClosed(1, JiraIssueKeys.IDS_PER_CALL + 1).boxed().toList();
        List<Collection<Long>> asked = new ArrayList<>();
        when(issueManager.getIssueObjects(any())).thenAnswer(i -> {
            Collection<Long> chunk = i.getArgument(0);
            asked.add(List.copyOf(chunk));
            return chunk.stream().map(id -> (Issue) issue(id, "ALPHA-" + id)).toList();
        });

        assertThat(keys.keys(ids)).hasSize(ids.size()).containsEntry(501L, "ALPHA-501");
        assertThat(asked).extracting(Collection::size).containsExactly(JiraIssueKeys.IDS_PER_CALL, 1);
    }

    @Test
    void keysBecomeIdsAMovedIssuesOldKeyToo() {
        MutableIssue current = issue(10_001L, "ALPHA-1");
        MutableIssue moved = issue(10_007L, "BETA-3");
        when(issueManager.getIssueObject("ALPHA-1")).thenReturn(current);
        when(issueManager.findMovedIssue("ALPHA-7")).thenReturn(moved);

        assertThat(keys.ids(List.of("ALPHA-1", "alpha-7", "ALPHA-404")))
                .containsExactly(Map.entry("ALPHA-1", 10_001L), Map.entry("alpha-7", 10_007L));
        verify(issueManager).findMovedIssue("ALPHA-404");
    }

    @Test
    void textThatIsNoIssueKeyIsNotLookedUp() {
        assertThat(keys.ids(List.of("", "ALPHA", "1-ALPHA", "ALPHA-0", "ALPHA-1 OR 1=1", "x".repeat(400)))).isEmpty();
        verify(issueManager, never()).getIssueObject(anyString());
        verify(issueManager, never()).findMovedIssue(anyString());
    }

    @Test
    void keysAreLookedUpOneByOneSoTheirNumberIsBounded() {
        List<String> tooMany = LongStream.rangeClosed(1, JiraIssueKeys.MAX_KEYS + 1).mapToObj(n -> "ALPHA-" + n).toList();

        assertThatThrownBy(() -> keys.ids(tooMany)).isInstanceOf(IllegalArgumentException.class);
        keys.ids(tooMany.subList(0, 3));
        verify(issueManager, times(3)).getIssueObject(anyString());
    }

    private static MutableIssue issue(long id, String key) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        return issue;
    }
}
